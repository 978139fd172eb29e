import { useCallback, useMemo, useState } from 'react';
import { DetailsPanel } from '../../components/DetailsPanel/DetailsPanel';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { Legend } from '../../components/Legend/Legend';
import { toElements } from '../../core/graph/elements';
import { useNetwork } from '../../core/graph/useNetwork';
import { useLanguage } from '../../core/i18n/useLanguage';
import type { ViewProps } from '../viewRegistry';

/** The network as of a date: graph, legend and the selected node's details. */
export function ExplorerPage({ asOf }: ViewProps) {
  const { t } = useLanguage();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [renderedCount, setRenderedCount] = useState<number | null>(null);
  const { state, retry } = useNetwork(asOf);

  const network = state.status === 'ready' ? state.network : null;
  const elements = useMemo(() => (network === null ? [] : toElements(network)), [network]);
  const selectedNode = network?.nodes.find((node) => node.id === selectedId) ?? null;
  const select = useCallback((id: string | null) => setSelectedId(id), []);
  const rendered = useCallback((count: number) => setRenderedCount(count), []);

  return (
    <div className="explorer">
      <div className="view-bar">
        <span className="counts" data-testid="counts" data-rendered-nodes={renderedCount ?? ''}>
          {network === null ? '' : `${network.nodes.length} ${t('shownNodes')} · ${network.edges.length} ${t('shownEdges')}`}
        </span>
      </div>
      <main className="workspace">
        <div className="graph-area">
          {state.status === 'loading' ? <p className="status" role="status">{t('loading')}</p> : null}
          {state.status === 'error' ? (
            <div className="status error" role="alert">
              <p>{state.code === 'DATABASE_UNAVAILABLE' ? t('databaseDown') : `${t('loadFailed')}: ${state.message}`}</p>
              <button type="button" onClick={retry}>
                {t('retry')}
              </button>
            </div>
          ) : null}
          {network !== null && network.nodes.length === 0 ? <p className="status">{t('empty')}</p> : null}
          <GraphCanvas elements={elements} selectedId={selectedId} onSelect={select} onRendered={rendered} />
        </div>
        <div className="side">
          <DetailsPanel node={selectedNode} onClose={() => setSelectedId(null)} />
          <Legend />
        </div>
      </main>
    </div>
  );
}
