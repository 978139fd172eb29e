import ExcelJS from 'exceljs';
import { plainText, type AttributeType } from './attributeModel';
import type { Snapshot } from './buildSnapshot';
import { isCalendarDate } from './parameters';
import { edgeTable, nodeTable, type Table } from './tables';
import type { AttributeValue } from './types';

type CellValue = string | number | boolean | Date | null;

/** A column of calendar dates (validFrom, validTo…) becomes date cells; codes such as "01" stay text. */
function isDateColumn(table: Table, column: number): boolean {
  const values = table.rows.map((row) => row[column] ?? null).filter((value) => value !== null);
  return values.length > 0 && values.every((value) => typeof value === 'string' && isCalendarDate(value));
}

function cell(value: AttributeValue | null, type: AttributeType, date: boolean): CellValue {
  if (value === null) return null;
  if (date && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (type === 'liststring' || Array.isArray(value)) return plainText(value);
  return value;
}

const formatOf = (type: AttributeType, date: boolean) =>
  date ? 'yyyy-mm-dd' : type === 'integer' || type === 'long' ? '0' : type === 'double' ? 'General' : type === 'boolean' ? 'General' : '@';

function addTable(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const dates = table.header.map((_, column) => isDateColumn(table, column));
  sheet.columns = table.header.map((header, column) => ({
    header,
    key: String(column),
    width: Math.min(60, Math.max(10, header.length + 2)),
    style: { numFmt: formatOf(table.types[column] ?? 'string', dates[column] ?? false) },
  }));
  for (const row of table.rows) sheet.addRow(row.map((value, column) => cell(value, table.types[column] ?? 'string', dates[column] ?? false)));
  sheet.getRow(1).font = { bold: true };
}

function addManifest(workbook: ExcelJS.Workbook, snapshot: Snapshot): void {
  const sheet = workbook.addWorksheet('manifest');
  sheet.columns = [
    { header: 'field', key: 'field', width: 22 },
    { header: 'value', key: 'value', width: 120, style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const [field, value] of Object.entries(snapshot.manifest)) {
    sheet.addRow([field, typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value)]);
  }
  sheet.getRow(1).font = { bold: true };
}

/**
 * One workbook with a sheet each of nodes, edges and the manifest, every cell typed: text as text (so SCB codes
 * such as "01" keep their zero), numbers as numbers, dates as dates, truth values as such, lists as JSON arrays.
 */
export async function writeXlsx(snapshot: Snapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${snapshot.manifest.app.name} ${snapshot.manifest.app.version}`;
  workbook.created = new Date(snapshot.manifest.generatedAt);
  workbook.modified = workbook.created;
  addTable(workbook, 'nodes', nodeTable(snapshot.graph));
  addTable(workbook, 'edges', edgeTable(snapshot.graph));
  addManifest(workbook, snapshot);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
