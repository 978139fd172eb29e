import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config/config';
import { createDatabase, type Database } from '../db/database';
import { createDriver } from '../db/driver';
import { AppError } from '../db/errors';
import { buildDiffExport, writeDiffCsvZip, writeDiffJson } from '../diff/diffExport';
import { connectNeo4j } from '../startup/neo4jConnection';
import { buildSnapshot } from './buildSnapshot';
import { splitFormatOptions } from './formatOptions';
import { isSnapshotFormat, snapshotFormats, type SnapshotFormat } from './formats';
import { badParameter, parseRequest, type RawParameters } from './parameters';

const usage = `Exports the network as a file, with a manifest to cite it by.

Usage: npm run export -- --format <format> [options] [--out <file>]

Formats:
  gexf          GEXF 1.3 for Gephi / Gephi Lite (one date)
  gexf-dynamic  GEXF 1.3 with validity spells over a period, for Gephi's timeline
  graphml       GraphML for igraph, NetworkX, yEd, Cytoscape desktop
  csv           nodes.csv + edges.csv (Gephi's headers) + manifest.json, zipped
  xlsx          one workbook: nodes, edges and manifest sheets with typed cells (codes as text)
  json          node-link JSON (NetworkX node_link_graph)
  cyjs          Cytoscape.js elements JSON
  bibtex, ris, csl-json   the snapshot's citation, for reference managers
  diff-csv      the changes between two dates, as CSV files zipped
  diff-json     the changes between two dates, as JSON

Options:
  --as-of YYYY-MM-DD     the date of the snapshot (left out: every date at once)
  --from, --to           the period (gexf-dynamic; required for diff-csv and diff-json)
  --mode twoMode|projected
  --kinds A,B            node kinds to keep, e.g. Municipality,Agency,Body
  --types A,B            relationship types to keep, e.g. MEMBER_OF,COOPERATES_WITH
  --evidence A,B         evidence levels to keep, e.g. documented,general,external
  --body-types A,B       body types to keep, e.g. finsamAssociation
  --measures all|A,B     network measures as node attributes (with --as-of), e.g. betweenness,pagerank,community
  --bom true|false       csv: start the tables with a UTF-8 byte-order mark, for Excel (default false)
  --out FILE             where to write (left out: standard output)
  --help                 this text

Example: npm run export -- --format gexf --as-of 2007-06-01 --out snapshot.gexf`;

const parameterOptions = {
  'as-of': 'asOf',
  from: 'from',
  to: 'to',
  mode: 'mode',
  kinds: 'kinds',
  types: 'types',
  evidence: 'evidence',
  'body-types': 'bodyTypes',
  measures: 'measures',
  bom: 'bom',
} as const;

function readArguments(args: string[]) {
  const text = { type: 'string' } as const;
  return parseArgs({
    args,
    strict: true,
    options: {
      format: text,
      out: text,
      help: { type: 'boolean' },
      ...Object.fromEntries(Object.keys(parameterOptions).map((name) => [name, text])),
    },
  }).values as Record<string, string | boolean | undefined>;
}

/** A parameter error as the option the user typed: `--as-of: …` rather than `asOf: …`. */
function asOption(error: AppError): string {
  const detail = error.details['parameter'];
  const parameter = typeof detail === 'string' ? detail : '';
  const option = Object.entries(parameterOptions).find(([, name]) => name === parameter)?.[0];
  return option === undefined ? error.message : `--${option}${error.message.slice(parameter.length)}`;
}

type Job = (database: Database, origin: string) => Promise<{ body: string | Buffer; summary: string }>;

/** Checks the format and every parameter before anything connects to the database. */
function plan(format: string, raw: RawParameters): Job {
  if (isSnapshotFormat(format)) {
    const spec: SnapshotFormat = snapshotFormats[format];
    const { options, rest } = splitFormatOptions(raw, spec.options ?? []);
    const request = parseRequest(spec.scope, rest);
    return async (database, origin) => {
      const snapshot = await buildSnapshot(database, request, { origin });
      const { snapshotId, counts } = snapshot.manifest;
      return { body: await spec.write(snapshot, new Map(), options), summary: `snapshot ${snapshotId} (${counts.nodes} nodes, ${counts.edges} links)` };
    };
  }
  if (format === 'diff-csv' || format === 'diff-json') {
    const request = parseRequest('diff', raw);
    return async (database, origin) => {
      const diffExport = await buildDiffExport(database, request, { origin });
      const { snapshotId, counts } = diffExport.manifest;
      return {
        body: format === 'diff-csv' ? await writeDiffCsvZip(diffExport) : writeDiffJson(diffExport),
        summary: `diff ${snapshotId} (${counts.nodes} nodes and ${counts.edges} links changed)`,
      };
    };
  }
  throw badParameter('--format', `"${format}" is not a format`);
}

async function main(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = readArguments(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (values['help'] === true) {
    console.log(usage);
    return 0;
  }
  const format = values['format'];
  if (typeof format !== 'string') {
    console.error(`--format is required.\n\n${usage}`);
    return 2;
  }
  const raw: RawParameters = {};
  for (const [option, parameter] of Object.entries(parameterOptions)) {
    if (values[option] !== undefined) raw[parameter] = values[option];
  }

  let job: Job;
  try {
    job = plan(format, raw);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${asOption(error)}\n\nSee npm run export -- --help`);
      return 2;
    }
    throw error;
  }

  const config = readConfig();
  const connection = await connectNeo4j(config.neo4j, (line) => console.error(line));
  const database = createDatabase(createDriver(connection.settings), connection.database);
  try {
    const { body, summary } = await job(database, config.publicUrl ?? `http://localhost:${config.http.port}`);
    const out = values['out'];
    if (typeof out === 'string') {
      writeFileSync(out, body);
      console.error(`Wrote ${summary} to ${out}`);
    } else {
      process.stdout.write(body);
    }
    return 0;
  } finally {
    await database.close();
    await connection.stop();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
