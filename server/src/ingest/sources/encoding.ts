import { createReadStream } from 'node:fs';

export type CsvEncoding = 'utf8-bom' | 'utf8' | 'gb18030';

/** The double quote: one byte in UTF-8 and GB18030 alike, never part of a multi-byte character in either. */
const QUOTE = 0x22;

/**
 * Chinese Excel saves "CSV (逗号分隔)" in GB18030/GBK and "CSV UTF-8" with a BOM; other tools write
 * UTF-8 without one. A file is UTF-8 only if every byte of it decodes as UTF-8, so the whole
 * file is scanned (streaming, constant memory) rather than guessed from its first bytes. The same
 * pass tells whether the file holds any double quote (a file without one is read faster, csv-plain.ts).
 */
export async function inspectCsv(file: string): Promise<{ encoding: CsvEncoding; quoted: boolean }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let bom = false;
  let utf8 = true;
  let quoted = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    if (first) {
      first = false;
      bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    }
    if (!quoted) quoted = bytes.includes(QUOTE);
    if (!bom && utf8) {
      try {
        decoder.decode(bytes, { stream: true });
      } catch {
        utf8 = false;
      }
    }
    if (quoted && (bom || !utf8)) break;
  }
  if (!bom && utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  return { encoding: bom ? 'utf8-bom' : utf8 ? 'utf8' : 'gb18030', quoted };
}
