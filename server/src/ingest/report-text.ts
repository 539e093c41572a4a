import { describeIssue, type IssueGroup } from './issues';
import type { ImportReport } from './run-import';

const groupLine = (unit: string) => (g: IssueGroup) =>
  `  ${g.column ? `「${g.column}」列` : '整个文件或表头'}：${g.message}（${g.count.toLocaleString('en-US')} ${unit}）`;

/** The import report as a console user reads it, in Chinese. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const heading = {
    committed: `导入成功（批次 ${report.batchId}）：${report.files.join('、')}`,
    unchanged: `导入完成，数据与已有数据完全相同，未作任何修改：${report.files.join('、')}`,
    validated: `试导入校验通过，未写入任何数据：${report.files.join('、')}`,
    rejected: `导入失败，发现 ${report.errorCount.toLocaleString('en-US')} 处错误，未写入任何数据。请按下列位置在 Excel 中修改后重新导入：`,
  }[report.outcome];
  lines.push(heading);
  if (report.outcome !== 'rejected') {
    const verb = report.outcome === 'validated' ? '将' : '';
    for (const c of report.counts) {
      if (c.inserted + c.updated + c.unchanged === 0) continue;
      lines.push(`  ${c.kind}：${verb}新增 ${c.inserted} 条，${verb}更新 ${c.updated} 条，未变 ${c.unchanged} 条`);
    }
  }
  const hiddenErrors = report.errorCount - report.errors.length;
  if (hiddenErrors > 0) {
    lines.push(`错误按列和原因汇总：`, ...report.errorGroups.map(groupLine('处')), `前 ${report.errors.length} 处错误：`);
  }
  for (const issue of report.errors) lines.push(`  ${describeIssue(issue)}`);
  if (hiddenErrors > 0) lines.push(`  ……另有 ${hiddenErrors.toLocaleString('en-US')} 处错误未逐条列出，见上面的汇总`);
  if (report.warningCount) {
    lines.push(`另有 ${report.warningCount.toLocaleString('en-US')} 条提示（不影响导入）：`);
    for (const issue of report.warnings) lines.push(`  ${describeIssue(issue)}`);
    const hiddenWarnings = report.warningCount - report.warnings.length;
    if (hiddenWarnings > 0) {
      lines.push(`  ……另有 ${hiddenWarnings.toLocaleString('en-US')} 条提示未逐条列出；按列和原因：`, ...report.warningGroups.map(groupLine('条')));
    }
  }
  return lines.join('\n');
}
