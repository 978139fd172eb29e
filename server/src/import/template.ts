import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { ImportTableKind } from '../graphql/generated/resolvers';
import { agreementTypes, bodyTypes, evidenceLevels, nodeKinds, relationshipTypes } from '../../../domain/kinds';
import { importFieldSets } from './mapping';

/** What each field holds (seed/FORMAT.md in brief), for the template's instructions sheet. */
const notes: Record<string, string> = {
  id: 'lowercase slug: letters, digits and single hyphens (municipality-0180)',
  kind: nodeKinds.join(', '),
  type: relationshipTypes.join(', '),
  evidence: evidenceLevels.join(', '),
  source: 'the id of a source (sheet "sources" or already stored)',
  locator: 'where in the source, e.g. "lines 617-626" or "chapter 3.2"',
  validFrom: 'YYYY, YYYY-MM or YYYY-MM-DD (a year or month reads as its first day)',
  validTo: 'YYYY, YYYY-MM or YYYY-MM-DD, the last day it held (a year or month reads as its last day)',
  bodyType: `Body only: ${bodyTypes.join(', ')}`,
  agreementType: `Agreement only: ${agreementTypes.join(', ')}`,
  goalAreas: 'goal area ids separated by ";"',
  figures: 'name=integer pairs separated by ";"',
  from: 'the id of the node the link starts at',
  to: 'the id of the node the link ends at',
};

function headerOf(kind: ImportTableKind): string[] {
  const set = importFieldSets.find((fields) => fields.kind === kind);
  return set === undefined ? [] : [...set.required, ...set.optional];
}

/** One sheet per table with its header (required fields first) and an instructions sheet, which imports skip. */
export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of ['sources', 'nodes', 'links'] as const) {
    const sheet = workbook.addWorksheet(kind);
    sheet.addRow(headerOf(kind));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const help = workbook.addWorksheet('instructions');
  help.addRow(['table', 'field', 'required', 'what it holds']);
  help.getRow(1).font = { bold: true };
  for (const set of importFieldSets) {
    for (const field of [...set.required, ...set.optional]) help.addRow([set.kind, field, set.required.includes(field) ? 'yes' : '', notes[field] ?? '']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function templateCsv(kind: ImportTableKind): string {
  return stringify([headerOf(kind)]);
}
