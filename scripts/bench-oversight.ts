/**
 * Oversight benchmark: 预警 (office and one department), 报送情况 and a 督办通知单 on the demo county
 * with RESULTS synthetic results added (default 500,000; 3% never published), in a throw-away
 * embedded PostgreSQL. Each is timed beside a hand-written full count of the same table in the same
 * run, and the plan of every statement of the office's warnings is printed. Writes
 * docs/benchmarks/oversight.md. Not a test.
 *
 * Usage: nice -n 10 npm run bench:oversight [-- results runs]
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { todayInChina } from '../server/src/domain/dates';
import { chaseNotice } from '../server/src/oversight/chase-notice';
import { submissionStatus } from '../server/src/oversight/submission';
import { earlyWarnings } from '../server/src/oversight/warnings';
import { chaseNoticeFile } from '../server/src/reports/chase-notice-file';
import { loadSetting } from './bench/datasets';
import { markdownTable, measure, recorder } from './bench/measure';
import { ownerQuery } from './bench/owner';
import { demoDatabase } from './bench/demo-database';

const RESULTS = Number(process.argv[2] ?? 500_000);
const RUNS = Number(process.argv[3] ?? 5);
const OUT = path.join(import.meta.dirname, '..', 'docs', 'benchmarks', 'oversight.md');

async function main() {
  const { db, close } = await demoDatabase('bench-oversight');
  try {
    // One long task per member department and as many subjects as results: the unique key holds.
    await ownerQuery(db, `
      insert into import_batch (source, file_names, counts) values ('CLI', '{bench}', '{}');
      insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id)
        select 'BENCH-' || code, '基准任务', code, false, '2023-01-01', '2027-12-31', (select max(id) from import_batch) from department where is_member;
      insert into subject (code, code_kind, name, subject_type, region_code, batch_id)
        select 'BS' || g, 'OBJECT_CODE', '基准对象' || g, 'OTHER', '411422', (select max(id) from import_batch) from generate_series(1, ${RESULTS}) g;
      with d as (select code, row_number() over (order by code) - 1 as k, count(*) over () as n from department where is_member),
      r as (select g, ('2023-01-01'::date + abs(hashint4(g)) % 1430) as day, abs(hashint4(g * 7)) % 1000 as draw from generate_series(1, ${RESULTS}) g)
      insert into inspection (task_code, subject_code, department_code, inspected_on, methods, categories, published_on, batch_id)
        select 'BENCH-' || d.code, 'BS' || r.g, d.code, r.day, '{ON_SITE}', '{NO_PROBLEM}',
               case when r.draw < 31 then null else r.day + (r.draw % 40) end, (select max(id) from import_batch)
        from r join d on d.k = r.g % d.n
        where r.day <= current_date;`);
    await ownerQuery(db, 'vacuum analyze');
    const setting = await loadSetting(db);
    const { rows: [facts] } = await db.pool.query(
      `select count(*)::int as results, count(*) filter (where published_on is null)::int as unpublished, count(distinct department_code)::int as departments from inspection`);
    const asOf = todayInChina();
    const department = setting.departments.find((d) => d.isMember)!.code;
    const quarter = { from: `${asOf.slice(0, 4)}-07-01`, to: `${asOf.slice(0, 4)}-09-30` };
    console.log(`检查结果 ${facts.results} 条（未公示 ${facts.unpublished} 条），${facts.departments} 个部门；数据截至 ${asOf}`);

    const baseline = await measure(() => db.pool.query(`select count(*) from inspection where published_on is null or published_on > $1::date`, [asOf]), 1, RUNS);
    const baselineBatch = await measure(() => db.pool.query(`select department_code, max(batch_id) from inspection group by 1`), 1, RUNS);
    const cases: [string, () => Promise<unknown>, number][] = [
      ['earlyWarnings（全部部门，明细 500 条）', () => earlyWarnings(db.pool, setting, { asOf, departmentCode: null, first: 500 }), baseline.median],
      ['earlyWarnings（一个部门，明细 200 条）', () => earlyWarnings(db.pool, setting, { asOf, departmentCode: department, first: 200 }), baseline.median],
      ['submissionStatus（一个季度，全部成员单位）', () => submissionStatus(db.pool, quarter), baselineBatch.median],
      ['督办通知单取数（一个部门）', () => chaseNotice(db.pool, setting, department, asOf), baseline.median],
      ['督办通知单 .docx（一个部门）', () => chaseNoticeFile(db.pool, setting, { departmentCode: department, format: 'docx', asOf }), baseline.median],
    ];
    const notice = (await chaseNoticeFile(db.pool, setting, { departmentCode: department, format: 'docx', asOf })).summary;
    console.log(`督办通知单（${department}）：${notice}`);
    const rows: string[][] = [
      ['对照：count(*) 截至当日未公示的检查结果（手写 SQL）', baseline.median.toFixed(1), baseline.max.toFixed(1), '1.00'],
      ['对照：各部门 max(batch_id)（手写 SQL，全表）', baselineBatch.median.toFixed(1), baselineBatch.max.toFixed(1), '1.00'],
    ];
    for (const [label, run, against] of cases) {
      const t = await measure(run, 1, RUNS);
      console.log(`${label}：中位 ${t.median.toFixed(1)} ms，最大 ${t.max.toFixed(1)} ms，对照的 ${(t.median / against).toFixed(2)} 倍`);
      rows.push([label, t.median.toFixed(1), t.max.toFixed(1), (t.median / against).toFixed(2)]);
    }
    const recorded = recorder(db.pool);
    await earlyWarnings(recorded.db, setting, { asOf, departmentCode: null, first: 500 });
    await submissionStatus(recorded.db, quarter);
    const plans: string[] = [];
    for (const q of recorded.queries) {
      const plan = await db.pool.query(`explain (analyze, buffers, costs off) ${q.text}`, q.values);
      plans.push(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    const cpus = os.cpus();
    const report = [
      '# 预警、报送情况与督办通知单基准测试', '',
      `- 日期：${asOf}；机器：${cpus.length} 核（${cpus[0]?.model ?? ''}）；嵌入式 PostgreSQL；演示数据（睢县）另加 ${RESULTS.toLocaleString('en-US')} 条合成检查结果`,
      `- 检查结果共 ${facts.results.toLocaleString('en-US')} 条，其中从未公示 ${facts.unpublished.toLocaleString('en-US')} 条；${facts.departments} 个部门`,
      `- 督办通知单所取的部门 ${department}：${notice}`,
      `- 命令：\`nice -n 10 npm run bench:oversight -- ${RESULTS} ${RUNS}\`；预热 1 次，计时 ${RUNS} 次；“倍数”为与同一次运行中手写对照 SQL 的中位时间之比`, '',
      markdownTable(['操作', '中位 ms', '最大 ms', '倍数'], rows), '',
      '## 执行计划（全部部门的预警与一个季度的报送情况，逐条语句）', '',
      ...plans.map((p) => ['```', p, '```', ''].join('\n')),
    ].join('\n');
    await writeFile(OUT, report);
    console.log(`\n${report}`);
  } finally {
    await close();
  }
}

await main();
