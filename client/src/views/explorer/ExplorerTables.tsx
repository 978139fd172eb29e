import type { Column } from '../../components/DataTable/DataTable';
import { DataTable } from '../../components/DataTable/DataTable';
import type { NetworkEdge, NetworkNode } from '../../core/graph/elements';
import type { ModeGraph } from '../../core/graph/explorerElements';
import { edgeElementId } from '../../core/graph/explorerElements';
import type { NetworkIndex } from '../../core/graph/networkIndex';
import type { Visibility } from '../../core/filters/filters';
import { evidenceNames, kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import type { GraphMode } from '../../core/urlState/urlState';
import type { MetricsData } from '../../core/analytics/measures';
import { MetricsTable } from './analytics/MetricsTable';
import { explorerMessages } from './messages';

export interface ExplorerTablesProps {
  index: NetworkIndex;
  modeGraph: ModeGraph;
  visibility: Visibility;
  mode: GraphMode;
  selected: string | null;
  onSelect: (id: string) => void;
  /** The measures of the date and mode, once loaded: their table comes first. */
  metrics: MetricsData | null;
  /** Selects a node and centres the graph on it, going back to the graph or staying in the table. */
  onCentre: (id: string, toGraph: boolean) => void;
}

interface TieRow {
  id: string;
  source: string;
  target: string;
  via: string[];
}

/** The table equivalent of the graph on screen: the same nodes and links, row by row. */
export function ExplorerTables({ index, modeGraph, visibility, mode, selected, onSelect, metrics, onCentre }: ExplorerTablesProps) {
  const { language, t } = useMessages(explorerMessages);
  const name = (id: string) => index.nodes.get(id)?.name ?? id;
  const nodeButton = (id: string) => (
    <button type="button" className="link-button" onClick={() => onSelect(id)} data-testid={`row-${id}`}>
      {name(id)}
    </button>
  );
  const counties = (id: string) => [...(index.counties.get(id) ?? [])].map(name).sort().join(', ');
  const degrees = new Map<string, number>();
  for (const edge of modeGraph.viewGraph.edges) {
    if (!visibility.edges.has(edge.id)) continue;
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  const degree = (id: string) => degrees.get(id) ?? 0;
  const dates = (item: { validFrom: string | null; validTo: string | null }) =>
    item.validFrom === null && item.validTo === null ? '' : <span className="nowrap">{`${item.validFrom ?? '…'} – ${item.validTo ?? '…'}`}</span>;

  const nodes = index.network.nodes.filter((node) => visibility.nodes.has(node.id));
  const metricsTable =
    metrics === null ? null : <MetricsTable metrics={metrics} shown={visibility.nodes} selected={selected} onCentre={onCentre} />;
  const nodeColumns: Column<NetworkNode>[] = [
    { key: 'name', header: t('name'), cell: (node) => nodeButton(node.id), sortValue: (node) => node.name },
    { key: 'kind', header: t('kind'), cell: (node) => kindNames[node.kind][language], sortValue: (node) => kindNames[node.kind][language] },
    { key: 'county', header: t('county'), cell: (node) => counties(node.id), sortValue: (node) => counties(node.id) },
    { key: 'evidence', header: t('evidence'), cell: (node) => evidenceNames[node.provenance.evidence][language], sortValue: (node) => node.provenance.evidence },
    { key: 'valid', header: t('valid'), cell: dates, sortValue: (node) => node.validFrom ?? '' },
    { key: 'degree', header: t('degree'), cell: (node) => degree(node.id), sortValue: (node) => degree(node.id) },
  ];

  if (mode === 'projected') {
    const ties: TieRow[] = modeGraph.elements
      .filter((element) => element.data['type'] === 'TIE' && visibility.edges.has(String(element.data.id)))
      .map((element) => ({ id: String(element.data.id), source: String(element.data['source']), target: String(element.data['target']), via: element.data['via'] as string[] }));
    const tieColumns: Column<TieRow>[] = [
      { key: 'from', header: t('from_'), cell: (tie) => nodeButton(tie.source), sortValue: (tie) => name(tie.source) },
      { key: 'to', header: t('to_'), cell: (tie) => nodeButton(tie.target), sortValue: (tie) => name(tie.target) },
      { key: 'count', header: t('sharedBodies'), cell: (tie) => tie.via.length, sortValue: (tie) => tie.via.length },
      { key: 'via', header: t('via'), cell: (tie) => tie.via.map(name).join('; '), sortValue: (tie) => tie.via.map(name).join('; ') },
    ];
    return (
      <div className="tables" data-testid="explorer-tables">
        {metricsTable}
        <DataTable caption={t('actorsTable')} rows={nodes} columns={nodeColumns} rowKey={(node) => node.id} selectedKey={selected} testId="table-nodes" />
        <DataTable caption={t('tiesTable')} rows={ties} columns={tieColumns} rowKey={(tie) => tie.id} testId="table-ties" />
      </div>
    );
  }

  const edges = index.network.edges.filter((edge) => visibility.edges.has(edgeElementId(edge.id)));
  const edgeColumns: Column<NetworkEdge>[] = [
    { key: 'from', header: t('from_'), cell: (edge) => nodeButton(edge.source), sortValue: (edge) => name(edge.source) },
    { key: 'type', header: t('type'), cell: (edge) => relationshipNames[edge.type][language], sortValue: (edge) => relationshipNames[edge.type][language] },
    { key: 'to', header: t('to_'), cell: (edge) => nodeButton(edge.target), sortValue: (edge) => name(edge.target) },
    { key: 'valid', header: t('valid'), cell: dates, sortValue: (edge) => edge.validFrom ?? '' },
    { key: 'evidence', header: t('evidence'), cell: (edge) => evidenceNames[edge.provenance.evidence][language], sortValue: (edge) => edge.provenance.evidence },
  ];
  return (
    <div className="tables" data-testid="explorer-tables">
      {metricsTable}
      <DataTable caption={t('nodesTable')} rows={nodes} columns={nodeColumns} rowKey={(node) => node.id} selectedKey={selected} testId="table-nodes" />
      <DataTable caption={t('linksTable')} rows={edges} columns={edgeColumns} rowKey={(edge) => edge.id} testId="table-links" />
    </div>
  );
}
