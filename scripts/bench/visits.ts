/**
 * The 检查频次 part of the KPI benchmark, on the province set: the four visit KPIs for the quarter
 * (whole jurisdiction and every member department), jointOpportunities over the quarter and over
 * all 10^6 results, and the most-visited firms, each beside a hand-written SQL statement that
 * answers the same question in the same run. Writes docs/benchmarks/visits.md and the plan of
 * jointOpportunities over all results to docs/benchmarks/visits-plan.txt.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VISIT_KPIS } from '../../server/src/domain/kpi-keys';
import { KPI_DEFINITIONS } from '../../server/src/metrics/definitions';
import { computeFigures } from '../../server/src/metrics/engine';
import { scopeFor } from '../../server/src/metrics/operations';
import { jointOpportunities } from '../../server/src/metrics/visits/joint-opportunities';
import { mostVisitedSubjects } from '../../server/src/metrics/visits/visit-lists';
import { loadSetting, type DataSet } from './datasets';
import { markdownTable, measure, ms, recorder, type Timing } from './measure';

const VISIT_DEFINITIONS = KPI_DEFINITIONS.filter((k) => (VISIT_KPIS as readonly string[]).includes(k.key));
/** The province set's cap for the benchmark: two days per department and firm in a year. */
const CAP = 2;

// The same questions written by hand, in the plainest set-based SQL: what the engine is compared with.
const HAND_VISITS = `select count(*) as visits, count(*) filter (where n > 1) as joint
  from (select count(distinct i.department_code) as n from inspection i
        join subject s on s.code = i.subject_code and is_market_entity(s.subject_type)
        where i.inspected_on between $1 and $2 group by i.subject_code, i.inspected_on) v`;
const HAND_PAIRS = `select a.department_code, b.department_code, count(distinct a.subject_code)
  from inspection a join inspection b on b.subject_code = a.subject_code and b.department_code > a.department_code
    and b.inspected_on <> a.inspected_on and abs(b.inspected_on - a.inspected_on) <= 30 and b.inspected_on between $1 and $2
  join department da on da.code = a.department_code and da.is_member
  join department db on db.code = b.department_code and db.is_member
  join subject s on s.code = a.subject_code and is_market_entity(s.subject_type)
  where a.inspected_on between $1 and $2
  group by 1, 2 order by 3 desc limit 500`;

const ratio = (engine: Timing, hand: Timing) => (engine.timeout !== undefined || hand.timeout !== undefined
  ? '—' : `${(engine.median / hand.median).toFixed(2)}`);

export async function benchVisits(set: DataSet, outDir: string, log: (line: string) => void): Promise<void> {
  const pool = set.db.pool;
  await pool.query(`insert into inspection_burden_setting (year, jurisdiction, max_visits_per_department) values (2019, '000000', $1)
    on conflict (year, jurisdiction) do update set max_visits_per_department = excluded.max_visits_per_department`, [CAP]);
  const setting = await loadSetting(set.db);
  const { quarter } = set;
  const { rows: [span] } = await pool.query<{ from: string; to: string }>(
    `select min(inspected_on)::text as from, max(inspected_on)::text as to from inspection`,
  );
  const whole = scopeFor(setting, 'all', quarter, {});
  const members = setting.departments.filter((d) => d.isMember).map((d) => scopeFor(setting, d.code, quarter, { departmentCode: d.code }));
  const figures = (await computeFigures(pool, setting.engine, [whole], VISIT_DEFINITIONS)).get('all')!;
  const pairs = await jointOpportunities(pool, setting, span, 500);
  log(`检查频次（省级数据，${quarter.label}，同一部门年度上限 C = ${CAP}）：`
    + figures.map((f) => `${f.key} ${f.value === null ? '—' : f.denominator === null ? f.numerator : `${(f.value * 100).toFixed(1)}%（${f.numerator}/${f.denominator}）`}`).join('；'));

  const rows: [string, Timing, Timing | null][] = [];
  const timed = async (label: string, run: () => Promise<unknown>, hand?: () => Promise<unknown>) => {
    const engine = await measure(run);
    const baseline = hand ? await measure(hand) : null;
    rows.push([label, engine, baseline]);
    log(`  ${label}：${ms(engine)} ms${baseline ? `，手写 SQL ${ms(baseline)} ms，比值 ${ratio(engine, baseline)}` : ''}`);
  };
  await timed(`四项指标（全辖区，${quarter.label}）`, () => computeFigures(pool, setting.engine, [whole], VISIT_DEFINITIONS),
    () => pool.query(HAND_VISITS, [quarter.from, quarter.to]));
  await timed(`四项指标（${members.length} 个成员单位，一条语句一个行集）`, () => computeFigures(pool, setting.engine, members, VISIT_DEFINITIONS));
  await timed(`jointOpportunities（${quarter.label}）`, () => jointOpportunities(pool, setting, quarter, 500),
    () => pool.query(HAND_PAIRS, [quarter.from, quarter.to]));
  await timed(`jointOpportunities（全部结果 ${span.from}—${span.to}）`, () => jointOpportunities(pool, setting, span, 500),
    () => pool.query(HAND_PAIRS, [span.from, span.to]));
  await timed(`mostVisitedSubjects（${quarter.label}，前 20 户）`, () => mostVisitedSubjects(pool, quarter, 20));

  const rec = recorder(pool);
  await jointOpportunities(rec.db, setting, span, 500);
  const plan = await pool.query(`explain (analyze, buffers) ${rec.queries.at(-1)!.text}`, rec.queries.at(-1)!.values);

  const report = [
    '# 检查频次基准（省级数据）', '',
    `由 \`npm run bench:kpis\` 写出。省级数据：${(await pool.query<{ n: number }>('select count(*)::int as n from inspection')).rows[0].n.toLocaleString('en-US')} 条检查结果，`
      + `${span.from}—${span.to}；同一部门年度检查上限 C 设为 ${CAP}，重复上门间隔 W 为默认 30 天。时间为毫秒（中位数，最大值）；`
      + '“比值”为引擎 ÷ 同一问题的手写 SQL（在同一次运行中测得：直接分组计数、检查结果表自连接）。', '',
    markdownTable(['查询', '引擎', '手写 SQL', '比值'], rows.map(([label, engine, hand]) => [label, ms(engine), hand ? ms(hand) : '—', hand ? ratio(engine, hand) : '—'])), '',
    `## ${quarter.label}的四项指标`, '',
    markdownTable(['指标', '数值', '分子', '分母'], figures.map((f) => [
      KPI_DEFINITIONS.find((k) => k.key === f.key)!.name, f.value === null ? '—' : f.denominator === null ? String(f.value) : `${(f.value * 100).toFixed(1)}%`,
      String(f.numerator), f.denominator === null ? '—' : String(f.denominator)])), '',
    `## 联合上门机会（全部结果，前 10 组，共 ${pairs.length} 组）`, '',
    markdownTable(['部门甲', '部门乙', '检查对象户数'], pairs.slice(0, 10).map((p) => [p.departmentA.name, p.departmentB.name, String(p.subjects)])), '',
    '计划见 visits-plan.txt。', '',
  ].join('\n');
  await writeFile(path.join(outDir, 'visits.md'), report);
  await writeFile(path.join(outDir, 'visits-plan.txt'), `jointOpportunities（全部结果 ${span.from}—${span.to}）\n\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
  log(`\n${report}`);
}
