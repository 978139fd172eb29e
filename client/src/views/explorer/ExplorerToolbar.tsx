import type { ReactNode, Ref } from 'react';
import { SearchBox, type SearchHit } from '../../components/SearchBox/SearchBox';
import type { Counts } from '../../core/filters/filters';
import { useMessages } from '../../core/i18n/useLanguage';
import { graphModes, layoutNames, type GraphMode, type LayoutName } from '../../core/urlState/urlState';
import { explorerMessages, type ExplorerMessageKey } from './messages';

const layoutLabels: Record<LayoutName, ExplorerMessageKey> = {
  force: 'layoutForce',
  geographic: 'layoutGeographic',
  concentric: 'layoutConcentric',
  hierarchy: 'layoutHierarchy',
  counties: 'layoutCounties',
};

export interface ExplorerToolbarProps {
  asOf: string | null;
  searchRef: Ref<HTMLInputElement>;
  onPick: (hit: SearchHit) => void;
  mode: GraphMode;
  onMode: (mode: GraphMode) => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  table: boolean;
  onTable: (table: boolean) => void;
  counts: Counts | null;
  renderedNodes: number | null;
  refreshing: boolean;
  /** The buttons that open the filters and the side panel as drawers on a narrow screen. */
  drawerToggles?: ReactNode;
}

/** Search, view mode, layout, graph or table, and the counts of what is shown and hidden (always in sight). */
export function ExplorerToolbar({ searchRef, asOf, onPick, ...props }: ExplorerToolbarProps) {
  const { t } = useMessages(explorerMessages);
  const { counts } = props;
  return (
    <div className="view-bar">
      <SearchBox ref={searchRef} asOf={asOf} onPick={onPick} />
      {props.drawerToggles}
      <div className="segmented" role="group" aria-label={t('mode')}>
        {graphModes.map((mode) => (
          <button key={mode} type="button" aria-pressed={props.mode === mode} onClick={() => props.onMode(mode)} data-testid={`mode-${mode}`}>
            {t(mode)}
          </button>
        ))}
      </div>
      <label>
        {t('layout')}{' '}
        <select value={props.layout} onChange={(event) => props.onLayout(layoutNames.find((name) => name === event.target.value) ?? 'force')} data-testid="layout-select">
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {t(layoutLabels[name])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onRelayout} data-testid="relayout">
        {t('relayout')}
      </button>
      <div className="segmented" role="group" aria-label={t('showAs')}>
        <button type="button" aria-pressed={!props.table} onClick={() => props.onTable(false)} data-testid="show-graph">
          {t('graph')}
        </button>
        <button type="button" aria-pressed={props.table} onClick={() => props.onTable(true)} data-testid="show-table">
          {t('table')}
        </button>
      </div>
      <span
        className="counts"
        data-testid="counts"
        role="status"
        data-rendered-nodes={props.renderedNodes ?? ''}
        data-shown-nodes={counts?.nodesShown ?? ''}
        data-total-nodes={counts?.nodesTotal ?? ''}
        data-shown-edges={counts?.edgesShown ?? ''}
        data-total-edges={counts?.edgesTotal ?? ''}
      >
        {counts === null
          ? ''
          : `${t('counts')} ${counts.nodesShown} ${t('of')} ${counts.nodesTotal} ${t('nodes')} · ${counts.edgesShown} ${t('of')} ${counts.edgesTotal} ${t('links')} · ${counts.nodesTotal - counts.nodesShown} ${t('nodes')} ${t('hidden')}`}
        {props.refreshing ? <span className="muted"> · {t('refreshing')}</span> : null}
      </span>
    </div>
  );
}
