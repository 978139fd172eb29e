import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { CsvSyntaxError, readCsvText, type SourcedRow } from '../../../seed/src/csvFiles';
import { AppError } from '../db/errors';

/** A sheet of a workbook, or the one table of a CSV file: its header and its rows with their row numbers. */
export interface ImportTableData {
  name: string;
  columns: string[];
  rows: SourcedRow[];
}

export const maxImportRows = 100_000;

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.(csv|xlsx)$/i, '');
}

function unreadable(reason: string): AppError {
  return new AppError('BAD_USER_INPUT', `file: ${reason}`, { field: 'file' });
}

/** CSV goes through the seed's own reader, so a file reads exactly as a seed file would (row = line). */
function readCsvTable(fileName: string, content: Buffer): ImportTableData {
  const text = content.toString('utf8');
  const name = baseName(fileName);
  try {
    const headerRows: string[][] = parse(text, { bom: true, to_line: 1, trim: true });
    const header = headerRows[0] ?? [];
    return { name, columns: header, rows: readCsvText(text, name) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw unreadable(`line ${error.problem.line}: ${error.problem.reason}`);
    throw unreadable('is not readable as CSV');
  }
}

/** A cell as the text a CSV file would hold: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return value.text;
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
    if ('error' in value) return value.error;
    return '';
  }
  return String(value);
}

function readSheet(sheet: ExcelJS.Worksheet): ImportTableData {
  const header = sheet.getRow(1);
  const columns: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, column) => {
    columns[column - 1] = cellText(cell.value).trim();
  });
  const rows: SourcedRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column !== '') cells[column] = cellText(row.getCell(index + 1).value).trim();
    });
    if (Object.values(cells).some((cell) => cell !== '')) rows.push({ file: sheet.name, line: rowNumber, cells });
  });
  return { name: sheet.name, columns: columns.map((column) => column), rows };
}

async function readWorkbook(content: Buffer): Promise<ImportTableData[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('is not a readable .xlsx workbook');
  }
  return workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0).map(readSheet);
}

/** Reads a .csv or .xlsx file into tables; a header used twice, or too many rows, is refused. */
export async function readTables(fileName: string, content: Buffer): Promise<ImportTableData[]> {
  let tables: ImportTableData[];
  if (/\.csv$/i.test(fileName)) tables = [readCsvTable(fileName, content)];
  else if (/\.xlsx$/i.test(fileName)) tables = await readWorkbook(content);
  else throw unreadable('must be a .csv or .xlsx file');
  for (const table of tables) {
    const seen = new Set<string>();
    for (const column of table.columns.filter((name) => name !== '')) {
      if (seen.has(column)) throw unreadable(`${table.name}: the column "${column}" appears twice`);
      seen.add(column);
    }
  }
  const rowCount = tables.reduce((sum, table) => sum + table.rows.length, 0);
  if (rowCount > maxImportRows) throw unreadable(`has ${rowCount} rows; at most ${maxImportRows} can be imported at once`);
  return tables;
}
