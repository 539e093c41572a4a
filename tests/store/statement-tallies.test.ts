import { beforeAll, describe, expect, it } from 'vitest';
import { asOwner, useTestDatabase } from '../support/database';
import { builders } from '../metrics/builders';

/**
 * The results' day cells (migration result_day_tally), kept by statement triggers on inspection:
 * after every kind of write they hold exactly what grouping the rows gives, and the hub's role
 * can read them but not write them.
 */
describe('the day cells of the results', () => {
  const db = useTestDatabase();
  const b = builders(db);

  const cells = async () => (await db().pool.query<{ c: string }>(
    `select inspected_on || '/' || coalesce(published_on::text, '未公示') || '/' || case when found_problem then '有问题' else '无问题' end
       || '=' || results as c from result_day_tally order by 1`)).rows.map((r) => r.c);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.task('T1', { initiator: 'A', cooperators: ['B'] });
  });

  it('follow inserts, updates and deletes of several rows at once, and a truncate', async () => {
    const insert = (rows: string) => db().pool.query(`
      insert into subject (code, code_kind, name, subject_type, region_code, batch_id)
      select s, 'OBJECT_CODE', s, 'PRODUCT', '442000', (select max(id) from import_batch) from unnest('{S1,S2,S3,S4}'::text[]) s
      on conflict do nothing;
      insert into inspection (task_code, subject_code, department_code, inspected_on, methods, categories, published_on, batch_id)
      select 'T1', s, d, day::date, '{ON_SITE}', c::text[], pub::date, (select max(id) from import_batch)
      from (values ${rows}) v(s, d, day, c, pub)`);
    // One statement of four rows: two cells share a day, a published one and a problem found.
    await insert(`('S1', 'A', '2024-07-01', '{NO_PROBLEM}', null), ('S2', 'A', '2024-07-01', '{NO_PROBLEM}', null),
      ('S1', 'B', '2024-07-01', '{NO_PROBLEM}', '2024-07-10'), ('S3', 'A', '2024-07-02', '{ORDERED_TO_CORRECT}', null)`);
    expect(await cells()).toEqual(['2024-07-01/2024-07-10/无问题=1', '2024-07-01/未公示/无问题=2', '2024-07-02/未公示/有问题=1']);

    // Publishing two results moves them to a new cell; the emptied cell goes away.
    await db().pool.query(`update inspection set published_on = '2024-07-20' where published_on is null`);
    expect(await cells()).toEqual(['2024-07-01/2024-07-10/无问题=1', '2024-07-01/2024-07-20/无问题=2', '2024-07-02/2024-07-20/有问题=1']);

    // An update that changes nothing the cells hold leaves them as they were.
    await db().pool.query(`update inspection set follow_up = follow_up`);
    expect(await cells()).toHaveLength(3);

    await db().pool.query(`delete from inspection where subject_code in ('S1', 'S3')`);
    expect(await cells()).toEqual(['2024-07-01/2024-07-20/无问题=1']);

    await asOwner(db(), 'truncate inspection cascade');
    expect(await cells()).toEqual([]);
  });

  it("are the rows' own grouping, and the hub's role cannot write them", async () => {
    const grouped = await db().pool.query(`select inspected_on, published_on, found_problem, count(*)::bigint as results from inspection group by 1, 2, 3
      except select inspected_on, published_on, found_problem, results from result_day_tally`);
    expect(grouped.rowCount).toBe(0);
    await expect(db().pool.query(`insert into result_day_tally values ('2024-07-01', null, false, 5)`)).rejects.toThrow(/permission denied/);
    await expect(db().pool.query(`update result_day_tally set results = 0`)).rejects.toThrow(/permission denied/);
  });
});

/**
 * A task's draws side by side (migration task_draw_summary), rebuilt by statement triggers on
 * task_class_draw (and task) for the tasks each statement touched; classes with an empty pool left out.
 */
describe("the tasks' draws in one row", () => {
  const db = useTestDatabase();
  const b = builders(db);

  const rows = async () => (await db().pool.query<{ r: string }>(
    `select task_code || ':' || concat_ws(',', 'A' || a_pool || '/' || a_drawn, 'B' || b_pool || '/' || b_drawn,
       'C' || c_pool || '/' || c_drawn, 'D' || d_pool || '/' || d_drawn) as r from task_draw_summary order by 1`)).rows.map((x) => x.r);

  it('follow the draws through inserts, updates, deletes, a deleted task and a truncate', async () => {
    await b.fresh();
    await b.department('A');
    await b.task('T1', { initiator: 'A', tiered: true });
    await b.task('T2', { initiator: 'A', tiered: true });
    await b.task('T3', { initiator: 'A', tiered: true });
    await db().pool.query(`insert into task_class_draw (task_code, credit_class, pool_count, drawn_count) values
      ('T1', 'A', 100, 5), ('T1', 'C', 40, 10), ('T1', 'D', 0, 0), ('T2', 'B', 50, 5), ('T3', 'D', 0, 0)`);
    // T3 has only an empty pool: no row.
    expect(await rows()).toEqual(['T1:A100/5,C40/10', 'T2:B50/5']);

    await db().pool.query(`update task_class_draw set drawn_count = drawn_count + 1 where credit_class in ('A', 'B')`);
    expect(await rows()).toEqual(['T1:A100/6,C40/10', 'T2:B50/6']);
    // A pool emptied takes its class out; the last class of a task takes its row away.
    await db().pool.query(`update task_class_draw set pool_count = 0, drawn_count = 0 where task_code = 'T2'`);
    expect(await rows()).toEqual(['T1:A100/6,C40/10']);
    await db().pool.query(`update task_class_draw set pool_count = 30, drawn_count = 3 where task_code = 'T3'`);
    expect(await rows()).toEqual(['T1:A100/6,C40/10', 'T3:D30/3']);

    await db().pool.query(`delete from task_class_draw where task_code = 'T1' and credit_class = 'C'`);
    expect(await rows()).toEqual(['T1:A100/6', 'T3:D30/3']);
    await db().pool.query(`delete from task where code = 'T3'`);
    expect(await rows()).toEqual(['T1:A100/6']);
    // The row carries its task's start day and tiering (migration draw_summary_period), and follows them.
    const period = async () => (await db().pool.query(`select starts_on || ' ' || credit_tiered as p from task_draw_summary`)).rows.map((r) => r.p);
    expect(await period()).toEqual(['2024-07-01 true']);
    await db().pool.query(`update task set starts_on = '2024-08-05', credit_tiered = false where code = 'T1'`);
    expect(await period()).toEqual(['2024-08-05 false']);

    await asOwner(db(), 'truncate task_class_draw');
    expect(await rows()).toEqual([]);
    await expect(db().pool.query(`insert into task_draw_summary (task_code, a_pool, a_drawn) values ('T1', 10, 1)`)).rejects.toThrow(/permission denied/);
  });
});
