import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { dataOf, type TestHttpClient } from './httpClient';

type Row = Record<string, string>;

function header(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

/** A CSV file of rows (the union of their keys as the header). */
export function csvFile(rows: Row[]): Buffer {
  const columns = header(rows);
  return Buffer.from(stringify([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]));
}

/** An .xlsx workbook with one sheet per entry, the same cells as text. */
export async function xlsxFile(sheets: Record<string, Row[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    const columns = header(rows);
    sheet.addRow(columns);
    for (const row of rows) sheet.addRow(columns.map((column) => row[column] ?? ''));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface JobData {
  id: string;
  status: string;
  importId: string | null;
  error: string | null;
  preview: {
    createdCount: number;
    changedCount: number;
    endedCount: number;
    unchangedCount: number;
    problemCount: number;
    created: { table: string; row: number; id: string; targetType: string; changes: { field: string; before: string | null; after: string | null }[] }[];
    changed: { id: string; changes: { field: string; before: string | null; after: string | null }[] }[];
    ended: { id: string }[];
    problems: { table: string; row: number; column: string; reason: string }[];
  } | null;
}

const jobFields = `id status importId error preview {
  createdCount changedCount endedCount unchangedCount problemCount
  created { table row id targetType changes { field before after } }
  changed { id changes { field before after } }
  ended { id }
  problems { table row column reason }
}`;

export async function upload(client: TestHttpClient, fileName: string, content: Buffer): Promise<Response> {
  return client.fetch('/api/import/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: new Uint8Array(content),
  });
}

async function settled(client: TestHttpClient, id: string, busy: string): Promise<JobData> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { importJob } = dataOf(await client.graphql<{ importJob: JobData }>(`query($id: ID!) { importJob(id: $id) { ${jobFields} } }`, { id }));
    if (importJob.status !== busy) return importJob;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Import job ${id} never finished`);
}

/** Uploads a file, takes the suggested mapping (or bends it) and waits for the dry run. */
export async function preview(
  client: TestHttpClient,
  fileName: string,
  content: Buffer,
  adjust: (tables: { name: string; kind: string | null; columns: { column: string; field: string | null }[] }[]) => unknown = (tables) => tables,
): Promise<JobData> {
  const response = await upload(client, fileName, content);
  const { id } = (await response.json()) as { id: string };
  const { importUpload } = dataOf(
    await client.graphql<{ importUpload: { tables: { name: string; kind: string | null; columns: { column: string; field: string | null }[] }[] } }>(
      'query($id: ID!) { importUpload(id: $id) { tables { name kind columns { column field } } } }',
      { id },
    ),
  );
  const { previewImport } = dataOf(
    await client.graphql<{ previewImport: { id: string } }>('mutation($id: ID!, $tables: [ImportTableInput!]!) { previewImport(uploadId: $id, tables: $tables) { id } }', {
      id,
      tables: adjust(importUpload.tables),
    }),
  );
  return settled(client, previewImport.id, 'previewing');
}

export async function commit(client: TestHttpClient, jobId: string): Promise<JobData> {
  dataOf(await client.graphql('mutation($id: ID!) { commitImport(jobId: $id) { id } }', { id: jobId }));
  return settled(client, jobId, 'committing');
}
