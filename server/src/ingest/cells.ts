import { parseUserDate } from '../domain/dates';
import type { ImportIssue } from './issues';
import type { CellValue } from './sources/table';

const NO_OPTIONS = {};
const SPACE = /\s/;

/** Separators users put between list items; code lists also take 、 and , (category labels contain 、). */
const LIST_SEPARATORS = /[;；]/;
const CODE_LIST_SEPARATORS = /[;；、,，]/;

/** Each vocabulary's labels to codes, built once: a lookup per cell, 10^6 cells in one import. */
const CODES_BY_LABEL = new WeakMap<object, ReadonlyMap<string, string>>();
function codeOf<K extends string>(vocabulary: Record<K, string>, label: string): K | undefined {
  let codes = CODES_BY_LABEL.get(vocabulary);
  if (!codes) {
    // The first code of a label wins, as a search in key order would find it.
    codes = new Map((Object.keys(vocabulary) as K[]).reverse().map((k) => [vocabulary[k], k]));
    CODES_BY_LABEL.set(vocabulary, codes);
  }
  return codes.get(label) as K | undefined;
}

/** Sorted and without repeats, as `[...new Set(values)].sort()` gives them; a list of one or two needs no set. */
function sortedUnique<T extends string>(values: T[]): T[] {
  if (values.length < 2) return values;
  if (values.length === 2) {
    const [a, b] = values;
    return a === b ? [a] : a < b ? values : [b, a];
  }
  return [...new Set(values)].sort();
}

export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return parseUserDate(value) ?? String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value).trim();
}

/**
 * Reads the cells of one row by header, recording a Chinese issue for every bad value.
 * Accessors return null (or []) for a bad or missing value, so a parser can go on and report
 * every problem of the row, not only the first.
 */
export class RowReader {
  readonly issues: ImportIssue[] = [];

  constructor(
    private readonly where: { file: string; sheet: string | null; row: number },
    private readonly index: ReadonlyMap<string, number>,
    private readonly cells: readonly CellValue[],
  ) {}

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  raw(header: string): CellValue {
    const at = this.index.get(header);
    return at === undefined ? null : (this.cells[at] ?? null);
  }

  error(header: string | null, message: string, value?: string | null): void {
    this.push('error', header, message, value);
  }

  warn(header: string | null, message: string, value?: string | null): void {
    this.push('warning', header, message, value);
  }

  private push(severity: ImportIssue['severity'], header: string | null, message: string, value?: string | null) {
    const shown = value !== undefined ? value : header ? cellText(this.raw(header)) : null;
    this.issues.push({ severity, ...this.where, column: header, value: shown === '' ? null : shown, message });
  }

  text(header: string, options: { required?: boolean; max?: number } = NO_OPTIONS): string | null {
    return this.bounded(header, options.required, options.max ?? 500);
  }

  private bounded(header: string, required: boolean | undefined, max: number): string | null {
    const text = cellText(this.raw(header));
    if (text === '') {
      if (required) this.error(header, '必填项为空');
      return null;
    }
    if (text.length > max) {
      this.error(header, `长度不能超过 ${max} 个字符，实为 ${text.length} 个`);
      return null;
    }
    return text;
  }

  /** A code: text without spaces inside. */
  code(header: string, options: { required?: boolean; max?: number } = NO_OPTIONS): string | null {
    const text = this.bounded(header, options.required, options.max ?? 64);
    if (text !== null && SPACE.test(text)) {
      this.error(header, '编码中不能含有空格');
      return null;
    }
    return text;
  }

  date(header: string, options: { required?: boolean } = {}): string | null {
    const value = this.raw(header);
    const text = typeof value === 'string' ? value.trim() : null;
    if ((text ?? cellText(value)) === '') {
      if (options.required) this.error(header, '必填项为空');
      return null;
    }
    const date = parseUserDate(text ?? value);
    if (date === null) this.error(header, '不是有效日期，应写作 2024-03-05 或 2024/3/5');
    return date;
  }

