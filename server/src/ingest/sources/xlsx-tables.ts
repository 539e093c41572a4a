import path from 'node:path/posix';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_INFLATED_BYTES, MAX_SHARED_STRINGS_BYTES, XlsxArchive } from './xlsx-archive';
import { UnreadableFileError, type CellValue, type SourceRow } from './table';

/**
 * Reads xlsx workbooks as streams: the archive's central directory first (sizes checked, see
 * xlsx-archive), then workbook, relationships, styles and shared strings, then each sheet's XML
 * parsed as it inflates, a row at a time. Memory holds the shared strings and one chunk of a
 * sheet, never the sheet. (exceljs reads whole workbooks, and its streaming reader races when
 * xl/workbook.xml comes last in the archive: exceljs issue #3064.)
 */

export interface XlsxSheet {
  name: string;
  /** The sheet's rows, in batches of what one inflated chunk held. */
  rows: AsyncIterable<SourceRow[]>;
}

/** Excel's own limits: a sheet beyond them was not saved by Excel. */
export const MAX_SHEET_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Cells read in one workbook, empty ones included (10^6 rows of our widest table have about 2·10^7). */
export const MAX_CELLS = 30_000_000;
/** Excel holds at most 32,767 characters in a cell. */
const MAX_CELL_CHARS = 32_767;

/** Namespaces are not resolved: OOXML's are fixed, and some writers prefix every element (x:row). */
const xmlParser = () => new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
const local = (name: string) => name.slice(name.indexOf(':') + 1);
function attr(node: SaxesTagPlain, name: string): string | undefined {
  const attributes = node.attributes;
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (local(key) === name) return attributes[key];
  return undefined;
}

function xmlError(part: string, error: Error): UnreadableFileError {
  return new UnreadableFileError(`工作簿的部件 ${part} 不是有效的 XML（${error.message.slice(0, 80)}）：请在 Excel 中打开后另存为 .xlsx`);
}

/** Parses a small part whole, calling `open` for each element. */
async function eachElement(archive: XlsxArchive, part: string, open: (name: string, node: SaxesTagPlain) => void): Promise<boolean> {
  const text = await archive.readSmall(part);
  if (text === null) return false;
  const parser = xmlParser();
  parser.on('opentag', (node) => open(local(node.name), node));
  try {
    parser.write(text).close();
  } catch (error) {
    throw xmlError(part, error as Error);
  }
  return true;
}

/** Relationship id → part name, for the relationships of `part`. */
async function relationships(archive: XlsxArchive, part: string): Promise<Map<string, { type: string; target: string }>> {
  const rels = new Map<string, { type: string; target: string }>();
  const dir = path.dirname(part);
  await eachElement(archive, path.join(dir, '_rels', `${path.basename(part)}.rels`), (name, node) => {
    const [id, target, type] = [attr(node, 'Id'), attr(node, 'Target'), attr(node, 'Type') ?? ''];
    if (name !== 'Relationship' || !id || !target || attr(node, 'TargetMode') === 'External') return;
    rels.set(id, { type, target: target.startsWith('/') ? target.slice(1) : path.join(dir, target) });
  });
  return rels;
}

/** Built-in number formats that show dates (the CJK ones included), as exceljs and Excel read them. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** For each cell style index, whether its number format shows a date. */
async function dateStyles(archive: XlsxArchive, part: string | undefined): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  const formatIds: number[] = [];
  let inCellXfs = false;
  if (part) {
    await eachElement(archive, part, (name, node) => {
      if (name === 'numFmt') custom.set(Number(attr(node, 'numFmtId')), attr(node, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'cellStyles' || name === 'dxfs') inCellXfs = false;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attr(node, 'numFmtId') ?? 0));
    });
  }
  for (const id of formatIds) styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id));
  return styles;
}

async function sharedStrings(archive: XlsxArchive, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part || !archive.has(part)) return strings;
  const parser = xmlParser();
  let text = '';
  let inText = false;
  let phonetic = false;
  const collect = (t: string) => {
    if (inText && !phonetic) text += t;
  };
  parser.on('opentag', (node) => {
    const name = local(node.name);
    if (name === 'si') text = '';
    else if (name === 't') inText = true;
    // Phonetic guides (furigana) are not part of the cell's text.
    else if (name === 'rPh') phonetic = true;
  });
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (node) => {
    const name = local(node.name);
    if (name === 'si') strings.push(text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text);
    else if (name === 't') inText = false;
    else if (name === 'rPh') phonetic = false;
  });
  try {
    for await (const chunk of archive.text(part, MAX_SHARED_STRINGS_BYTES)) parser.write(chunk);
    parser.close();
  } catch (error) {
    throw error instanceof UnreadableFileError ? error : xmlError(part, error as Error);
  }
  return strings;
}

function columnIndex(ref: string | undefined, next: number): number {
  if (!ref) return next;
  let column = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
    if (column > MAX_COLUMNS) return column - 1;
  }
  return column === 0 ? next : column - 1;
}

/** Excel serial day (1900 or 1904 system) to the instant exceljs gives for it. */
const serialToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface Workbook {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  cells: number;
}

