import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { servedAppOnTestDatabase } from '../helpers/testApp';

/** A sheet's rows as objects keyed by its header, each value the cell itself so its type can be checked. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): Map<string, Record<string, ExcelJS.Cell>> {
  if (sheet === undefined) throw new Error('Sheet missing');
  const header = (sheet.getRow(1).values as unknown[]).map((value) => (typeof value === 'string' ? value : ''));
  const rows = new Map<string, Record<string, ExcelJS.Cell>>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = Object.fromEntries(header.flatMap((name, column) => (name === '' ? [] : [[name, row.getCell(column)]])));
    rows.set(row.getCell(header.indexOf('Id')).text, cells);
  });
  return rows;
}

describe('spreadsheet downloads: CSV for Excel and a typed .xlsx', () => {
  const running = servedAppOnTestDatabase();
  const get = running.get;

  it('starts the CSV tables with a UTF-8 byte-order mark when asked, and not otherwise, with the same snapshot id', async () => {
    const tables = async (query: string) => {
      const response = await get(`/export/csv?asOf=2007-06-01${query}`);
      const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
      const bytes = await Promise.all(['nodes.csv', 'edges.csv'].map(async (name) => Buffer.from((await zip.file(name)?.async('uint8array')) ?? [])));
      return { id: response.headers.get('x-snapshot-id'), starts: bytes.map((file) => file.subarray(0, 3).toString('hex')), nodes: bytes[0]?.toString('utf8') ?? '' };
    };
    const [plain, forExcel, off] = await Promise.all([tables(''), tables('&bom=true'), tables('&bom=false')]);
    expect(forExcel.starts).toEqual(['efbbbf', 'efbbbf']);
    expect(plain.starts.every((start) => start !== 'efbbbf')).toBe(true);
    expect(off.starts).toEqual(plain.starts);
    expect(forExcel.nodes.slice(1)).toBe(plain.nodes);
    expect(forExcel.nodes).toContain('Malmö');
    expect(forExcel.id).toBe(plain.id);
    const refused = await get('/export/csv?bom=yes');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { parameter: string } }).error.parameter).toBe('bom');
    expect((await get('/export/gexf?bom=true')).status).toBe(400);
  });

  it('writes nodes, edges and the manifest as sheets whose cells keep their types: codes as text, dates as dates, numbers as numbers', async () => {
    const response = await get('/export/xlsx?asOf=2007-06-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/samverkan-2007-06-01-[0-9a-f]{16}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['nodes', 'edges', 'manifest']);

    const nodes = rowsOf(workbook.getWorksheet('nodes'));
    const stockholm = nodes.get('county-01');
    expect(stockholm?.['code']?.type).toBe(ExcelJS.ValueType.String);
    expect(stockholm?.['code']?.value).toBe('01');
    expect(nodes.get('municipality-0331')?.['code']?.value).toBe('0331');
    const integrationsverket = nodes.get('integrationsverket');
    expect(integrationsverket?.['validTo']?.type).toBe(ExcelJS.ValueType.Date);
    expect(integrationsverket?.['validTo']?.value).toEqual(new Date('2007-06-30T00:00:00Z'));
    expect(nodes.get('ams')?.['countyLabourBoards']?.type).toBe(ExcelJS.ValueType.Number);
    expect(nodes.get('ams')?.['countyLabourBoards']?.value).toBe(20);
    expect(nodes.get('municipality-1280')?.['latitude']?.type).toBe(ExcelJS.ValueType.Number);

    const edges = rowsOf(workbook.getWorksheet('edges'));
    const manifest = new Map<string, unknown>();
    workbook.getWorksheet('manifest')?.eachRow((row) => manifest.set(row.getCell(1).text, row.getCell(2).value));
    expect(manifest.get('snapshotId')).toBe(response.headers.get('x-snapshot-id'));
    expect(JSON.parse(String(manifest.get('counts')))).toMatchObject({ nodes: nodes.size, edges: edges.size });
    expect(edges.get('party-introduction-2001-integrationsverket')?.['Source']?.value).toBe('integrationsverket');
  });
});
