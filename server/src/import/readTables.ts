import { parse } from 'csv-parse/sync';
import { CsvSyntaxError, readCsvText, type SourcedRow } from '../../../domain/csvFiles';
import { importLimits } from '../security/limits';
import { unreadable } from './importErrors';
import { readWorkbook } from './readWorkbook';

/** A sheet of a workbook, or the one table of a CSV file: its header and its rows with their row numbers. */
export interface ImportTableData {
  name: string;
  columns: string[];
  rows: SourcedRow[];
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.(csv|xlsx)$/i, '');
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
  if (rowCount > importLimits.rows) throw unreadable(`has ${rowCount} rows; at most ${importLimits.rows} can be imported at once`);
  return tables;
}