/** Streams one sheet's rows; rows missing from the XML come as empty rows, as Excel shows them. */
async function* sheetRows(archive: XlsxArchive, part: string, sheet: string, book: Workbook): AsyncGenerator<SourceRow[]> {
  const parser = xmlParser();
  let ready: SourceRow[] = [];
  const taken = () => {
    const batch = ready;
    ready = [];
    return batch;
  };
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = 0;
  let type = 'n';
  let style = 0;
  let text = '';
  let collecting = false;
  let inline = false;
  let phonetic = false;
  const refuse = (message: string) => {
    throw new UnreadableFileError(`工作表「${sheet}」${message}`, rowNumber || null);
  };
  const collect = (t: string) => {
    if (!collecting || phonetic) return;
    text += t;
    if (text.length > MAX_CELL_CHARS * 4) refuse('有一个单元格的文字过长，不是 Excel 保存的工作簿');
  };
  parser.on('opentag', (node) => {
    const name = local(node.name);
    if (name === 'row') {
      const r = Number(attr(node, 'r'));
      const number = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
      if (number > MAX_SHEET_ROWS) refuse(`超过 ${MAX_SHEET_ROWS.toLocaleString('en-US')} 行（Excel 的上限）：不是 Excel 保存的工作簿，请拆分或导出为 CSV`);
      for (let gap = rowNumber + 1; gap < number; gap++) ready.push({ number: gap, cells: [] });
      rowNumber = number;
      cells = [];
      column = 0;
    } else if (name === 'c') {
      if (++book.cells > MAX_CELLS) refuse(`所在的工作簿单元格超过 ${MAX_CELLS.toLocaleString('en-US')} 个的上限：请拆成几个文件，或导出为 CSV`);
      column = columnIndex(attr(node, 'r'), column);
      if (column >= MAX_COLUMNS) refuse(`超过 ${MAX_COLUMNS.toLocaleString('en-US')} 列（Excel 的上限）：不是 Excel 保存的工作簿`);
      type = attr(node, 't') ?? 'n';
      style = Number(attr(node, 's') ?? 0);
      text = '';
      inline = false;
    } else if (name === 'v') collecting = true;
    else if (name === 'is') inline = true;
    else if (name === 't' && inline) collecting = true;
    else if (name === 'rPh') phonetic = true;
  });
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (node) => {
    const name = local(node.name);
    if (name === 'v' || name === 't') collecting = false;
    else if (name === 'rPh') phonetic = false;
    else if (name === 'c') {
      cells[column] = cellValue(type, text, style, book);
      column++;
    } else if (name === 'row') ready.push({ number: rowNumber, cells });
  });
  let failure: unknown = null;
  try {
    for await (const chunk of archive.text(part, MAX_INFLATED_BYTES)) {
      try {
        parser.write(chunk);
      } catch (error) {
        // The rows before the fault are read first: their own errors come before it, as in the sheet.
        failure = error;
      }
      if (ready.length) yield taken();
      if (failure) break;
    }
    if (!failure) parser.close();
  } catch (error) {
    failure = error;
  }
  if (ready.length) yield taken();
  if (failure) throw failure instanceof UnreadableFileError ? failure : xmlError(part, failure as Error);
}

function cellValue(type: string, text: string, style: number, book: Workbook): CellValue {
  switch (type) {
    case 's':
      return text === '' ? null : (book.strings[Number(text)] ?? null);
    case 'str':
    case 'inlineStr':
    case 'e':
      return text;
    case 'b':
      return text === '' ? null : text === '1' || text === 'true';
    case 'd': {
      // ISO 8601 without a zone is the date as written: read it as UTC, as the other dates are.
      const date = new Date(/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T') ? text : `${text}Z`);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === '') return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return book.dates[style] ? serialToDate(number, book.date1904) : number;
    }
  }
}

/** The sheets of a workbook, in the workbook's order; each sheet streams while it is read. */
export async function* readXlsxSheets(file: string): AsyncGenerator<XlsxSheet> {
  const archive = await XlsxArchive.open(file);
  let current: AsyncGenerator<SourceRow[]> | null = null;
  try {
    const root = await relationships(archive, '');
    const workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const sheets: { name: string; id: string }[] = [];
    let date1904 = false;
    const found = await eachElement(archive, workbookPart, (name, node) => {
      if (name === 'sheet') sheets.push({ name: attr(node, 'name') ?? '', id: attr(node, 'id') ?? '' });
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(node, 'date1904') ?? '');
    });
    if (!found) throw new UnreadableFileError('文件是 zip 压缩包，但不是 xlsx 工作簿（缺少 workbook.xml）：请在 Excel 中另存为 .xlsx');
    const rels = await relationships(archive, workbookPart);
    const ofType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    const parts = sheets.map((s) => ({ name: s.name, rel: rels.get(s.id) })).filter((s) => s.rel?.type.endsWith('/worksheet') && archive.has(s.rel.target));
    const stringsPart = ofType('/sharedStrings');
    archive.checkDeclaredSizes(parts.map((s) => s.rel!.target), stringsPart && archive.has(stringsPart) ? stringsPart : null);
    const book: Workbook = { strings: await sharedStrings(archive, stringsPart), dates: await dateStyles(archive, ofType('/styles')), date1904, cells: 0 };
    for (const sheet of parts) {
      // A sheet its reader left unfinished (say, one without a header) closes before the next opens.
      await current?.return(undefined);
      current = sheetRows(archive, sheet.rel!.target, sheet.name, book);
      yield { name: sheet.name, rows: current };
    }
  } finally {
    await current?.return(undefined);
    archive.close();
  }
}
