import { createReadStream } from 'node:fs';

export type CsvEncoding = 'utf8-bom' | 'utf8' | 'gb18030';

/**
 * Chinese Excel saves "CSV (逗号分隔)" in GB18030/GBK and "CSV UTF-8" with a BOM; other tools write
 * UTF-8 without one. A file is UTF-8 only if every byte of it decodes as UTF-8, so the whole
 * file is scanned (streaming, constant memory) rather than guessed from its first bytes.
 */
export async function detectCsvEncoding(file: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8-bom';
      }
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}
