/** A problem found in an imported file, located as the user sees it in Excel. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  file: string;
  sheet: string | null;
  /** 1-based row number as Excel shows it (the header is row 1); null for file-level issues. */
  row: number | null;
  column: string | null;
  value: string | null;
  /** The reason, in Chinese. */
  message: string;
}

export interface IssueLocation {
  file: string;
  sheet: string | null;
  row: number | null;
}

export function describeIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.sheet ? `工作表「${issue.sheet}」` : null, issue.row ? `第 ${issue.row} 行` : null,
    issue.column ? `「${issue.column}」列` : null].filter(Boolean).join(' ');
  const value = issue.value === null ? '' : `，值「${issue.value}」`;
  return `${issue.severity === 'error' ? '错误' : '提示'}：${where}${value}：${issue.message}`;
}
