/**
 * The import benchmark's files, written as CSV the way a department would send them: the same
 * content on every run. `writeResultSet` is 10^5 results with what they refer to (5 departments,
 * 20,000 subjects, 2,000 tasks); `writeRegistrySet` is a province's registry (10^6 subjects in
 * 1.5·10^6 入库 rows across 60 departments).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { creditCode } from './credit-codes';

export async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export const RESULT_SET = { results: 100_000, perTask: 50, subjects: 20_000, departments: 5, items: 5, inspectors: 50 };

/** Rows in the result set's files, headers not counted. */
export function resultSetRows(results = RESULT_SET.results): { results: number; all: number } {
  const tasks = Math.ceil(results / RESULT_SET.perTask);
  const S = RESULT_SET;
  return { results, all: results + tasks + S.subjects + S.departments + S.items + S.inspectors };
}

export async function writeResultSet(dir: string, results = RESULT_SET.results): Promise<void> {
  const S = RESULT_SET;
  const tasks = Math.ceil(results / S.perTask);
  const dept = (i: number) => `D${(i % S.departments) + 1}`;
  await writeLines(path.join(dir, '部门.csv'), '部门代码,部门名称,行政区划代码,持证执法人员数', S.departments, (i) => `D${i + 1},部门${i + 1},411422,20`);
  await writeLines(path.join(dir, '抽查事项.csv'), '事项编码,事项名称,部门代码,事项类别', S.items, (i) => `SX${i + 1},事项${i + 1},D${i + 1},重点`);
  await writeLines(path.join(dir, '检查对象.csv'), '统一社会信用代码,名称,主体类型,行政区划代码,信用风险等级,入库部门', S.subjects,
    (i) => `${creditCode(i)},企业${i},企业,411422,${'ABCD'[i % 4]},D1;D2`);
  await writeLines(path.join(dir, '执法人员.csv'), '执法证号,姓名,部门代码,执法证有效期至', S.inspectors, (i) => `ZF${i},人员${i},${dept(i)},2030-12-31`);
  await writeLines(path.join(dir, '抽查任务.csv'), '任务编号,任务名称,发起部门代码,配合部门代码,抽查事项编码,信用风险分类抽查,开始日期,截止日期', tasks,
    (i) => `RW${i},任务${i},D1,D2,SX1;SX2,是,2024-01-01,2024-12-31`);
  await writeLines(path.join(dir, '检查结果.csv'), '任务编号,统一社会信用代码,检查部门代码,检查日期,检查方式,检查结果,公示日期,检查人员执法证号', results,
    (i) => {
      const task = Math.floor(i / S.perTask);
      const subject = (task * 7 + (i % S.perTask)) % S.subjects;
      return `RW${task},${creditCode(subject)},D1,2024-03-05,实地检查,未发现问题,2024-03-20,ZF0;ZF5`;
    });
}

export const REGISTRY_SET = { subjects: 1_000_000, departments: 60 };
const COUNTIES = ['440103', '440104', '440105', '440106', '440303', '440304', '440305', '440306', '440604', '440605', '440606', '440607'];

/** Department d's division: 4 provincial, the others spread over the counties. */
const divisionOf = (d: number) => (d < 4 ? '440000' : COUNTIES[d % COUNTIES.length]);

/** Every subject in one department's registry, every second one in a second department's too: 1.5·10^6 入库 rows. */
export function registryOf(i: number): number[] {
  const first = (i * 7919) % REGISTRY_SET.departments;
  return i % 2 === 0 ? [first] : [first, (first + 1 + (i % 59)) % REGISTRY_SET.departments];
}

export async function writeRegistrySet(dir: string, subjects = REGISTRY_SET.subjects): Promise<{ subjects: number; registry: number }> {
  const code = (d: number) => `GD${String(d + 1).padStart(3, '0')}`;
  await writeLines(path.join(dir, '部门.csv'), '部门代码,部门名称,行政区划代码,持证执法人员数', REGISTRY_SET.departments,
    (d) => `${code(d)},部门${d + 1},${divisionOf(d)},300`);
  let registry = 0;
  await writeLines(path.join(dir, '检查对象.csv'), '统一社会信用代码,名称,主体类型,行政区划代码,信用风险等级,入库部门', subjects, (i) => {
    const departments = registryOf(i);
    registry += departments.length;
    return `${creditCode(i)},主体${i},${i % 10 === 9 ? '个体工商户' : '企业'},${COUNTIES[i % COUNTIES.length]},${i % 7 === 6 ? '' : 'ABCD'[i % 4]},${departments.map(code).join(';')}`;
  });
  return { subjects, registry };
}
