import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvFile } from './csv';
import { demoCalendar } from './dates';
import { DEPARTMENTS } from './departments';
import { generateInspectors, inspectorRow, type Inspector } from './inspectors';
import { ITEMS } from './items';
import { generatePlans, planRow, type Plan } from './plans';
import { Rng } from './random';
import { ResultFactory } from './results';
import { COUNTY, SubjectFactory, type Subject } from './subjects';
import { TaskFactory, taskRow, type Task } from './tasks';

export interface DemoOptions {
  seed?: number;
  subjects?: number;
}

export interface DemoFile {
  kind: string;
  path: string;
  rows: number;
}

/** The interchange format's columns, in order; the importer reads the files by these exact headers. */
export const HEADERS = {
  部门: ['部门代码', '部门名称', '行政区划代码', '持证执法人员数', '联席会议成员'],
  抽查事项: ['事项编码', '事项名称', '部门代码', '事项类别', '抽查比例上限', '抽查依据'],
  检查对象: ['统一社会信用代码', '名称', '主体类型', '行业代码', '行政区划代码', '信用风险等级', '入库部门'],
  执法人员: ['执法证号', '姓名', '部门代码', '执法证有效期至', '专长'],
  抽查计划: ['计划编号', '计划名称', '年度', '发起部门代码', '配合部门代码', '录入日期', '公示日期'],
  抽查任务: [
    '任务编号', '计划编号', '任务名称', '发起部门代码', '配合部门代码', '抽查事项编码', '信用风险分类抽查', '开始日期',
    '截止日期', '完成日期', 'A类库内户数', 'A类抽取户数', 'B类库内户数', 'B类抽取户数', 'C类库内户数', 'C类抽取户数',
    'D类库内户数', 'D类抽取户数',
  ],
  检查结果: [
    '任务编号', '统一社会信用代码', '检查部门代码', '检查日期', '检查方式', '检查结果', '公示日期', '后续处置', '检查人员执法证号',
  ],
} as const;

export type Kind = keyof typeof HEADERS;

/** Writes the seven files in import order and reports each file's data rows. */
export async function generateDemo(dir: string, options: DemoOptions = {}): Promise<DemoFile[]> {
  const seed = options.seed ?? 20240101;
  const subjectCount = options.subjects ?? 20000;
  const root = new Rng(seed);
  // One stream per part, so that the registry draws do not shift when, say, a plan changes.
  const rng = {
    subjects: root.fork('subjects'), inspectors: root.fork('inspectors'), plans: root.fork('plans'),
    tasks: root.fork('tasks'), results: root.fork('results'),
  };
  await mkdir(dir, { recursive: true });
  const files: DemoFile[] = [];
  const open = (kind: Kind) => new CsvFile(join(dir, `${kind}.csv`), HEADERS[kind]);
  const close = async (kind: Kind, file: CsvFile) => {
    await file.close();
    files.push({ kind, path: file.path, rows: file.rows });
  };

  const departments = open('部门');
  for (const d of DEPARTMENTS) await departments.row([d.code, d.name, COUNTY, d.certified, d.isMember ? '是' : '否']);
  await close('部门', departments);

  const items = open('抽查事项');
  for (const i of ITEMS) {
    await items.row([i.code, i.name, i.departmentCode, i.category, i.ceilingPercent === null ? '' : `${i.ceilingPercent}%`, i.basis]);
  }
  await close('抽查事项', items);

  const registries = new Map<string, Subject[]>(DEPARTMENTS.map((d) => [d.code, []]));
  const subjectFactory = new SubjectFactory(rng.subjects);
  const subjects = open('检查对象');
  for (let i = 0; i < subjectCount; i++) {
    const s = subjectFactory.next();
    for (const code of s.departments) registries.get(code)!.push(s);
    await subjects.row([s.code, s.name, s.type, s.industry, s.region, s.creditClass, s.departments.join(';')]);
  }
  await close('检查对象', subjects);

  const inspectorList = generateInspectors(rng.inspectors);
  const inspectorsByDepartment = new Map<string, Inspector[]>(DEPARTMENTS.map((d) => [d.code, []]));
  const inspectors = open('执法人员');
  for (const i of inspectorList) {
    inspectorsByDepartment.get(i.departmentCode)!.push(i);
    await inspectors.row(inspectorRow(i));
  }
  await close('执法人员', inspectors);

  // Tasks are made before the plans are written: an annual plan lists the cooperators its joint tasks bring in.
  const plansByYear = new Map<number, Plan[]>([2025, 2026].map((year) => [year, generatePlans(rng.plans, year)]));
  const taskFactory = new TaskFactory({ rng: rng.tasks, registries, plansByYear });
  const taskList: Task[] = [];
  for (const year of [2025, 2026]) for (const d of DEPARTMENTS) taskList.push(...taskFactory.tasksOf(d, year));
  taskList.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : 1));

  const plans = open('抽查计划');
  for (const p of [...plansByYear.values()].flat()) await plans.row(planRow(p));
  await close('抽查计划', plans);

  const tasks = open('抽查任务');
  for (const t of taskList) await tasks.row(taskRow(t));
  await close('抽查任务', tasks);

  const resultFactory = new ResultFactory({
    rng: rng.results,
    calendar: demoCalendar,
    inspectorsByDepartment,
  });
  const results = open('检查结果');
  for (const t of taskList) for (const row of resultFactory.rows(t)) await results.row(row);
  await close('检查结果', results);
  return files;
}

/** Writes the demo data set into dir and returns the files' paths in import order. */
export async function writeDemoFiles(dir: string, options?: DemoOptions): Promise<string[]> {
  return (await generateDemo(dir, options)).map((f) => f.path);
}
