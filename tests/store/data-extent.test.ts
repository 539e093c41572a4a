import { describe, expect, it } from 'vitest';
import { findDataExtent } from '../../server/src/store/repositories/data-extent.repository';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';

describe('the days the data spans', () => {
  const db = useTestDatabase();
  const b = builders(db);

  it('runs from the first task start or inspection to the last, and is empty without data', async () => {
    await b.fresh();
    expect(await findDataExtent(db().pool)).toEqual({ firstDay: null, lastDay: null });
    await b.department('A');
    await b.task('T1', { initiator: 'A', starts: '2024-01-15' });
    await b.task('T2', { initiator: 'A', starts: '2024-03-01' });
    await b.result({ task: 'T1', subject: 'S1', inspected: '2024-09-20' });
    expect(await findDataExtent(db().pool)).toEqual({ firstDay: '2024-01-15', lastDay: '2024-09-20' });
  });
});
