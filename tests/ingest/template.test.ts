import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

describe('the template workbook', () => {
  const db = useTestDatabase();

  it('committed in docs/ carries exactly the interchange headers, sheet by sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.resolve('docs/导入模板.xlsx'));
    const headers = Object.fromEntries(
      workbook.worksheets.slice(1).map((sheet) => [sheet.name, (sheet.getRow(1).values as string[]).slice(1)]),
    );
    expect(workbook.worksheets[0].name).toBe('填写说明');
    expect(headers).toEqual({
      部门: ['部门代码', '部门名称', '行政区划代码', '持证执法人员数', '联席会议成员'],
      抽查事项: ['事项编码', '事项名称', '部门代码', '事项类别', '抽查比例上限', '抽查依据'],
      检查对象: ['统一社会信用代码', '名称', '主体类型', '行业代码', '行政区划代码', '信用风险等级', '入库部门'],
      执法人员: ['执法证号', '姓名', '部门代码', '执法证有效期至', '专长'],
      抽查计划: ['计划编号', '计划名称', '年度', '发起部门代码', '配合部门代码', '录入日期', '公示日期'],
      抽查任务: ['任务编号', '计划编号', '任务名称', '发起部门代码', '配合部门代码', '抽查事项编码', '信用风险分类抽查', '开始日期', '截止日期',
        '完成日期', 'A类库内户数', 'A类抽取户数', 'B类库内户数', 'B类抽取户数', 'C类库内户数', 'C类抽取户数', 'D类库内户数', 'D类抽取户数'],
      检查结果: ['任务编号', '统一社会信用代码', '检查部门代码', '检查日期', '检查方式', '检查结果', '公示日期', '后续处置', '检查人员执法证号'],
    });
  });

  it('filled with one department imports it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.resolve('docs/导入模板.xlsx'));
    workbook.getWorksheet('部门')!.addRow(['SCJGJ', '县市场监督管理局', '411422', '50', '是']);
    const file = path.join(await tempDir(), '部门数据.xlsx');
    await workbook.xlsx.writeFile(file);
    const report = await runImport(db().pool, [{ path: file }], { source: 'CLI' });
    expect([report.outcome, report.errors, report.warnings]).toEqual(['committed', [], []]);
    expect(report.counts.find((c) => c.kind === '部门')).toEqual({ kind: '部门', inserted: 1, updated: 0, unchanged: 0 });
  });
});
