import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { issueReport, reportChanges, reportFile, ReportError } from '../../server/src/reports/report-operations';
import { findReport, insertReport, updateReportText } from '../../server/src/store/repositories/report.repository';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';

describe('an issued report', () => {
  const db = useTestDatabase();
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.item('I1', 'B');
    await b.task('T1', { initiator: 'A', starts: '2024-07-02', due: '2024-08-31', completed: '2024-08-20' });
    await b.task('T2', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05', due: '2024-09-30', completed: '2024-09-01' });
  });

  const draft = () => insertReport(db().pool, {
    kind: 'circular', from: '2024-07-01', to: '2024-09-30', asOf: '2024-10-31', office: '睢县双随机办', number: '睢双随机办〔2024〕3号',
    overview: ['{{期间}}共开展抽查任务{{分母:部门联合抽查占比}}个，联合抽查占{{数值:部门联合抽查占比}}。'], requirements: ['按时公示。'], departmentCode: null,
  });

  it('stays byte for byte as issued after new data, lists the figures that changed, and cannot be edited', async () => {
    const report = await draft();
    const setting = await b.setting();
    const issued = await issueReport(db().pool, setting, report.id, { username: 'zhangming', displayName: '张明' });
    expect([issued.status, issued.issuedBy, issued.fileName]).toEqual(['ISSUED', '张明', '2024年第三季度季通报.docx']);
    const before = await reportFile(db().pool, async () => setting, issued);
    expect(await reportChanges(db().pool, setting, report.id)).toEqual([]);

    // A late import, as a department sends it (CSV in GB18030), adds a joint task to the quarter.
    const dir = await tempDir();
    await writeCsv(path.join(dir, '抽查任务.csv'), [
      ['任务编号', '任务名称', '发起部门代码', '配合部门代码', '抽查事项编码', '信用风险分类抽查', '开始日期', '截止日期', '完成日期'],
      ['T3', '补录的联合抽查任务', 'B', 'A', 'I1', '否', '2024-08-01', '2024-09-30', '2024-09-10'],
    ], 'gb18030');
    expect((await runImport(db().pool, [{ path: dir }], { source: 'CLI' })).outcome).toBe('committed');
    const after = await reportFile(db().pool, () => b.setting(), (await findReport(db().pool, report.id))!);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    // The same report made again today would say something else: the frozen one is what was sent.
    const remade = await reportFile(db().pool, () => b.setting(), { ...issued, status: 'DRAFT' });
    expect(remade.bytes.equals(before.bytes)).toBe(false);
    expect(await reportChanges(db().pool, await b.setting(), report.id)).toEqual([
      { key: 'joint_task_share', name: '部门联合抽查占比', issued: { numerator: 1, denominator: 2, value: 0.5 }, now: { numerator: 2, denominator: 3, value: 2 / 3 } },
      { key: 'credit_tiered_task_share', name: '信用风险分类抽查任务占比', issued: { numerator: 0, denominator: 2, value: 0 }, now: { numerator: 0, denominator: 3, value: 0 } },
      // B's one item, I1, was unused until T3.
      { key: 'item_coverage', name: '抽查事项覆盖率', issued: { numerator: 0, denominator: 1, value: 0 }, now: { numerator: 1, denominator: 1, value: 1 } },
    ]);

    await expect(updateReportText(db().pool, report.id, { office: '改', number: '', overview: [], requirements: [] }))
      .rejects.toThrow(/已于 .* 签发，不能修改或删除/);
    await expect(db().pool.query('delete from report where id = $1', [report.id])).rejects.toThrow(/不能修改或删除/);
    await expect(issueReport(db().pool, setting, report.id, { username: 'lihua', displayName: '李华' })).rejects.toThrow(ReportError);
  });

  it('as a draft, follows the data and the office\'s edits', async () => {
    const report = await draft();
    const edited = await updateReportText(db().pool, report.id, { ...report, number: '睢双随机办〔2024〕4号' });
    expect(edited!.number).toBe('睢双随机办〔2024〕4号');
    expect(await reportChanges(db().pool, await b.setting(), report.id)).toEqual([]);
    await expect(issueReport(db().pool, await b.setting(), report.id, { username: 'x', displayName: '  ' })).rejects.toThrow('请填写签发人');
  });
});
