import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../server/src/ingest/issues';
import { formatImportReport } from '../../server/src/ingest/report-text';
import type { ImportReport } from '../../server/src/ingest/run-import';

const issue = (row: number, column: string, value: string | null, message: string, severity: ImportIssue['severity'] = 'error'): ImportIssue =>
  ({ severity, file: '部门.csv', sheet: null, row, column, value, message });

describe('the command line report of an import with more issues than it lists', () => {
  it('gives the total, the groups by column and reason, the listed ones and how many are not listed', () => {
    const report: ImportReport = {
      outcome: 'rejected', batchId: null, files: ['部门.csv'], counts: [],
      errors: [issue(2, '行政区划代码', '4114', '应为 6 位数字的行政区划代码'), issue(2, '持证执法人员数', '八', '应为整数')],
      errorCount: 165_000,
      errorGroups: [
        { column: '行政区划代码', message: '应为 6 位数字的行政区划代码', count: 150_000 },
        { column: '持证执法人员数', message: '应为整数', count: 15_000 },
      ],
      warnings: [issue(1, '备注', null, '不是导入模板中的列，已忽略', 'warning')],
      warningCount: 3,
      warningGroups: [{ column: '备注', message: '不是导入模板中的列，已忽略', count: 3 }],
      truncated: true,
    };
    expect(formatImportReport(report).split('\n')).toEqual([
      '导入失败，发现 165,000 处错误，未写入任何数据。请按下列位置在 Excel 中修改后重新导入：',
      '错误按列和原因汇总：',
      '  「行政区划代码」列：应为 6 位数字的行政区划代码（150,000 处）',
      '  「持证执法人员数」列：应为整数（15,000 处）',
      '前 2 处错误：',
      '  错误：部门.csv 第 2 行 「行政区划代码」列，值「4114」：应为 6 位数字的行政区划代码',
      '  错误：部门.csv 第 2 行 「持证执法人员数」列，值「八」：应为整数',
      '  ……另有 164,998 处错误未逐条列出，见上面的汇总',
      '另有 3 条提示（不影响导入）：',
      '  提示：部门.csv 第 1 行 「备注」列：不是导入模板中的列，已忽略',
      '  ……另有 2 条提示未逐条列出；按列和原因：',
      '  「备注」列：不是导入模板中的列，已忽略（3 条）',
    ]);
  });
});
