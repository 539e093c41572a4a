/**
 * Report benchmark: the time to generate each report for the demo data's latest complete quarter
 * (27 member departments), in a throw-away embedded PostgreSQL. Prints figures and writes
 * docs/benchmarks/reports.md. Not a test.
 *
 * Usage: npm run bench:reports [-- runs]
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ownerQuery } from './bench/owner';
import { periodLabel } from '../server/src/domain/period';
import { findDataExtent } from '../server/src/store/repositories/data-extent.repository';
import { generateReport, type ReportSpec } from '../server/src/reports/generate';
import { gatherCircularData } from '../server/src/reports/circular-data';
import { CHART_FONT } from '../server/src/reports/chart-images';
import { defaultQuarter } from '../dashboard/src/period-choice';
import { loadSetting } from './bench/datasets';
import { markdownTable, measure } from './bench/measure';
import { demoDatabase } from './bench/demo-database';

const RUNS = Number(process.argv[2] ?? 5);
const OUT = path.join(import.meta.dirname, '..', 'docs', 'benchmarks', 'reports.md');

async function main() {
  const { db, close } = await demoDatabase('bench-reports');
  try {
    await ownerQuery(db, 'vacuum analyze');
    const quarter = defaultQuarter((await findDataExtent(db.pool)).lastDay, new Date().toISOString().slice(0, 10));
    const period = { ...quarter, asOf: quarter.to };
    const setting = await loadSetting(db);
    const specs: [string, ReportSpec][] = [
      ['季通报（.docx，含两幅图）', { kind: 'circular', format: 'docx', period, number: '睢双随机办〔2026〕3号' }],
      ['月总结（.docx）', { kind: 'summary', format: 'docx', period: { from: period.to.slice(0, 8) + '01', to: period.to, asOf: period.to } }],
      ['自评表（.docx）', { kind: 'self-evaluation', format: 'docx', period }],
      ['统计表（.xlsx）', { kind: 'statistics', format: 'xlsx', period }],
    ];
    const rows: string[][] = [];
    for (const [label, spec] of specs) {
      let size = 0;
      const t = await measure(async () => { size = (await generateReport(db.pool, setting, spec)).bytes.length; }, 1, RUNS);
      console.log(`${label}：中位 ${t.median.toFixed(0)} ms，最大 ${t.max.toFixed(0)} ms，${(size / 1024).toFixed(0)} kB`);
      rows.push([label, t.median.toFixed(0), t.max.toFixed(0), (size / 1024).toFixed(0)]);
    }
    // Where the circular's time goes: the figures alone (the rest is the two charts and the file).
    const gather = await measure(() => gatherCircularData(db.pool, setting, 'circular', period), 1, RUNS);
    console.log(`其中取数：中位 ${gather.median.toFixed(0)} ms`);
    rows.push(['其中：季通报取数（各项指标、排名、统计表、附件、12 个月趋势）', gather.median.toFixed(0), gather.max.toFixed(0), '']);
    const cpus = os.cpus();
    const report = [
      '# 报告生成基准测试', '',
      `- 日期：${new Date().toISOString().slice(0, 10)}；机器：${cpus.length} 核（${cpus[0]?.model ?? ''}）；嵌入式 PostgreSQL，演示数据（27 个成员单位）`,
      `- 命令：\`npm run bench:reports\`；期间：${periodLabel(quarter)}；预热 1 次，计时 ${RUNS} 次；时间含取数、作图（ECharts 服务端渲染与 resvg 转 PNG）和写文件到内存`,
      `- 作图字体：${CHART_FONT}（TrueType 中文字体作图比 Noto CJK 快约 8 倍，见 server/src/reports/chart-images.ts）`,
      '- 目标：27 个成员单位的季通报在 3 s 内生成', '',
      markdownTable(['报告', '中位 ms', '最大 ms', '大小 kB'], rows), '',
    ].join('\n');
    await writeFile(OUT, report);
    console.log(`\n${report}`);
  } finally {
    await close();
  }
}

await main();
