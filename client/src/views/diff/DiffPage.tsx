import { useCallback, useEffect, useMemo, useState } from 'react';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { useCentreRequest } from '../../components/GraphCanvas/useCentreRequest';
import { LoadError } from '../../components/LoadError/LoadError';
import { exportChoiceOf, exportQuery } from '../../core/export/exportParameters';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { isIsoDate, readExplorerState } from '../../core/urlState/urlState';
import { changeUrl, useUrlParams } from '../../core/urlState/useUrlState';
import type { ViewProps } from '../viewRegistry';
import { ChangeList } from './ChangeList';
import { diffElements, diffStyle } from './diffElements';
import { DiffSummary } from './DiffSummary';
import { MeasureChanges } from './MeasureChanges';
import { diffMessages } from './messages';
import { networkDiffQuery } from './diffQuery';
import './diff.css';

const defaultFrom = '2006-01-01';
const defaultTo = '2008-06-01';

function dateParam(params: URLSearchParams, key: string, fallback: string): string {
  const value = params.get(key);
  return value !== null && isIsoDate(value) ? value : fallback;
}

/** The network on two dates drawn as one: what was added, removed or changed is coloured, and listed beside. */
export function DiffPage(_props: ViewProps) {
  const { t } = useMessages(diffMessages);
  const params = useUrlParams();
  const from = dateParam(params, 'diffFrom', defaultFrom);
  const to = dateParam(params, 'diffTo', defaultTo);
  const explorer = useMemo(() => readExplorerState(params), [params]);
  const choice = useMemo(() => exportChoiceOf(null, 'twoMode', explorer.filters), [explorer.filters]);
  const filter = useMemo(() => ({ kinds: choice.kinds, evidence: choice.evidence, bodyTypes: choice.bodyTypes }), [choice]);
  const variables = useMemo(() => (from <= to ? { from, to, filter } : null), [from, to, filter]);
  const { state, retry } = useOperation(networkDiffQuery, variables);
  const diff = state.status === 'ready' ? state.data.networkDiff : null;
  const elements = useMemo(() => (diff === null ? [] : diffElements(diff)), [diff]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const select = useCallback((id: string | null) => setSelectedId(id), []);
  const { centreOn, centre, graphArea } = useCentreRequest();
  // A change picked in the list is brought into view on the graph.
  const pick = useCallback((id: string) => {
    setSelectedId(id);
    centre(id);
  }, [centre]);
  const [renderedNodes, setRenderedNodes] = useState<number | null>(null);
  const rendered = useCallback((count: number) => setRenderedNodes(count), []);
  // The dates go into the URL from the start, so a copied link opens the same comparison.
  useEffect(() => {
    if (params.get('diffFrom') === from && params.get('diffTo') === to) return;
    changeUrl((current) => {
      current.set('diffFrom', from);
      current.set('diffTo', to);
      return current;
    });
  }, [params, from, to]);
  const setDate = (key: 'diffFrom' | 'diffTo', value: string) => {
    if (!isIsoDate(value)) return;
    changeUrl((current) => {
      current.set(key, value);
      return current;
    });
  };
  const query = variables === null ? null : `from=${from}&to=${to}&${exportQuery({ ...choice, asOf: null })}`.replace(/&$/, '');

  return (
    <div className="diff-view" data-testid="diff-view" data-rendered-nodes={diff === null ? '' : (renderedNodes ?? '')}>
      <div className="view-bar">
        <label>
          {t('from')} <input type="date" data-testid="diff-from" value={from} onChange={(event) => setDate('diffFrom', event.target.value)} />
        </label>
        <label>
          {t('to')} <input type="date" data-testid="diff-to" value={to} onChange={(event) => setDate('diffTo', event.target.value)} />
        </label>
        {variables === null ? <span role="alert">{t('orderHint')}</span> : null}
        {query === null ? null : (
          <span>
            {t('download')}: <a href={`/export/diff-csv?${query}`}>CSV</a> · <a href={`/export/diff-json?${query}`}>JSON</a>
          </span>
        )}
      </div>
      <main className="workspace">
        <div className="graph-area" ref={graphArea}>
          {state.status === 'loading' ? <p className="status" role="status">{t('loading')}</p> : null}
          {state.status === 'error' ? <LoadError failed={t('failed')} error={state} onRetry={retry} /> : null}
          {diff === null ? null : (
            <GraphCanvas elements={elements} selectedId={selectedId} onSelect={select} onRendered={rendered} extraStyle={diffStyle} centreOn={centreOn} label={t('graphLabel')} />
          )}
        </div>
        <div className="side diff-side">
          <h1 className="view-heading">{t('heading')}</h1>
          {diff === null ? null : <DiffSummary summary={diff.summary} />}
          {variables === null ? null : <MeasureChanges from={from} to={to} filter={filter} params={params} />}
          {diff === null ? null : <ChangeList diff={diff} onSelect={pick} />}
        </div>
      </main>
    </div>
  );
}