  yesNo(header: string, options: { required?: boolean; fallback?: boolean } = {}): boolean | null {
    const text = cellText(this.raw(header));
    if (text === '') {
      if (options.required) this.error(header, '必填项为空，应填 是 或 否');
      return options.fallback ?? null;
    }
    if (['是', 'Y', 'y', '1', 'TRUE', 'true'].includes(text)) return true;
    if (['否', 'N', 'n', '0', 'FALSE', 'false'].includes(text)) return false;
    this.error(header, '应填 是 或 否');
    return null;
  }

  integer(header: string, options: { required?: boolean; min?: number; max?: number } = {}): number | null {
    const text = cellText(this.raw(header)).replace(/,/g, '');
    if (text === '') {
      if (options.required) this.error(header, '必填项为空');
      return null;
    }
    const value = Number(text);
    if (!/^-?\d+(\.0+)?$/.test(text) || !Number.isSafeInteger(value)) {
      this.error(header, '应为整数');
      return null;
    }
    if (options.min !== undefined && value < options.min) {
      this.error(header, `不能小于 ${options.min}`);
      return null;
    }
    if (options.max !== undefined && value > options.max) {
      this.error(header, `不能大于 ${options.max}`);
      return null;
    }
    return value;
  }

  /** A percentage written `5`, `5%` or `0.5%`; an xlsx cell formatted as percent holds 0.05. */
  percent(header: string): number | null {
    const value = this.raw(header);
    const text = cellText(value);
    if (text === '') return null;
    const match = /^(\d+(?:\.\d+)?)\s*[%％]?$/.exec(text);
    let percent = match ? Number(match[1]) : NaN;
    if (typeof value === 'number' && value > 0 && value < 1) percent = value * 100;
    if (!(percent > 0 && percent <= 100)) {
      this.error(header, '应为 0 到 100 之间的百分比，如 5 或 5%');
      return null;
    }
    return Math.round(percent * 10000) / 10000;
  }

  /** One label of a vocabulary, mapped to its code. */
  choice<K extends string>(header: string, vocabulary: Record<K, string>, options: { required?: boolean } = {}): K | null {
    const text = this.text(header, options);
    if (text === null) return null;
    const code = codeOf(vocabulary, text);
    if (!code) this.error(header, `应为以下之一：${Object.values(vocabulary).join('、')}`);
    return code ?? null;
  }

  /** Several labels of a vocabulary separated by ; (not 、: official labels contain it). */
  choices<K extends string>(header: string, vocabulary: Record<K, string>, options: { required?: boolean } = {}): K[] {
    const parts = this.split(header, LIST_SEPARATORS, options.required);
    const codes: K[] = [];
    for (const part of parts) {
      const code = codeOf(vocabulary, part);
      if (code) codes.push(code);
      else this.error(header, `「${part}」不是规定的取值，应为：${Object.values(vocabulary).join('；')}（多个用 ; 分隔）`);
    }
    return sortedUnique(codes);
  }

  /** A list of codes, sorted and without repeats so that re-imports compare equal. */
  codes(header: string, options: { required?: boolean } = {}): string[] {
    const parts = this.split(header, CODE_LIST_SEPARATORS, options.required);
    for (const part of parts) if (SPACE.test(part) || part.length > 64) this.error(header, `编码「${part}」无效`);
    return sortedUnique(parts);
  }

  /** Free-text list items (such as 专长), joined back with ；for storage. */
  list(header: string): string | null {
    const parts = this.split(header, LIST_SEPARATORS, false);
    return parts.length ? parts.join('；') : null;
  }

  private split(header: string, separators: RegExp, required?: boolean): string[] {
    const text = cellText(this.raw(header));
    const parts: string[] = [];
    // A single item (most cells) is the trimmed text itself: no split, no copies.
    if (!separators.test(text)) {
      if (text !== '') parts.push(text);
    } else {
      for (const piece of text.split(separators)) {
        const part = piece.trim();
        if (part !== '') parts.push(part);
      }
    }
    if (parts.length === 0 && required) this.error(header, '必填项为空');
    return parts;
  }
}
