import type { Database } from '../../server/src/db/database';
import { toPlain } from '../../server/src/db/mappers';
import { fetchNeighbourhood } from '../../server/src/explore/neighbourhoodRepository';
import { buildSnapshot } from '../../server/src/export/buildSnapshot';
import { writeGexf } from '../../server/src/export/gexf';
import { noFilter } from '../../server/src/export/types';
import { fetchGapInput } from '../../server/src/gaps/gapInput';
import { analyseGaps, gapReport } from '../../server/src/gaps/gapReport';
import { fetchNetwork } from '../../server/src/network/networkRepository';
import { fetchCooperation } from '../../server/src/cooperation/cooperationRepository';
import { analyseSilos } from '../../server/src/silos/siloAnalysis';
import { siloReport } from '../../server/src/silos/siloReport';
import { indexCooperation } from '../../domain/cooperation/cooperationState';

/** One server operation as its resolver runs it: read from Neo4j, map, analyse; `size` says how much came back. */
export interface Workload {
  name: string;
  /** The target for this figure, as text for the report. */
  target: string;
  /** Takes seconds at 20×: timed fewer times so the whole run stays bounded. */
  heavy?: boolean;
  run(index: number): Promise<{ size: string }>;
}

export function serverWorkloads(database: Database, asOf: string, centres: string[]): Workload[] {
  const centre = (index: number) => centres[index % centres.length] ?? '';
  return [
    {
      name: 'network as of a date',
      target: '≤ 100 ms at 1×',
      run: async () => {
        const network = await fetchNetwork(database, { asOf, kinds: null });
        return { size: `${network.nodes.length} nodes, ${network.edges.length} edges` };
      },
    },
    {
      name: 'neighbourhood (1 hop, API)',
      target: 'p95 ≤ 50 ms',
      run: async (index) => {
        const neighbourhood = await fetchNeighbourhood(database, { id: centre(index), asOf, types: null });
        return { size: `${neighbourhood.links.length} links` };
      },
    },
    {
      name: '2-hop neighbourhood',
      target: '–',
      run: async (index) => {
        const record = await database.read(async (tx) => (await tx.run('bench/two-hop-neighbourhood', { id: centre(index), asOf, types: null })).records[0]);
        const nodes = toPlain(record?.get('nodes'));
        const edges = toPlain(record?.get('edges'));
        return { size: `${Array.isArray(nodes) ? nodes.length : 0} nodes, ${Array.isArray(edges) ? edges.length : 0} edges` };
      },
    },
    {
      name: 'national gap analysis',
      target: '≤ 1 s at 20×',
      run: async () => {
        const report = gapReport(analyseGaps(await fetchGapInput(database, asOf)), {});
        return { size: `${report.counts.total} expected pairs, ${report.counts.missing} missing` };
      },
    },
    {
      name: 'silo analysis',
      target: '–',
      run: async () => {
        const cooperation = await fetchCooperation(database, asOf);
        const report = siloReport(indexCooperation(cooperation), analyseSilos(cooperation), {});
        return { size: `${report.actors.length} actors` };
      },
    },
    {
      name: 'GEXF export (whole network, every date)',
      target: '–',
      heavy: true,
      run: async () => {
        const started = performance.now();
        const snapshot = await buildSnapshot(database, { scope: { type: 'snapshot', asOf: null }, mode: 'twoMode', filter: noFilter });
        const built = performance.now();
        const gexf = writeGexf(snapshot);
        const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
        return { size: `${(gexf.length / 1e6).toFixed(1)} MB (read and build ${seconds(started, built)} s, write XML ${seconds(built, performance.now())} s)` };
      },
    },
  ];
}
