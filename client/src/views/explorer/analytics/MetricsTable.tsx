import type { Column } from '../../../components/DataTable/DataTable';
import { DataTable } from '../../../components/DataTable/DataTable';
import { definitionOf, formatMeasure, measureKeys, measureOf, type MeasureKey, type MetricsData, type NodeMetrics } from '../../../core/analytics/measures';
import { communityColour } from '../../../core/analytics/nodeStyling';
import { kindNames } from '../../../core/i18n/vocabulary';
import { useMessages } from '../../../core/i18n/useLanguage';
import { measureLabels } from './measureLabels';
import { analyticsMessages } from './messages';

export interface MetricsTableProps {
  metrics: MetricsData;
  /** The nodes the graph shows; the table shows the same. */
  shown: ReadonlySet<string>;
  selected: string | null;
  /** Selects the node and centres the graph on it; `toGraph` also leaves the table for the graph. */
  onCentre: (id: string, toGraph: boolean) => void;
}

/** The table twin of the measures on the graph: one row per shown node, a sortable column per measure. */
export function MetricsTable({ metrics, shown, selected, onCentre }: MetricsTableProps) {
  const { language, t } = useMessages(analyticsMessages);
  const describe = (measure: MeasureKey | 'community') => {
    const definition = definitionOf(metrics, measure);
    const about = t(measureLabels[measure].about);
    return definition === null ? about : `${about}\n${t('normalisation')}: ${definition.normalisation}\nNetworkX: ${definition.networkx}`;
  };
  const rows = metrics.nodes.filter((node) => shown.has(node.id));
  const measureColumns: Column<NodeMetrics>[] = measureKeys.map((key) => ({
    key,
    header: t(measureLabels[key].name),
    description: describe(key),
    descendingFirst: true,
    cell: (node) => <span className="number">{formatMeasure(key, measureOf(node, key), language)}</span>,
    sortValue: (node) => measureOf(node, key),
  }));
  const columns: Column<NodeMetrics>[] = [
    {
      key: 'name',
      header: t('name'),
      cell: (node) => (
        <span className="metrics-name">
          <button type="button" className="link-button" onClick={() => onCentre(node.id, false)} data-testid={`metrics-row-${node.id}`}>
            {node.name}
          </button>{' '}
          <button type="button" className="show-in-graph" title={t('showInGraph')} aria-label={`${t('showInGraph')}: ${node.name}`} onClick={() => onCentre(node.id, true)} data-testid={`metrics-show-${node.id}`}>
            ◎
          </button>
        </span>
      ),
      sortValue: (node) => node.name,
    },
    { key: 'kind', header: t('kind'), cell: (node) => kindNames[node.kind][language], sortValue: (node) => kindNames[node.kind][language] },
    ...measureColumns,
    {
      key: 'community',
      header: t('community'),
      description: describe('community'),
      cell: (node) => (
        <span className="nowrap">
          <span className="swatch" style={{ background: communityColour(node.community) }} aria-hidden="true" /> {node.community + 1}
        </span>
      ),
      sortValue: (node) => node.community,
    },
  ];
  return (
    <DataTable
      caption={t('metricsTable')}
      rows={rows}
      columns={columns}
      rowKey={(node) => node.id}
      selectedKey={selected}
      testId="table-metrics"
      initialSort={{ key: 'pagerank', ascending: false }}
    />
  );
}
