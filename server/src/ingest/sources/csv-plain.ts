import { UnreadableFileError } from './table';

/**
 * A CSV text without a single double quote is only lines of comma-separated cells: no field can
 * hold a comma or a line break. Read so, such a file (what most systems export) costs a fifth of
 * csv-parse's time at 10^6 rows; a file with any quote goes through csv-parse. The result is the
 * same record for record (tests/ingest/csv-plain.test.ts compares the two): the line ending is the
 * first one met (\r\n, \n or \r) and stays so, a blank line is one empty cell, a last line break
 * ends the last record without adding one, and a line over `maxChars` fails the file.
 */
export class PlainCsvSplitter {
  private rest = '';
  private ending: string | null = null;
  private records = 0;

  constructor(private readonly maxChars: number) {}

  /** The records completed by `text`, the next chunk of the file. */
  push(text: string): string[][] {
    let input = this.rest + text;
    if (this.ending === null) {
      const at = input.search(/[\r\n]/);
      // A \r last in the chunk may be the start of \r\n: decide when the next chunk comes.
      if (at < 0 || (input[at] === '\r' && at === input.length - 1)) return this.keep(input);
      this.ending = input[at] === '\n' ? '\n' : input[at + 1] === '\n' ? '\r\n' : '\r';
    }
    const lines = input.split(this.ending);
    input = lines.pop() as string;
    const out: string[][] = [];
    for (const line of lines) out.push(this.record(line));
    this.keep(input);
    return out;
  }

  /** The last record, when the file does not end with a line break. */
  end(): string[][] {
    const last = this.rest;
    this.rest = '';
    // A \r held back for a \n that never came was the line ending.
    if (this.ending === null && last.endsWith('\r')) return [this.record(last.slice(0, -1))];
    return last === '' ? [] : [this.record(last)];
  }

  private keep(rest: string): string[][] {
    if (rest.length > this.maxChars) this.tooLong(this.records + 1);
    this.rest = rest;
    return [];
  }

  private record(line: string): string[] {
    this.records++;
    if (line.length > this.maxChars) this.tooLong(this.records);
    return line.split(',');
  }

  private tooLong(row: number): never {
    throw new UnreadableFileError(
      `第 ${row} 行超过 ${this.maxChars.toLocaleString('en-US')} 个字符：文件缺少换行或有未闭合的引号，不像是 CSV 文件`, row);
  }
}
