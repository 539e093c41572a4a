/**
 * Every workbook the hub writes goes through here, because names, notes and codes come from
 * departments' files: a subject named =HYPERLINK("http://…") must reach the evaluator's Excel as
 * that text, never as a formula — not when opened, and not when someone edits the cell later.
 * exceljs already stores strings as strings; a string that Excel would read as a formula when
 * typed (=, +, -, @, and tab or carriage return in front of them) also gets the Text format (@),
 * and a formula cell that was not written on purpose is turned back into its text.
 */
import ExcelJS from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

function guardCell(cell: ExcelJS.Cell): void {
  if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.SharedString) {
    const value = cell.value as { formula?: string; sharedFormula?: string };
    cell.value = `=${value.formula ?? value.sharedFormula ?? ''}`;
  }
  if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
}

/** For rows written by a streaming writer: call before `row.commit()`. */
export function guardRow(row: ExcelJS.Row): ExcelJS.Row {
  row.eachCell({ includeEmpty: false }, guardCell);
  return row;
}

export function guardWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) sheet.eachRow({ includeEmpty: false }, guardRow);
}

/** A workbook whose `xlsx.write` and `xlsx.writeBuffer` guard every cell first. */
export function hubWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const { xlsx } = workbook;
  const write = xlsx.write.bind(xlsx);
  const writeBuffer = xlsx.writeBuffer.bind(xlsx);
  xlsx.write = (stream, options) => {
    guardWorkbook(workbook);
    return write(stream, options);
  };
  xlsx.writeBuffer = (options) => {
    guardWorkbook(workbook);
    return writeBuffer(options);
  };
  return workbook;
}
