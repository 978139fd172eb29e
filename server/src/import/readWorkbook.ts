import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SourcedRow } from '../../../domain/csvFiles';
import { AppError } from '../db/errors';
import { importLimits } from '../security/limits';
import { unreadable } from './importErrors';
import type { ImportTableData } from './readTables';
import { checkWorkbookParts } from './workbookParts';

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

function checkedCellText(cell: ExcelJS.Cell, sheet: string): string {
  const text = cellText(cell.value).trim();
  if (text.length > importLimits.cellCharacters) {
    throw unreadable(`${sheet} cell ${cell.address} holds ${text.length} characters; a cell may hold at most ${importLimits.cellCharacters}`);
  }
  return text;
}

/**
 * Reads a workbook row by row with exceljs's streaming reader, after its unpacked size is known to be bounded:
 * rows are counted as they come and reading stops at the first row past the cap, so a file with too many rows
 * costs no more than one with just enough.
 */
export async function readWorkbook(content: Buffer): Promise<ImportTableData[]> {
  await checkWorkbookParts(content);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  const tables: ImportTableData[] = [];
  let rowCount = 0;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      const table: ImportTableData = { name, columns: [], rows: [] };
      let seenAnyRow = false;
      for await (const row of sheet) {
        seenAnyRow = true;
        if (row.number === 1) {
          row.eachCell({ includeEmpty: true }, (cell, column) => {
            table.columns[column - 1] = checkedCellText(cell, name);
          });
          table.columns = Array.from(table.columns, (column: string | undefined) => column ?? '');
          continue;
        }
        const cells: Record<string, string> = {};
        table.columns.forEach((column, index) => {
          if (column !== '') cells[column] = checkedCellText(row.getCell(index + 1), name);
        });
        if (!Object.values(cells).some((cell) => cell !== '')) continue;
        rowCount += 1;
        if (rowCount > importLimits.rows) throw unreadable(`has more than ${importLimits.rows} rows; at most ${importLimits.rows} can be imported at once`);
        table.rows.push({ file: name, line: row.number, cells } satisfies SourcedRow);
      }
      if (seenAnyRow) tables.push(table);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('is not a readable .xlsx workbook');
  }
  return tables;
}
