import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { CsvSyntaxError, readCsvText } from './csvFiles';

const column = fc.stringMatching(/^[a-z][a-zA-Z]{0,11}$/);
/** Cell text as a spreadsheet may hold it: quotes, commas, line breaks, Swedish letters, formulas (no outer spaces: the reader trims those). */
const cell = fc.string({ unit: fc.constantFrom(...'aåäöÅÄÖz09 ,";\n\r=+-@\'\t'.split('')), maxLength: 30 }).map((text) => text.trim());

describe('the CSV reader, for any file', () => {
  it('reads back exactly what a CSV writer wrote, with the line each row starts on', () => {
    const table = fc.uniqueArray(column, { minLength: 1, maxLength: 6 }).chain((columns) =>
      fc.record({ columns: fc.constant(columns), rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { maxLength: 8 }) }),
    );
    fc.assert(
      fc.property(table, ({ columns, rows }) => {
        const records = rows.filter((row) => row.some((value) => value !== ''));
        const text = stringify(records, { header: true, columns });
        const read = readCsvText(text, 'test.csv');
        expect(read.map((row) => columns.map((name) => row.cells[name]))).toEqual(records);
        const lines = read.map((row) => row.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(read.every((row) => row.file === 'test.csv' && row.line >= 2)).toBe(true);
      }),
    );
  });

  it('either reads a file or points at its line with a CsvSyntaxError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab,"\n\r \uFEFF'.split('')), maxLength: 60 }), (text) => {
        try {
          for (const row of readCsvText(text, 'any.csv')) expect(row.line).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect((error as CsvSyntaxError).problem).toMatchObject({ file: 'any.csv', field: 'csv' });
          expect((error as CsvSyntaxError).problem.line).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
