import { open } from 'node:fs/promises';

/** How much of a file is looked at before anything reads it whole. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, ...bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: .xls workbooks, and .xlsx workbooks saved with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Share of control bytes (other than tab, CR, LF, form feed) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.01;

function csvRefusal(head: Buffer): string | null {
  if (startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff)) {
    return '文件是 UTF-16 编码的文本（Excel 的“Unicode 文本”），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后导入';
  }
  if (startsWith(head, ...ZIP)) return '文件实为 xlsx 工作簿而不是 CSV：请把扩展名改为 .xlsx，或在 Excel 中另存为 CSV';
  if (startsWith(head, ...OLE)) return '文件实为旧版 Excel（.xls）工作簿而不是 CSV：请在 Excel 中另存为 CSV 或 .xlsx';
  let nul = 0;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) nul++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  // Text in UTF-8 or GB18030 never holds a NUL byte.
  if (nul > 0 || control > head.length * MAX_CONTROL_SHARE) {
    return '文件含有二进制内容（如 NUL 字节），不是 CSV 文本文件：请在 Excel 中打开原始数据，另存为 CSV 后导入';
  }
  return null;
}

function xlsxRefusal(head: Buffer): string | null {
  if (startsWith(head, ...ZIP)) return null;
  if (startsWith(head, ...OLE)) {
    return '文件是旧版 Excel（.xls）工作簿或设置了打开密码的工作簿：请在 Excel 中取消密码并另存为 .xlsx 后导入';
  }
  return '文件不是有效的 xlsx 工作簿（已损坏，或并非 Excel 文件）：请在 Excel 中打开后另存为 .xlsx';
}

/**
 * Why a file whose first bytes are `head` cannot be what its name says, in Chinese; null when it
 * may be. An empty file passes: it is reported as having no header row.
 */
export function sniffRefusal(name: string, head: Buffer): string | null {
  if (head.length === 0) return null;
  if (/\.csv$/i.test(name)) return csvRefusal(head);
  if (/\.xlsx$/i.test(name)) return xlsxRefusal(head);
  return null;
}

/** The first SNIFF_BYTES of a file. */
export async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
