import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { UnreadableFileError } from './table';

/**
 * An xlsx file's zip archive, read from its central directory (random access, so the order of the
 * parts inside does not matter) and inflated one part at a time as a stream. Parts are refused
 * before inflating when they declare a size or compression ratio no workbook has, and again while
 * inflating if they inflate past what they declared.
 */

/** The whole workbook's XML (sheets and shared strings), inflated: a little over 10^6 rows of our widest table. */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;
/** Shared strings are held in memory for the sheets to refer to. */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;
/** Workbook, relationships and styles: a few kilobytes in any real workbook. */
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;
/**
 * Sheet XML of real data deflates 5–20 times (about 12 for our own 10^5-row export); a bomb of
 * repeated cells several hundred to a thousand times. Small parts may compress better.
 */
export const MAX_RATIO = 100;
const RATIO_FROM_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

function damaged(detail: string): UnreadableFileError {
  return new UnreadableFileError(`工作簿已损坏或不完整（${detail}）：请在 Excel 中打开后另存为 .xlsx`);
}

export class XlsxArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly parts: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(file: string): Promise<XlsxArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, z) =>
        error ? reject(new UnreadableFileError('文件不是有效的 xlsx 工作簿（找不到 zip 目录）：请在 Excel 中打开后另存为 .xlsx')) : resolve(z));
    });
    try {
      const parts = new Map<string, yauzl.Entry>();
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          if (parts.size >= MAX_ENTRIES) {
            reject(new UnreadableFileError(`工作簿中的部件超过 ${MAX_ENTRIES.toLocaleString('en-US')} 个，不是 Excel 保存的工作簿`));
            return;
          }
          parts.set(entry.fileName.replace(/^\//, ''), entry);
          zip.readEntry();
        });
        zip.once('end', resolve);
        // Kept for the archive's life: an 'error' event without a listener would end the process.
        zip.on('error', (error: Error) => reject(damaged(error.message)));
        zip.readEntry();
      });
      return new XlsxArchive(zip, parts);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /**
   * Refuses, before anything is inflated, a workbook whose sheets and shared strings declare more
   * than the caps, or compress as only a bomb does. `sheets` are the parts the workbook lists.
   */
  checkDeclaredSizes(sheets: string[], sharedStrings: string | null): void {
    let total = 0;
    for (const name of [...sheets, ...(sharedStrings ? [sharedStrings] : [])]) {
      const entry = this.parts.get(name);
      if (!entry) continue;
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > MAX_RATIO) {
        throw new UnreadableFileError(
          `工作簿的部件 ${name} 压缩了 ${Math.round(ratio).toLocaleString('en-US')} 倍（解压后 ${mb(entry.uncompressedSize)}），` +
          `真实数据不会这样：疑为“压缩炸弹”，已拒绝。请在 Excel 中删除空白的行列后另存，或导出为 CSV`,
        );
      }
    }
    if (total > MAX_INFLATED_BYTES) {
      throw new UnreadableFileError(`工作簿解压后有 ${mb(total)}，超过 ${mb(MAX_INFLATED_BYTES)} 的上限：请拆成几个文件，或导出为 CSV 后导入`);
    }
    const strings = sharedStrings ? this.parts.get(sharedStrings) : undefined;
    if (strings && strings.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
      throw new UnreadableFileError(`工作簿的共享文本解压后有 ${mb(strings.uncompressedSize)}，超过 ${mb(MAX_SHARED_STRINGS_BYTES)} 的上限：请导出为 CSV 后导入`);
    }
  }

  /**
   * The text of one part as it inflates, in chunks, never more than `cap` bytes (and never more
   * than the part declared: yauzl checks that while inflating).
   */
  async *text(name: string, cap = MAX_SMALL_PART_BYTES): AsyncGenerator<string> {
    const entry = this.parts.get(name);
    if (!entry) return;
    if (entry.uncompressedSize > cap) {
      throw new UnreadableFileError(`工作簿的部件 ${name} 解压后有 ${mb(entry.uncompressedSize)}，超过 ${mb(cap)} 的上限`);
    }
    if (entry.isEncrypted()) throw new UnreadableFileError('工作簿已加密：请在 Excel 中取消密码后另存为 .xlsx');
    const stream = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, s) => (error ? reject(damaged(error.message)) : resolve(s)));
    });
    const decoder = new TextDecoder('utf-8');
    let inflated = 0;
    try {
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        if (inflated > cap) throw new UnreadableFileError(`工作簿的部件 ${name} 解压后超过 ${mb(cap)} 的上限，已停止读取`);
        yield decoder.decode(chunk as Buffer, { stream: true });
      }
      yield decoder.decode();
    } catch (error) {
      if (error instanceof UnreadableFileError) throw error;
      const message = (error as Error).message;
      // yauzl counts the inflated bytes against the declared size.
      if (/too (many|few) bytes/.test(message)) {
        throw new UnreadableFileError(`工作簿的部件 ${name} 解压后的大小与它声明的不符：文件已损坏，或是伪装的“压缩炸弹”，已拒绝`);
      }
      throw damaged(message);
    } finally {
      stream.destroy();
    }
  }

  /** A small part's whole text (workbook, relationships, styles). */
  async readSmall(name: string): Promise<string | null> {
    if (!this.parts.has(name)) return null;
    let text = '';
    for await (const chunk of this.text(name)) text += chunk;
    return text;
  }

  close(): void {
    this.zip.close();
  }
}
