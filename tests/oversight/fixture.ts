/**
 * One hand-built county for the oversight tests, seen on Thursday 4 July 2024 with K = 3: the
 * administrator declared Monday 8 July a holiday, so the three working days after the cut-off are
 * 5, 9 and 10 July (a weekend and the holiday in between) and the window ends on 10 July.
 * Deadlines (20th working day after the inspection; 10 June 端午节): 3 June → 2 July,
 * 4 June → 3 July, 5 June → 4 July, 11 June → 10 July, 12 June → 11 July, 1 Nov 2023 → 29 Nov 2023.
 */
import type { Database } from '../../server/src/database/database';
import { loadKpiSetting, type KpiSetting } from '../../server/src/metrics/operations';
import { loadWorkCalendar } from '../../server/src/store/repositories/work-calendar.repository';
import { builders } from '../metrics/builders';

export const AS_OF = '2024-07-04';

export async function buildCounty(db: () => Database): Promise<void> {
  const b = builders(db);
  await b.fresh();
  const q = (sql: string, params: unknown[] = []) => db().pool.query(sql, params);
  await q(`update import_batch set created_at = '2024-07-01T02:00:00Z'`);
  await q(`insert into work_calendar_day (day, is_working_day, name) values ('2024-07-08', false, '测试假日')`);
  await b.department('A');
  await b.department('B');
  await b.department('C');
  await b.department('N', { member: false });
  await b.inspector('A-001', 'A', '2027-12-31');
  await b.item('I-B', 'B');
  await b.subject('S-B', { registries: ['B'] });

  await b.task('TA0', { initiator: 'A', starts: '2023-10-01', due: '2024-12-31' });
  await b.task('TA1', { initiator: 'A', starts: '2024-06-01', due: '2024-07-03' });
  await b.task('TA2', { initiator: 'B', cooperators: ['A'], starts: '2024-06-01', due: '2024-06-28', completed: '2024-07-05' });
  await b.task('TA3', { initiator: 'A', starts: '2024-06-01', due: '2024-07-04', completed: '2024-07-04' });
  await b.task('TA4', { initiator: 'A', starts: '2024-06-01', due: '2024-07-10' });
  await b.task('TA5', { initiator: 'A', starts: '2024-06-01', due: '2024-07-11' });
  await b.task('TA6', { initiator: 'A', starts: '2024-06-01', due: '2024-07-06' });
  await b.task('TA7', { initiator: 'A', starts: '2024-06-01', due: '2024-07-04' });
  await b.task('TA8', { initiator: 'B', starts: '2024-06-01', due: '2024-07-01' });
  await b.task('TA9', { initiator: 'A', starts: '2024-06-01', due: '2024-06-20', completed: '2024-06-25' });

  const result = (subject: string, inspected: string, published: string | null = null, department = 'A', task = 'TA0') =>
    b.result({ task, subject, department, inspected, published });
  await result('S-OLD', '2023-11-01'); // overdue since 29 Nov 2023
  await result('S1', '2024-06-04'); // deadline 3 July: overdue
  await result('S2', '2024-06-05'); // deadline 4 July, the cut-off itself: due soon
  await result('S3', '2024-06-11'); // deadline 10 July, exactly K working days ahead: due soon
  await result('S4', '2024-06-12'); // deadline 11 July: not yet
  await result('S5', '2024-06-04', '2024-07-05'); // published after the cut-off: unpublished as of it, overdue
  await result('S6', '2024-06-04', '2024-07-03'); // on its deadline: in time
  await result('S7', '2024-06-03', '2024-07-04'); // deadline 2 July, published 4 July: late
  await result('S-APR', '2024-04-10', '2024-04-11');
  await result('S8', '2024-06-04', null, 'B', 'TA8'); // B's, overdue
  // A second import, later, wrote only B's inspector.
  await q(`insert into import_batch (source, file_names, counts, created_at) values ('UPLOAD', '{人员.xlsx}', '{}', '2024-07-03T08:30:00Z')`);
  await q(`insert into inspector (certificate_no, name, department_code, certificate_expires_on, batch_id)
           values ('B-001', '检查员B', 'B', '2027-12-31', (select max(id) from import_batch))`);
}

export async function countySetting(db: () => Database): Promise<KpiSetting> {
  return loadKpiSetting(db().pool, await loadWorkCalendar(db().orm.em.fork()));
}
