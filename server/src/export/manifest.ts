import { shortCitation } from '../citation/shortCitation';
import { snapshotTitle } from '../citation/snapshotTitle';
import { snapshotUrl } from '../citation/snapshotUrl';
import { sourceBasis, type SourceBasis } from '../citation/sourceBasis';
import { appInfo } from './appVersion';
import { canonicalJson, sha256 } from './canonical';
import type { MeasuresManifest } from './measureAttributes';
import type { Attributes, ExportGraph, SnapshotFilter, SnapshotMode, SnapshotRequest, SourceCitation } from './types';

export interface ManifestCounts {
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  edgesByRelationship: Record<string, number>;
}

/** Everything needed to cite a snapshot and cut the same one again. */
export interface Manifest {
  snapshotId: string;
  title: string;
  type: SnapshotRequest['scope']['type'];
  asOf: string | null;
  from: string | null;
  to: string | null;
  mode: SnapshotMode;
  filters: SnapshotFilter;
  counts: ManifestCounts;
  /** The network measures the nodes carry, of which graph and computed how; null when the export carries none. */
  measures: MeasuresManifest | null;
  dataset: { contentHash: string; nodes: number; edges: number; sources: number };
  app: { name: string; version: string };
  sources: SourceCitation[];
  /** The short citation in English (APA 7's shape, at most about 300 characters) and in Swedish. */
  suggestedCitation: string;
  suggestedCitationSv: string;
  /** Where the same snapshot can be fetched again. */
  citationUrl: string;
  basedOn: SourceBasis;
  /** The full citation of every source the snapshot cites. */
  bibliography: string[];
  conventions: string[];
  generatedAt: string;
}

const conventions = [
  'Dates are ISO 8601 (YYYY-MM-DD). validFrom and validTo are inclusive; an empty value means the source is silent (open).',
  'validFromPrecision and validToPrecision say whether the source gave a year, a month or a day.',
  'sourceId names an entry of the sources list; locator is the place in that source (for SOU 2007:104: line numbers of its plain-text copy).',
  'evidence: documented (stated for this very entity), general (follows from a general statement), proposed (a proposal, not reality), external (another public source).',
  'inferred lists what part of a fact its passage does not state (intention, mappedPartner, assignedGoalArea, coverage, expectation); dateSource, dateLocator and dateDerivation say where dates come from when not from the fact\'s own source.',
  'Each source has a type: primary (the body\'s own or an official record), secondary (a work about it) or tertiary (a compilation such as an encyclopedia); a tertiary source never backs a documented fact.',
  'Lists are JSON arrays in JSON, GEXF 1.3 lists in GEXF, and a JSON array as the text of the cell in GraphML and CSV (json.loads or jsonlite::fromJSON gives back the items exactly).',
  'In projected mode each SHARED_TIE joins two actors; bodies lists the bodies and agreements they share, cooperationLinks their direct cooperation, links every relationship the tie comes from, and weight counts bodies plus direct links. sourceId and locator are parallel lists: the i-th locator is a place in the i-th source.',
  'Network measures (when asked for with measures=…) are node attributes named as in the API (degree, weightedDegree, betweenness, closeness, eigenvector, pagerank, coreNumber, community), of the graph the manifest\'s measures.mode names as of its asOf; nodes that graph leaves out (places and goal areas in two-mode) carry none. measures.measures says how each is normalised and which NetworkX call it matches.',
  'An edge kind (GEXF kind, the Kind column of edges.csv) is the relationship type; where two links of one type join the same ends, each kind adds the link id, so Gephi keeps parallel links apart.',
];

function countBy(values: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function countGraph(graph: ExportGraph): ManifestCounts {
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    nodesByKind: countBy(graph.nodes.map((node) => String(node.attributes['kind']))),
    edgesByRelationship: countBy(graph.edges.map((edge) => edge.label)),
  };
}

/** Whether an element rests on a source of the network itself rather than on reference data alone (`external`). */
export function restsOnReport(element: { attributes: Attributes }): boolean {
  const evidence = element.attributes['evidence'];
  return (Array.isArray(evidence) ? evidence : [evidence]).some((level) => typeof level === 'string' && level !== 'external');
}

/** How many elements (those `counts` lets through) cite each source id, whether as one id or (projected ties) as a list. */
export function sourceCitationCounts(graphs: ExportGraph[], counts: (element: { attributes: Attributes }) => boolean = () => true): Map<string, number> {
  const tally = new Map<string, number>();
  for (const graph of graphs) {
    for (const element of [...graph.nodes, ...graph.edges].filter(counts)) {
      const value = element.attributes['sourceId'];
      for (const id of new Set(Array.isArray(value) ? value : [value])) if (typeof id === 'string') tally.set(id, (tally.get(id) ?? 0) + 1);
    }
  }
  return tally;
}

/** A hash of the whole dataset the snapshot was cut from: every element with every property, and every source. */
export function datasetHash(dataset: ExportGraph, sources: SourceCitation[]): string {
  return `sha256:${sha256(canonicalJson({ nodes: dataset.nodes, edges: dataset.edges, sources }))}`;
}

export interface ManifestInput {
  request: SnapshotRequest;
  /** What the snapshot holds; its canonical hash is the snapshot id. */
  content: unknown;
  counts: ManifestCounts;
  dataset: ExportGraph;
  sources: SourceCitation[];
  /** The snapshot's elements, whose sources it cites. */
  cited: ExportGraph[];
  generatedAt: Date;
  /** The app's public address, for the URL in the citation. */
  origin: string;
  measures?: MeasuresManifest | null;
}

/** The manifest; every field but generatedAt depends only on the data and the request. */
export function buildManifest(input: ManifestInput): Manifest {
  const { request, counts } = input;
  const { scope } = request;
  const snapshotId = sha256(canonicalJson({ scope, mode: request.mode, filter: request.filter, content: input.content })).slice(0, 16);
  const contentHash = datasetHash(input.dataset, input.sources);
  const citations = sourceCitationCounts(input.cited);
  const sources = input.sources.filter((source) => (citations.get(source.id) ?? 0) > 0);
  const citationUrl = snapshotUrl(input.origin, request);
  // The citation names the report the network is taken from, not the reference data that places it on the map.
  const reportCitations = sourceCitationCounts(input.cited, restsOnReport);
  const basedOn = sourceBasis(sources, reportCitations.size === 0 ? citations : reportCitations);
  const facts = { scope, mode: request.mode, appVersion: appInfo.version, year: input.generatedAt.getUTCFullYear(), snapshotId, url: citationUrl, basis: basedOn };
  return {
    snapshotId,
    title: snapshotTitle(scope, 'en'),
    type: scope.type,
    asOf: scope.type === 'snapshot' ? scope.asOf : null,
    from: scope.type === 'snapshot' ? null : scope.from,
    to: scope.type === 'snapshot' ? null : scope.to,
    mode: request.mode,
    filters: request.filter,
    counts,
    measures: input.measures ?? null,
    dataset: { contentHash, nodes: input.dataset.nodes.length, edges: input.dataset.edges.length, sources: input.sources.length },
    app: { name: appInfo.name, version: appInfo.version },
    sources,
    suggestedCitation: shortCitation(facts, 'en'),
    suggestedCitationSv: shortCitation(facts, 'sv'),
    citationUrl,
    basedOn,
    bibliography: sources.map((source) => source.citation),
    conventions,
    generatedAt: input.generatedAt.toISOString(),
  };
}
