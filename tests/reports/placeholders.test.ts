import { describe, expect, it } from 'vitest';
import { reportTemplate, saveTemplate } from '../../server/src/reports/report-operations';
import { placeholdersByKey, placeholdersByName } from '../../server/src/reports/placeholders';
import { checkTemplate } from '../../server/src/reports/narrative';
import { useTestDatabase } from '../support/database';

describe('KPI placeholders in the office templates', () => {
  const db = useTestDatabase();

  it('are stored by key and shown by Chinese name', async () => {
    const words = '共{{分母:部门联合抽查占比}}项，联合{{分子:joint_task_share}}项，按时公示率{{数值:按时公示率}}，{{期间}}。';
    await saveTemplate(db().pool, { kind: 'summary', office: '联席办', overview: [words], requirements: ['要求'] });
    const { rows } = await db().pool.query(`select overview from report_template where kind = 'summary'`);
    expect(rows[0].overview).toEqual(['共{{分母:joint_task_share}}项，联合{{分子:joint_task_share}}项，按时公示率{{数值:timely_publication_rate}}，{{期间}}。']);
    const shown = placeholdersByName((await reportTemplate(db().pool, 'summary')).overview);
    expect(shown).toEqual(['共{{分母:部门联合抽查占比}}项，联合{{分子:部门联合抽查占比}}项，按时公示率{{数值:按时公示率}}，{{期间}}。']);
    await db().pool.query(`delete from report_template`);
  });

  it('leave what is not a KPI placeholder alone, and a typo is still refused', () => {
    expect(placeholdersByKey(['{{期间}}{{数值:不存在}}{{未达标部门数}}'])).toEqual(['{{期间}}{{数值:不存在}}{{未达标部门数}}']);
    expect(() => checkTemplate(['{{数值:不存在}}'])).toThrow('模板中有无法识别的占位符：{{数值:不存在}}');
    expect(() => checkTemplate(['{{数值:joint_task_share}}{{数值:部门联合抽查占比}}'])).not.toThrow();
  });
});
