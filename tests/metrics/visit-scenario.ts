import type { Database } from '../../server/src/database/database';
import { builders } from './builders';

/**
 * Firms' visits in 2024 Q3, built by hand for the visit KPIs and joint opportunities. A, B and C
 * are member departments, N is not; the window W is the default 30 days unless a test sets one.
 *
 *   S1  A and B together on 07-10 (joint task TJ)             one visit, joint, no repeat
 *   S2  A on 07-01, B on 07-31 (separate tasks)               exactly 30 days apart: a repeat (A–B)
 *   S3  A on 07-01, C on 08-01                                31 days: no repeat
 *   S4  B on 08-05, C on 08-12 under joint task TK            the joint task came twice: a repeat (B–C)
 *   S5  a product (not a market entity): A 07-01, B 07-02     left out of everything
 *   S6  A on 07-05, non-member N on 07-06                     a repeat, but no member pair
 *   S7  A on 07-03 and 07-20                                  one department twice: no repeat; 2 days of A
 *   S8  A twice on 09-01 (tasks TA and TA2)                   one visit, one day of A
 *   S9  B on 03-01 (before the period) and 08-01              one visit in Q3; 2 days of B this year
 *   S10 A on 09-10, B on 09-20                                a repeat (A–B)
 *
 * Visits in Q3: S1 1, S2 2, S3 2, S4 2, S6 2, S7 2, S8 1, S9 1, S10 2 = 15, one of them joint.
 * Repeats: S2, S4, S6, S10 = 4 (A: S2, S6, S10; B: S2, S4, S10; C: S4; N: S6).
 * Joint opportunities (W 30): A–B 2 (S2, S10), B–C 1 (S4).
 */
export async function buildVisitScenario(db: () => Database): Promise<void> {
  const b = builders(db);
  await b.fresh();
  for (const code of ['A', 'B', 'C']) await b.department(code);
  await b.department('N', { member: false });
  await b.task('TJ', { initiator: 'A', cooperators: ['B'] });
  await b.task('TK', { initiator: 'B', cooperators: ['C'] });
  await b.task('TA', { initiator: 'A' });
  await b.task('TA2', { initiator: 'A' });
  await b.task('TB', { initiator: 'B' });
  await b.task('TB0', { initiator: 'B', starts: '2024-02-20' });
  await b.task('TC', { initiator: 'C' });
  await b.task('TN', { initiator: 'N' });
  await b.subject('S5', { type: 'PRODUCT' });
  const visits: [task: string, subject: string, department: string, day: string][] = [
    ['TJ', 'S1', 'A', '2024-07-10'], ['TJ', 'S1', 'B', '2024-07-10'],
    ['TA', 'S2', 'A', '2024-07-01'], ['TB', 'S2', 'B', '2024-07-31'],
    ['TA', 'S3', 'A', '2024-07-01'], ['TC', 'S3', 'C', '2024-08-01'],
    ['TK', 'S4', 'B', '2024-08-05'], ['TK', 'S4', 'C', '2024-08-12'],
    ['TA', 'S5', 'A', '2024-07-01'], ['TB', 'S5', 'B', '2024-07-02'],
    ['TA', 'S6', 'A', '2024-07-05'], ['TN', 'S6', 'N', '2024-07-06'],
    ['TA', 'S7', 'A', '2024-07-03'], ['TA2', 'S7', 'A', '2024-07-20'],
    ['TA', 'S8', 'A', '2024-09-01'], ['TJ', 'S8', 'A', '2024-09-01'],
    ['TB0', 'S9', 'B', '2024-03-01'], ['TB', 'S9', 'B', '2024-08-01'],
    ['TA', 'S10', 'A', '2024-09-10'], ['TB', 'S10', 'B', '2024-09-20'],
  ];
  for (const [task, subject, department, inspected] of visits) await b.result({ task, subject, department, inspected });
}
