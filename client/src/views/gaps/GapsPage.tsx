import { useCallback, useMemo, useState } from 'react';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { useCentreRequest } from '../../components/GraphCanvas/useCentreRequest';
import { AnalysisDateNote } from '../../components/AnalysisDateNote/AnalysisDateNote';
import { LoadError } from '../../components/LoadError/LoadError';
import { pairEdgeId, toGapElements } from '../../core/gaps/gapElements';
import { countByStatus, filterOptions, filterPairs, noGapFilters, pairsOf, statusOrder, type GapFilters } from '../../core/gaps/gapFilters';
import { gapsQuery } from '../../core/gaps/gapsQuery';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import type { ViewProps } from '../viewRegistry';
import { GapDetails } from './GapDetails';
import { GapFiltersBar } from './GapFiltersBar';
import { gapStyle, statusStyle } from './gapStyle';
import { GapTable } from './GapTable';
import { gapMessages, statusTexts } from './messages';
import './gaps.css';

/**
 * Expected cooperation and where it is missing: ghost edges on a graph, the same pairs in a ranked,
 * sortable table, and for the chosen pair its rule, source and the bodies that could close it.
 */
export function GapsPage({ asOf, onAsOfChange }: ViewProps) {
  const { t } = useMessages(gapMessages);
  const { state, retry } = useOperation(gapsQuery, { asOf });
  const [filters, setFilters] = useState<GapFilters>(noGapFilters);
  const [selectedPairId, setSelectedPairId] = useState<string | null>(null);
  const [focusNodeId, setFocusNodeId] = useState<string | null>(null);
  const [renderedCount, setRenderedCount] = useState<number | null>(null);
  const { centreOn, centre, graphArea } = useCentreRequest();

  const report = state.status === 'ready' ? state.data.gaps : null;
  const allPairs = useMemo(() => report?.pairs ?? [], [report]);
  const options = useMemo(() => filterOptions(allPairs), [allPairs]);
  const pairs = useMemo(() => filterPairs(allPairs, filters), [allPairs, filters]);
  const tablePairs = useMemo(() => (focusNodeId === null ? pairs : pairsOf(pairs, focusNodeId)), [pairs, focusNodeId]);
  const elements = useMemo(() => toGapElements(pairs), [pairs]);
  const counts = countByStatus(pairs);
  const selected = allPairs.find((pair) => pair.id === selectedPairId) ?? null;
  const focusName = allPairs.map((pair) => (pair.municipality.id === focusNodeId ? pair.municipality : pair.target)).find((ref) => ref.id === focusNodeId)?.name;

  const highlightIds = useMemo(() => {
    if (selected !== null) return new Set([selected.municipality.id, selected.target.id]);
    if (focusNodeId === null) return undefined;
    return new Set(pairsOf(pairs, focusNodeId).flatMap((pair) => [pair.municipality.id, pair.target.id]));
  }, [selected, focusNodeId, pairs]);

  const selectNode = useCallback((nodeId: string | null) => {
    setFocusNodeId(nodeId);
    setSelectedPairId(null);
  }, []);
  // A pair picked in the table is brought into view on the graph.
  const pickPair = useCallback((pairId: string) => {
    setSelectedPairId(pairId);
    centre(pairEdgeId(pairId));
  }, [centre]);
  const selectEdge = useCallback((edgeId: string) => {
    if (edgeId.startsWith('pair:')) setSelectedPairId(edgeId.slice('pair:'.length));
  }, []);
  const rendered = useCallback((count: number) => setRenderedCount(count), []);

  return (
    <div className="gaps-view" data-testid="gaps-view">
      <div className="view-bar gaps-bar">
        <h2>{t('heading')}</h2>
        {report === null ? null : (
          <span data-testid="gaps-as-of">
            <AnalysisDateNote asOf={report.asOf} basis={report.asOfBasis} onAsOfChange={onAsOfChange} />
          </span>
        )}
        <span className="gap-counts" data-testid="gap-counts" data-rendered-nodes={renderedCount ?? ''} data-missing={counts.missing}>
          {statusOrder.map((status) => (
            <span key={status} className={`pair-status ${status}`} style={{ borderBottomColor: statusStyle[status].color }} title={t(statusTexts[status].explained)}>
              {t(status)}: {counts[status]}
            </span>
          ))}
        </span>
        <GapFiltersBar filters={filters} options={options} onChange={setFilters} />
      </div>
      <p className="gaps-intro muted">{t('intro')}</p>
      <main className="workspace">
        <div className="graph-area" ref={graphArea}>
          {state.status === 'loading' ? <p className="status" role="status">{t('loading')}</p> : null}
          {state.status === 'error' ? <LoadError failed={t('failed')} error={state} onRetry={retry} /> : null}
          {report !== null && allPairs.length === 0 ? (
            <div className="status" data-testid="gaps-empty">
              <p>{t('noSubjects')}</p>
              {onAsOfChange === undefined || asOf === null ? null : (
                <button type="button" onClick={() => onAsOfChange(null)}>
                  {t('useSuggestedDate')}
                </button>
              )}
            </div>
          ) : null}
          <GraphCanvas
            elements={elements}
            selectedId={selectedPairId === null ? focusNodeId : pairEdgeId(selectedPairId)}
            onSelect={selectNode}
            onEdgeSelect={selectEdge}
            onRendered={rendered}
            highlightIds={highlightIds}
            extraStyle={gapStyle}
            centreOn={centreOn}
            label={t('graphLabel')}
            texts={{ loading: t('graphLoading'), instructions: t('graphInstructions') }}
          />
          <ul className="gap-legend" aria-label={t('status')}>
            {statusOrder.map((status) => (
              <li key={status}>
                <span className="legend-line" style={{ borderTopColor: statusStyle[status].color, borderTopStyle: statusStyle[status].lineStyle }} aria-hidden="true" />
                {t(statusTexts[status].legend)}
              </li>
            ))}
          </ul>
        </div>
        <div className="gaps-side">
          {selected === null || report === null ? (
            <p className="hint">{t('selectHint')}</p>
          ) : (
            <GapDetails key={selected.id} pair={selected} asOf={report.asOf} onClose={() => setSelectedPairId(null)} />
          )}
          {focusNodeId === null ? null : (
            <p className="focus-chip">
              {t('showingNode')} <strong>{focusName ?? focusNodeId}</strong>{' '}
              <button type="button" onClick={() => selectNode(null)}>
                {t('showAll')}
              </button>
            </p>
          )}
          <GapTable pairs={tablePairs} selectedId={selectedPairId} onSelect={pickPair} />
        </div>
      </main>
    </div>
  );
}
