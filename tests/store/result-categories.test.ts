import { describe, expect, it } from 'vitest';
import { countResultCategories } from '../../server/src/store/repositories/result-category.repository';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';

describe('results by category', () => {
  const db = useTestDatabase();
  const b = builders(db);

  it('counts each category of the period, filtered by department or region like the KPIs', async () => {
    await b.fresh();
    await b.department('A', { region: '411422' });
    await b.department('B', { region: '411402' });
    await b.task('T', { initiator: 'A', cooperators: ['B'] });
    await b.result({ task: 'T', subject: 'S1', inspected: '2024-07-10' });
    await b.result({ task: 'T', subject: 'S2', inspected: '2024-08-10', categories: ['UNDISCLOSED_INFORMATION', 'ORDERED_TO_CORRECT'] });
    await b.result({ task: 'T', subject: 'S3', department: 'B', inspected: '2024-09-30', categories: ['ORDERED_TO_CORRECT'] });
    await b.result({ task: 'T', subject: 'S4', department: 'B', inspected: '2024-10-01' }); // after the period
    const q3 = { from: '2024-07-01', to: '2024-09-30' };
    expect(await countResultCategories(db().pool, q3, {})).toEqual([
      { category: 'ORDERED_TO_CORRECT', count: 2 }, { category: 'NO_PROBLEM', count: 1 }, { category: 'UNDISCLOSED_INFORMATION', count: 1 },
    ]);
    expect(await countResultCategories(db().pool, q3, { departmentCode: 'B' })).toEqual([{ category: 'ORDERED_TO_CORRECT', count: 1 }]);
    expect(await countResultCategories(db().pool, q3, { regionCode: '411422' })).toEqual([
      { category: 'NO_PROBLEM', count: 1 }, { category: 'ORDERED_TO_CORRECT', count: 1 }, { category: 'UNDISCLOSED_INFORMATION', count: 1 },
    ]);
  });
});
