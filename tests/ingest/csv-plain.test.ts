import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PlainCsvSplitter } from '../../server/src/ingest/sources/csv-plain';
import { UnreadableFileError } from '../../server/src/ingest/sources/table';

/** Every record of `text`, fed to the splitter in pieces of `size` characters. */
function split(text: string, size: number, max = 1 << 20): string[][] {
  const splitter = new PlainCsvSplitter(max);
  const out: string[][] = [];
  for (let at = 0; at < text.length; at += size) out.push(...splitter.push(text.slice(at, at + size)));
  out.push(...splitter.end());
  return out;
}

const csvParse = (text: string): string[][] =>
  parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false });

describe('a CSV without quotes, read by lines', () => {
  it('splits cells and records as written', () => {
    expect(split('部门代码,部门名称\nD1,市场监管局\nD2,\n', 4)).toEqual([['部门代码', '部门名称'], ['D1', '市场监管局'], ['D2', '']]);
    expect(split('a,b\r\nc,d', 3)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(split('a\r\rb', 1)).toEqual([['a'], [''], ['b']]);
    // The first line ending met is the file's: a lone \r inside a \n file stays in its cell.
    expect(split('a\nb\rc\n', 2)).toEqual([['a'], ['b\rc']]);
    expect(split('', 5)).toEqual([]);
  });

  it('gives what csv-parse gives, however the chunks fall', () => {
    const pieces = ['a', '甲', ',', ',', '\n', '\r\n', '\r', ' ', '1'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let sample = 0; sample < 300; sample++) {
      const text = Array.from({ length: 1 + (sample % 40) }, () => pieces[next()]).join('');
      const expected = csvParse(text);
      for (const size of [1, 2, 3, 7, 1000]) expect(split(text, size), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('refuses a line longer than the limit, naming its row', () => {
    const attempt = (text: string, size: number) => () => split(text, size, 10);
    expect(attempt('a,b\n0123456789AB\n', 100)).toThrow(new UnreadableFileError('第 2 行超过 10 个字符：文件缺少换行或有未闭合的引号，不像是 CSV 文件', 2));
    // Without an end: refused as soon as the unfinished line outgrows the limit.
    expect(attempt(`a\n${'x'.repeat(50)}`, 4)).toThrow('第 2 行超过 10 个字符');
  });
});
