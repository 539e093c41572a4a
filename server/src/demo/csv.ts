import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type Cell = string | number | null | undefined;

/** RFC 4180: quote only cells that need it, doubling embedded quotes. */
export function csvLine(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      const text = cell == null ? '' : String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** Writes rows as they are produced, buffering a little so the big files do not sit in memory. */
export class CsvFile {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    // UTF-8 without a BOM, '\n' line ends: the interchange format's contract.
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.buffer.push(csvLine(header) + '\n');
  }

  async row(cells: readonly Cell[]): Promise<void> {
    const line = csvLine(cells) + '\n';
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
    if (this.bufferedChars > 256 * 1024) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
