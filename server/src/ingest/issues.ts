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

/** How many issues of each severity a report lists; the rest are counted, by group. */
export const LISTED_ISSUES = 1000;
/** Distinct (column, reason) groups kept per severity; beyond, they count as one 其他原因. */
const MAX_GROUPS = 500;

/** Issues of one column and one reason, whatever the row and value. */
export interface IssueGroup {
  column: string | null;
  message: string;
  count: number;
}

/**
 * The reason of a message without the row's own values (quoted values, codes, dates, numbers),
 * so that a million bad rows fall into a few groups: 「甲」不是规定的取值 and 「乙」不是规定的取值 are one.
 */
export function reasonOf(message: string): string {
  return message
    .replace(/「[^」]*」/g, '「…」')
    .replace(/(^|[\s（(])[^\s，。；：、（）()「」]*\d[^\s，。；：、（）()「」]*(?=$|[\s，。；：、（）()])/g, '$1…');
}

const inFileOrder = (a: ImportIssue, b: ImportIssue) =>
  a.file.localeCompare(b.file) || (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0);

type Severity = ImportIssue['severity'];

/**
 * Collects an import's issues in constant memory: every issue is counted in its group, and only
 * the first LISTED_ISSUES of each severity in file and row order are kept.
 */
export class IssueLog {
  private readonly listed: Record<Severity, ImportIssue[]> = { error: [], warning: [] };
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0 };
  private readonly groups: Record<Severity, Map<string, IssueGroup>> = { error: new Map(), warning: new Map() };

  get errorCount(): number {
    return this.counts.error;
  }

  add(issue: ImportIssue): void {
    this.count(issue.severity, issue.column, reasonOf(issue.message), 1, issue.message);
    this.list(issue);
  }

  /**
   * Issues counted elsewhere (by SQL): `count` of them in one group. A group shows its message as
   * is while all its issues share it, and the reason (with … for the values) once they differ.
   */
  count(severity: Severity, column: string | null, reason: string, count: number, message = reason): void {
    this.counts[severity] += count;
    const groups = this.groups[severity];
    let key = JSON.stringify([column, reason]);
    if (!groups.has(key) && groups.size >= MAX_GROUPS) {
      [column, reason, message] = [null, '其他原因', '其他原因'];
      key = JSON.stringify([column, reason]);
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { column, message, count });
    else {
      group.count += count;
      if (group.message !== message) group.message = reason;
    }
  }

  /** Offers an issue (already counted) for the list; only the first ones in file order stay. */
  list(issue: ImportIssue): void {
    const listed = this.listed[issue.severity];
    listed.push(issue);
    // Sorting once per LISTED_ISSUES additions keeps the cost at O(n log LISTED_ISSUES); the sort is stable,
    // so issues of one row keep the order in which they were found.
    if (listed.length >= 2 * LISTED_ISSUES) this.trim(listed);
  }

  private trim(listed: ImportIssue[]): void {
    listed.sort(inFileOrder);
    listed.length = Math.min(listed.length, LISTED_ISSUES);
  }

  summary(): IssueSummary {
    for (const listed of Object.values(this.listed)) this.trim(listed);
    const byCount = (groups: Map<string, IssueGroup>) => [...groups.values()].sort((a, b) => b.count - a.count);
    return {
      errors: this.listed.error,
      warnings: this.listed.warning,
      errorCount: this.counts.error,
      warningCount: this.counts.warning,
      errorGroups: byCount(this.groups.error),
      warningGroups: byCount(this.groups.warning),
      truncated: this.counts.error > this.listed.error.length || this.counts.warning > this.listed.warning.length,
    };
  }
}

/** The issues part of an import report. */
export interface IssueSummary {
  /** The first LISTED_ISSUES errors in file and row order. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  errorCount: number;
  warningCount: number;
  /** Every error counted by column and reason, most frequent first. */
  errorGroups: IssueGroup[];
  warningGroups: IssueGroup[];
  /** True when more issues were found than are listed. */
  truncated: boolean;
}
