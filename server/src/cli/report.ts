import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { isIsoDate } from '../domain/dates';
import { loadKpiSetting } from '../metrics/operations';
import { chaseNoticeFile } from '../reports/chase-notice-file';
import { defaultCutOff, generateReport, REPORT_FORMATS, type ReportKindName } from '../reports/generate';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';

const USAGE = `用法：npm run report -- <summary|circular|self-evaluation|statistics> --from YYYY-MM-DD --to YYYY-MM-DD
       [--as-of 数据截至日期，默认为成文日期或今天] [--department 部门代码] [--base-url 驾驶舱地址]
       [--office 发文机关] [--number 文号] [--date 成文日期] [--named 第三部分文字点名的单位数，默认5]
       --out 文件（格式随扩展名）
       npm run report -- reminder --department 部门代码 [--as-of 数据截至日期，默认今天] [--office 发文机关] [--number 文号] [--date 成文日期]
       --out 文件（.docx 或 .xlsx）：督办通知单`;
const KINDS = Object.keys(REPORT_FORMATS);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' }, to: { type: 'string' }, 'as-of': { type: 'string' }, department: { type: 'string' },
      out: { type: 'string' }, 'base-url': { type: 'string' }, office: { type: 'string' }, number: { type: 'string' }, date: { type: 'string' }, named: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [kind] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (kind === 'reminder') return reminder(values);
  const problems: string[] = [];
  if (!kind || !KINDS.includes(kind)) problems.push(`报告种类应为 ${KINDS.join('、')} 之一${kind ? `，实为 ${kind}` : ''}`);
  for (const name of ['from', 'to'] as const) if (!values[name]) problems.push(`缺少 --${name}`);
  for (const name of ['from', 'to', 'as-of', 'date'] as const) {
    if (values[name] && !isIsoDate(values[name]!)) problems.push(`--${name} 应写作 YYYY-MM-DD，实为 ${values[name]}`);
  }
  if (!values.out) problems.push('缺少 --out（输出文件）');
  if (values.named !== undefined && !/^\d{1,3}$/.test(values.named)) problems.push(`--named 应为不小于 0 的整数，实为 ${values.named}`);
  if (problems.length) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  const kindName = kind as ReportKindName;
  const extension = path.extname(values.out!).toLowerCase().replace('.', '') as 'docx' | 'xlsx';
  if (!REPORT_FORMATS[kindName].includes(extension)) {
    console.error(`${kind} 可生成 ${REPORT_FORMATS[kindName].map((f) => `.${f}`).join('、')} 文件，输出文件 ${values.out} 的扩展名不在其中`);
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const setting = await loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
    const report = await generateReport(db.pool, setting, {
      kind: kindName, format: extension,
      period: { from: values.from!, to: values.to!, asOf: defaultCutOff(values['as-of'], values.date) },
      named: values.named === undefined ? undefined : Number(values.named),
      office: values.office, number: values.number, departmentCode: values.department ?? null,
      baseUrl: values['base-url'] ?? process.env.HUB_URL ?? config.publicUrl, dated: values.date,
    });
    await writeFile(values.out!, report.bytes);
    console.log(`已生成 ${values.out}：${report.summary}`);
    return 0;
  } finally {
    await db.close();
  }
}

/** 督办通知单: one department, as of a day; the format by the extension of --out. */
async function reminder(values: Record<string, string | boolean | undefined>): Promise<number> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const problems: string[] = [];
  if (!text('department')) problems.push('缺少 --department（部门代码）');
  for (const name of ['as-of', 'date']) if (text(name) && !isIsoDate(text(name)!)) problems.push(`--${name} 应写作 YYYY-MM-DD，实为 ${text(name)}`);
  const out = text('out');
  const extension = out ? path.extname(out).toLowerCase().replace('.', '') : '';
  if (!out) problems.push('缺少 --out（输出文件）');
  else if (extension !== 'docx' && extension !== 'xlsx') problems.push(`督办通知单可生成 .docx 或 .xlsx 文件，输出文件 ${out} 的扩展名不在其中`);
  if (problems.length) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    const setting = await loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
    const file = await chaseNoticeFile(db.pool, setting, {
      departmentCode: text('department')!, format: extension as 'docx' | 'xlsx', asOf: text('as-of') ?? null,
      office: text('office'), number: text('number'), dated: text('date'),
    });
    await writeFile(out!, file.bytes);
    console.log(`已生成 ${out}：${file.summary}`);
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
