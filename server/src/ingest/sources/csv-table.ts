import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { PlainCsvSplitter } from './csv-plain';
import { inspectCsv } from './encoding';
import { UnreadableFileError, type SourceRow } from './table';

/** Longest record read: a file without line breaks (or one open quote) would otherwise be held whole. */
const MAX_RECORD_CHARS = 1 << 20;

function unreadable(error: CsvError): UnreadableFileError {
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  const at = line ? `第 ${line} 行` : '文件中';
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new UnreadableFileError(`${at}超过 ${MAX_RECORD_CHARS.toLocaleString('en-US')} 个字符：文件缺少换行或有未闭合的引号，不像是 CSV 文件`, line);
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new UnreadableFileError(`${at}起的双引号没有闭合，请检查该行`, line);
  return new UnreadableFileError(`${at}无法按 CSV 读取（${error.code}），请在 Excel 中另存为 CSV 后导入`, line);
}

/** Streams a CSV file's records as rows numbered as Excel would show them (header = row 1). */
export async function* readCsvRows(file: string): AsyncGenerator<SourceRow> {
  const { encoding, quoted } = await inspectCsv(file);
  const bytes = createReadStream(file, { start: encoding === 'utf8-bom' ? 3 : 0, highWaterMark: 1 << 20 });
  const text = encoding === 'gb18030' ? bytes.pipe(iconv.decodeStream('gb18030')) : bytes.setEncoding('utf8');
  let number = 0;
  try {
    if (!quoted) {
      const splitter = new PlainCsvSplitter(MAX_RECORD_CHARS);
      for await (const chunk of text) {
        for (const cells of splitter.push(chunk as string)) yield { number: ++number, cells };
      }
      for (const cells of splitter.end()) yield { number: ++number, cells };
      return;
    }
    const parser = text.pipe(
      parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false, max_record_size: MAX_RECORD_CHARS }),
    );
    for await (const record of parser) {
      number++;
      yield { number, cells: record as string[] };
    }
  } catch (error) {
    throw error instanceof CsvError ? unreadable(error) : error;
  } finally {
    bytes.destroy();
  }
}
