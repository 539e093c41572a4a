import { beforeAll, describe, expect, it } from 'vitest';
import { gatherCircularData } from '../../server/src/reports/circular-data';
import { DEFAULT_OVERVIEW, fillTemplate } from '../../server/src/reports/narrative';
import { placeholdersByName } from '../../server/src/reports/placeholders';
import { builders, Q3_2024 } from '../metrics/builders';
import { buildVisitScenario } from '../metrics/visit-scenario';
import { useTestDatabase } from '../support/database';

const db = useTestDatabase();
const b = builders(db);
const VISITS = 2; // the paragraph's place among the default words

describe('the reports\' paragraph on visits, joint visits and repeats', () => {
  beforeAll(async () => {
    await buildVisitScenario(db);
    // The quarter before: A and B at S1 two days apart (two visits, none joint, one repeat). A year ago: nothing.
    await b.task('Q2A', { initiator: 'A', starts: '2024-04-01' });
    await b.task('Q2B', { initiator: 'B', starts: '2024-04-01' });
    await b.result({ task: 'Q2A', subject: 'S1', inspected: '2024-05-01' });
    await b.result({ task: 'Q2B', subject: 'S1', inspected: '2024-05-03' });
  });

  it('states the figures with 环比 against Q2 and 同比 against Q3 2023, from the same engine', async () => {
    const data = await gatherCircularData(db().pool, await b.setting(), 'circular', Q3_2024);
    expect(fillTemplate(DEFAULT_OVERVIEW, data)[VISITS]).toBe(
      '涉企检查方面，对市场主体上门检查15户次（环比增加13，同比增加15），其中几个部门同日联合上门1户次，联合上门率6.7%'
      + '（环比提高6.7个百分点，同比无可比数据）；不同部门短期内先后上门同一对象的重复上门4户（目标为不超过0户，环比增加3，同比增加4）。',
    );
  });

  it('the monthly summary compares with the month before: September against August', async () => {
    const september = { from: '2024-09-01', to: '2024-09-30', asOf: '2024-10-31' };
    const data = await gatherCircularData(db().pool, await b.setting(), 'summary', september);
    // September: S8 (A alone), S10 twice (A, B ten days apart: a repeat). August: S3, S4 twice, S9 — one repeat (S4).
    expect(fillTemplate(DEFAULT_OVERVIEW, data)[VISITS]).toBe(
      '涉企检查方面，对市场主体上门检查3户次（环比减少1，同比增加3），其中几个部门同日联合上门0户次，联合上门率0.0%'
      + '（环比持平，同比无可比数据）；不同部门短期内先后上门同一对象的重复上门1户（目标为不超过0户，环比持平，同比增加1）。',
    );
  });

  it('each figure is an office placeholder, shown by its Chinese name in the editor', () => {
    expect(placeholdersByName([DEFAULT_OVERVIEW[VISITS]])[0]).toContain('{{分子:涉企检查户次}}户次（环比{{环比:涉企检查户次}}');
    expect(placeholdersByName([DEFAULT_OVERVIEW[VISITS]])[0]).toContain('{{数值:联合上门率}}');
    expect(placeholdersByName([DEFAULT_OVERVIEW[VISITS]])[0]).toContain('{{分子:重复上门对象数}}户');
  });
});
