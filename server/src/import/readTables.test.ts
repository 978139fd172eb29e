import { AppError } from '../db/errors';
import { importLimits } from '../security/limits';
import { xlsxFile } from '../../../tests/helpers/importFiles';
import { workbookWithParts } from '../../../tests/helpers/zipBomb';
import { readTables } from './readTables';

const megabyte = Buffer.alloc(1_000_000, 'a');

/** One shared string of 400 MB: a workbook of about 0.4 MB that unpacks a thousandfold. */
function* hugeSharedString(): Iterable<Buffer> {
  yield Buffer.from('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>name</t></si><si><t>');
  for (let index = 0; index < 400; index += 1) yield megabyte;
  yield Buffer.from('</t></si></sst>');
}

/** A sheet of 150,000 rows of data under a header, written in batches of rows. */
function* manyRows(): Iterable<Buffer> {
  const cell = (reference: string, text: string) => `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;
  yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cell('A1', 'id')}${cell('B1', 'name')}</row>`);
  for (let start = 2; start < 150_002; start += 1_000) {
    const rows = Array.from({ length: 1_000 }, (_, offset) => start + offset).map((row) => `<row r="${row}">${cell(`A${row}`, `body-${row}`)}${cell(`B${row}`, `Organ ${row}`)}</row>`);
    yield Buffer.from(rows.join(''));
  }
  yield Buffer.from('</sheetData></worksheet>');
}

/** How long a refusal takes and how far the process's memory rose meanwhile (sampled every few milliseconds). */
async function refusal(read: () => Promise<unknown>): Promise<{ error: unknown; ms: number; peakMegabytes: number }> {
  const start = Date.now();
  const baseline = process.memoryUsage().rss;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss - baseline);
  }, 5);
  try {
    await read();
    return { error: undefined, ms: Date.now() - start, peakMegabytes: peak / 1e6 };
  } catch (error) {
    return { error, ms: Date.now() - start, peakMegabytes: peak / 1e6 };
  } finally {
    clearInterval(sampler);
  }
}

describe('reading an upload is bounded before the work is done', () => {
  let workbook: Buffer;
  beforeAll(async () => {
    workbook = await xlsxFile({ nodes: [{ id: 'body-x', name: 'x' }] });
  });

  it('refuses a zip bomb (one cell unpacking to 400 MB) quickly, naming the part and the cap, with memory bounded', async () => {
    const bomb = await workbookWithParts(workbook, { 'xl/sharedStrings.xml': hugeSharedString });
    expect(bomb.length).toBeLessThan(1_000_000);
    const { error, ms, peakMegabytes } = await refusal(() => readTables('bomb.xlsx', bomb));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `file: its part xl/sharedStrings.xml unpacks to more than ${importLimits.workbookPartBytes / 1e6} MB; a workbook part may hold at most that`,
    });
    expect(ms).toBeLessThan(15_000);
    expect(peakMegabytes).toBeLessThan(150);
  });

  it('refuses a workbook of 150,000 rows before parsing them, with memory bounded', async () => {
    const big = await workbookWithParts(workbook, { 'xl/worksheets/sheet1.xml': manyRows });
    const { error, ms, peakMegabytes } = await refusal(() => readTables('rows.xlsx', big));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: `file: has more than ${importLimits.rows} rows; at most ${importLimits.rows} can be imported at once` });
    expect(ms).toBeLessThan(10_000);
    expect(peakMegabytes).toBeLessThan(100);
  });

  it('refuses a cell longer than any text input may be, naming the sheet and the cell', async () => {
    const long = await xlsxFile({ nodes: [{ id: 'body-x', name: 'x' }, { id: 'body-y', name: 'y'.repeat(importLimits.cellCharacters + 1) }] });
    await expect(readTables('long.xlsx', long)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `file: nodes cell B3 holds ${importLimits.cellCharacters + 1} characters; a cell may hold at most ${importLimits.cellCharacters}`,
    });
  });

  it('still reads a workbook within the caps, sheet by sheet and row by row', async () => {
    const tables = await readTables('ok.xlsx', await workbookWithParts(workbook, {}));
    expect(tables).toEqual([{ name: 'nodes', columns: ['id', 'name'], rows: [{ file: 'nodes', line: 2, cells: { id: 'body-x', name: 'x' } }] }]);
  });
});
