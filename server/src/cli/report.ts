import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { isIsoDate } from '../domain/dates';
import { periodLabel } from '../domain/period';
import { loadKpiSetting } from '../metrics/operations';
import { buildStatistics } from '../reports/statistics';
import { gatherCircularData } from '../reports/circular-data';
import { circularDocx, circularTitle, rectificationLines } from '../reports/circular-docx';
import { DEFAULT_OVERVIEW, DEFAULT_REQUIREMENTS, fillTemplate } from '../reports/narrative';
import { buildSelfEvaluation } from '../reports/self-evaluation';
import { selfEvaluationDocx } from '../reports/self-evaluation-docx';
import { selfEvaluationWorkbook } from '../reports/self-evaluation-xlsx';
import { statisticsWorkbook } from '../reports/statistics-xlsx';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';

const USAGE = `用法：npm run report -- <summary|circular|self-evaluation|statistics> --from YYYY-MM-DD --to YYYY-MM-DD
       [--as-of YYYY-MM-DD] [--department 部门代码] [--base-url 驾驶舱地址] [--office 发文机关] [--number 文号]
       --out 文件（格式随扩展名）`;
const KINDS = ['summary', 'circular', 'self-evaluation', 'statistics'];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' }, to: { type: 'string' }, 'as-of': { type: 'string' }, department: { type: 'string' },
      out: { type: 'string' }, 'base-url': { type: 'string' }, office: { type: 'string' }, number: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [kind] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const problems: string[] = [];
  if (!kind || !KINDS.includes(kind)) problems.push(`报告种类应为 ${KINDS.join('、')} 之一${kind ? `，实为 ${kind}` : ''}`);
  for (const name of ['from', 'to'] as const) if (!values[name]) problems.push(`缺少 --${name}`);
  for (const name of ['from', 'to', 'as-of'] as const) {
    if (values[name] && !isIsoDate(values[name]!)) problems.push(`--${name} 应写作 YYYY-MM-DD，实为 ${values[name]}`);
  }
  if (!values.out) problems.push('缺少 --out（输出文件）');
  if (problems.length) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  const extension = path.extname(values.out!).toLowerCase();
  const formats: Record<string, string[]> = {
    statistics: ['.xlsx'], 'self-evaluation': ['.xlsx', '.docx'], summary: ['.docx'], circular: ['.docx'],
  };
  if (!formats[kind].includes(extension)) {
    console.error(`${kind} 可生成 ${formats[kind].join('、')} 文件，输出文件 ${values.out} 的扩展名不在其中`);
    return 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    const setting = await loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
    const period = { from: values.from!, to: values.to!, asOf: values['as-of'] ?? null };
    const label = `统计期间：${periodLabel(period)}（${period.from} 至 ${period.to}，数据截至 ${period.asOf ?? period.to}）`;
    let bytes: Buffer;
    let done: string;
    if (kind === 'summary' || kind === 'circular') {
      const data = await gatherCircularData(db.pool, setting, kind, period);
      const office = values.office ?? '“双随机、一公开”监管工作联席会议办公室';
      bytes = await circularDocx(data, { office, number: values.number ?? '', overview: DEFAULT_OVERVIEW, requirements: DEFAULT_REQUIREMENTS },
        fillTemplate(DEFAULT_OVERVIEW, data), DEFAULT_REQUIREMENTS);
      done = `${circularTitle(data)}，${rectificationLines(data).length} 个成员单位有指标未达标`;
    } else if (kind === 'statistics') {
      const rows = await buildStatistics(db.pool, setting, period);
      bytes = Buffer.from(await statisticsWorkbook(rows, '推进“双随机、一公开”监管工作统计表', label).xlsx.writeBuffer());
      done = `${rows.length - 1} 个成员单位及合计行`;
    } else {
      const baseUrl = values['base-url'] ?? process.env.HUB_URL ?? 'http://127.0.0.1:4000';
      const rows = await buildSelfEvaluation(db.pool, setting, period, { departmentCode: values.department ?? null }, baseUrl);
      const title = '“双随机、一公开”监管工作自评表';
      const subtitle = values.department ? `${label}；部门 ${values.department}` : label;
      bytes = extension === '.docx'
        ? await selfEvaluationDocx(rows, title, subtitle)
        : Buffer.from(await selfEvaluationWorkbook(rows, title, subtitle).xlsx.writeBuffer());
      done = `${rows.length} 项指标，其中 ${rows.filter((r) => r.met === false).length} 项未达标`;
    }
    await writeFile(values.out!, bytes);
    console.log(`已生成 ${values.out}：${done}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`生成报告失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
