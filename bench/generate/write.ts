import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { syntheticSourceId, type Cells, type Dataset } from './model';

const nodeColumns = ['id', 'kind', 'name', 'evidence', 'source', 'locator', 'validFrom', 'validTo', 'code', 'nameEn', 'bodyType', 'agreementType', 'unitType', 'level', 'latitude', 'longitude'];
const linkColumns = ['id', 'type', 'from', 'to', 'evidence', 'source', 'locator', 'validFrom', 'validTo', 'role', 'goalAreas', 'form', 'task'];
const ruleColumns = ['id', 'subject', 'partner', 'partnerScope', 'goalArea', 'validFrom', 'validTo', 'evidence', 'source', 'locator'];
const sourceColumns = ['id', 'title', 'publisher', 'citation', 'type', 'note'];

function csv(columns: string[], rows: Cells[]): string {
  const unknown = rows.flatMap((row) => Object.keys(row)).find((key) => !columns.includes(key));
  if (unknown !== undefined) throw new Error(`Column ${unknown} is not written`);
  return stringify(rows.map((row) => columns.map((column) => row[column] ?? '')), { header: true, columns });
}

function byFile(entries: { file: string; cells: Cells }[]): Map<string, Cells[]> {
  const files = new Map<string, Cells[]>();
  for (const { file, cells } of entries) {
    const rows = files.get(file) ?? [];
    rows.push(cells);
    files.set(file, rows);
  }
  return files;
}

/** Writes the dataset in the seed's layout (seed/FORMAT.md), replacing whatever `outDir` held. */
export function writeDataset(dataset: Dataset, outDir: string, description: string): void {
  rmSync(join(outDir, 'nodes'), { recursive: true, force: true });
  rmSync(join(outDir, 'links'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'nodes'), { recursive: true });
  mkdirSync(join(outDir, 'links'), { recursive: true });
  const source: Cells = {
    id: syntheticSourceId,
    title: 'Synthetic national cooperation network for benchmarks (not real data)',
    publisher: 'Samverkan bench/generate',
    type: 'primary',
    citation: `Synthetic data made by the Samverkan scale generator (${description}). It describes no real cooperation and must not be cited as such.`,
    note: 'Real municipality, county and agency names give the network a realistic shape; every office, body, agreement, membership and link is invented.',
  };
  writeFileSync(join(outDir, 'sources.csv'), csv(sourceColumns, [source]));
  for (const [file, rows] of byFile([...dataset.nodes.values()])) writeFileSync(join(outDir, 'nodes', `${file}.csv`), csv(nodeColumns, rows));
  for (const [file, rows] of byFile(dataset.links)) writeFileSync(join(outDir, 'links', `${file}.csv`), csv(linkColumns, rows));
  writeFileSync(join(outDir, 'rules.csv'), csv(ruleColumns, dataset.rules));
}
