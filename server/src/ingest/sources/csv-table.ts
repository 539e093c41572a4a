import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectCsvEncoding } from './encoding';
import type { SourceRow } from './table';

/** Streams a CSV file's records as rows numbered as Excel would show them (header = row 1). */
export async function* readCsvRows(file: string): AsyncGenerator<SourceRow> {
  const encoding = await detectCsvEncoding(file);
  const bytes = createReadStream(file, { start: encoding === 'utf8-bom' ? 3 : 0, highWaterMark: 1 << 20 });
  const text = encoding === 'gb18030' ? bytes.pipe(iconv.decodeStream('gb18030')) : bytes.setEncoding('utf8');
  const parser = text.pipe(
    parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }),
  );
  let number = 0;
  for await (const record of parser) {
    number++;
    yield { number, cells: record as string[] };
  }
}
