import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DetailsPanel } from '../../components/DetailsPanel/DetailsPanel';
import { Drawer, DrawerToggle } from '../../components/Drawer/Drawer';
import { GraphCanvas, preloadGraphCanvas, type CanvasCommand } from '../../components/GraphCanvas/GraphCanvas';
import { Legend } from '../../components/Legend/Legend';
import { LoadError } from '../../components/LoadError/LoadError';
import { componentMessages } from '../../components/messages';
import type { SearchHit } from '../../components/SearchBox/SearchBox';
import { useSearchShortcut } from '../../components/SearchBox/useSearchShortcut';
import { kindNames } from '../../core/i18n/vocabulary';
import { useLanguage, useMessages } from '../../core/i18n/useLanguage';
import { readExplorerState, writeExplorerState, type Expansion, type ExplorerState, type Panel } from '../../core/urlState/urlState';
import { useUrlPart } from '../../core/urlState/useUrlState';
import type { ViewProps } from '../viewRegistry';
import { BodiesPanel } from './bodies/BodiesPanel';
import { EdgeDetails } from './EdgeDetails';
import { ExplorerTables } from './ExplorerTables';
import { ExplorerToolbar } from './ExplorerToolbar';
import { FilterPanel } from './FilterPanel';
import './explorer.css';
import { explorerMessages } from './messages';
import { NodeActions } from './NodeActions';
import { StatusChips } from './StatusChips';
import { TimelineBar } from './TimelineBar';
import { useExplorerModel } from './useExplorerModel';
import { MeasuresPanel } from './analytics/MeasuresPanel';
import { PathsPanel } from './analytics/PathsPanel';
import { useExplorerAnalytics, useStyledElements } from './analytics/useExplorerAnalytics';

const nothing: ReadonlySet<string> = new Set();

function mergeExpansion(expanded: readonly Expansion[], next: Expansion): Expansion[] {
  const existing = expanded.find((entry) => entry.id === next.id);
  if (existing === undefined) return [...expanded, next];
  const types = existing.types.length === 0 || next.types.length === 0 ? [] : [...new Set([...existing.types, ...next.types])];
  return expanded.map((entry) => (entry.id === next.id ? { id: next.id, types } : entry));
}

/** The explorer: which bodies cover a place, who sits in them, and how that changes over time. */
export function ExplorerPage({ asOf, onAsOfChange }: ViewProps) {
  const { language, t: shared } = useLanguage();
  const { t } = useMessages(explorerMessages);
  const { t: tc } = useMessages(componentMessages);
  const [state, update] = useUrlPart(readExplorerState, writeExplorerState);
  const [relayouts, setRelayouts] = useState(0);
  const [renderedCount, setRenderedCount] = useState<number | null>(null);
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(nothing);
  /** Which panel is open as a drawer on a narrow screen (on a wide one both are always beside the graph). */
  const [drawer, setDrawer] = useState<'filters' | 'side' | null>(null);
  const toggleDrawer = (which: 'filters' | 'side') => setDrawer((current) => (current === which ? null : which));
  const closeDrawer = useCallback(() => setDrawer(null), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const graphArea = useRef<HTMLDivElement>(null);
  const analytics = useExplorerAnalytics(asOf, state);
  const { remote, retry, network, index, modeGraph, visibility, plan, layoutKey } = useExplorerModel(asOf, state, relayouts, analytics);
  const elements = useStyledElements(modeGraph, index, analytics, state.display);
  const { selected, focus } = state;

  const change = useCallback((patch: (current: ExplorerState) => Partial<ExplorerState>, mode: 'push' | 'replace' = 'push') => {
    update((current) => ({ ...current, ...patch(current) }), mode);
  }, [update]);
  // One context panel at a time: a new selection replaces the bodies panel of the previous one.
  const select = useCallback((id: string | null) => {
    setEdgeId(null);
    if (id !== selected) setHighlight(nothing);
    change((current) => (id === current.selected ? { selected: id } : { selected: id, panel: null }));
  }, [change, selected]);
  const selectEdge = useCallback((id: string) => {
    setEdgeId(id);
    setHighlight(nothing);
    change(() => ({ panel: null }), 'replace');
  }, [change]);
  const rendered = useCallback((count: number) => setRenderedCount(count), []);
  const setPanel = useCallback((panel: Panel | null) => {
    setHighlight(nothing);
    change(() => ({ panel }));
  }, [change]);
  const [centreOn, setCentreOn] = useState<{ id: string; request: number } | null>(null);
  const centre = useCallback((id: string, toGraph: boolean) => {
    setEdgeId(null);
    if (id !== selected) setHighlight(nothing);
    setCentreOn((current) => ({ id, request: (current?.request ?? 0) + 1 }));
    change((current) => ({ selected: id, ...(toGraph ? { table: false } : {}), ...(id === current.selected ? {} : { panel: null }) }));
  }, [change, selected]);
  const focusNode = useCallback((id: string | null) => change(() => ({ focus: id })), [change]);
  const hideNode = useCallback((id: string) => change((current) => ({
    hidden: [...new Set([...current.hidden, id])],
    selected: current.selected === id ? null : current.selected,
    focus: current.focus === id ? null : current.focus,
    expanded: current.expanded.filter((entry) => entry.id !== id),
  })), [change]);
  const expandNode = useCallback((expansion: Expansion) => change((current) => ({ expanded: mergeExpansion(current.expanded, expansion) })), [change]);

  const onCommand = useCallback((command: CanvasCommand) => {
    if (selected === null) return;
    if (command === 'details') headingRef.current?.focus();
    else if (command === 'focus') focusNode(focus === selected ? null : selected);
    else if (command === 'hide') hideNode(selected);
    else expandNode({ id: selected, types: [] });
  }, [selected, focus, focusNode, hideNode, expandNode]);

  // A search hit is selected and brought to the middle of the view, zoomed in, with its neighbours marked.
  const onPick = useCallback((hit: SearchHit) => {
    centre(hit.node.id, false);
    graphArea.current?.querySelector<HTMLElement>('.graph-canvas')?.focus();
  }, [centre]);

  useEffect(preloadGraphCanvas, []);

  useSearchShortcut(searchRef);

  const bodies = useMemo(
    () =>
      (index?.network.nodes ?? [])
        .filter((node) => node.kind === 'Body' || node.kind === 'Agreement')
        .map((node) => ({ id: node.id, name: node.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [index],
  );
  const selectedNode = selected === null ? null : (index?.nodes.get(selected) ?? null);
  const neighbourCount = selected === null ? 0 : (index?.adjacency.get(selected)?.length ?? 0);
  const announcement = selectedNode === null ? '' : `${t('selected')}: ${selectedNode.name} (${kindNames[selectedNode.kind][language]}), ${neighbourCount} ${t('neighboursCount')}`;
  const layout = useMemo(() => (plan === null ? undefined : { plan, key: layoutKey }), [plan, layoutKey]);
  const visibleIds = useMemo(() => (visibility === null ? undefined : new Set([...visibility.nodes, ...visibility.edges])), [visibility]);
  const empty = network !== null && network.nodes.length === 0;
  const allFiltered = !empty && visibility !== null && visibility.counts.nodesShown === 0;

  return (
    <div className="explorer">
      <ExplorerToolbar
        asOf={asOf}
        searchRef={searchRef}
        onPick={onPick}
        mode={state.mode}
        onMode={(mode) => change(() => ({ mode }))}
        layout={state.layout}
        onLayout={(name) => change(() => ({ layout: name }))}
        onRelayout={() => setRelayouts((count) => count + 1)}
        table={state.table}
        onTable={(table) => change(() => ({ table }))}
        counts={visibility?.counts ?? null}
        renderedNodes={renderedCount}
        refreshing={remote.status === 'ready' && remote.refreshing}
        drawerToggles={
          <>
            <DrawerToggle controls="explorer-filters" open={drawer === 'filters'} onToggle={() => toggleDrawer('filters')} testId="toggle-filters">
              {t('filtersToggle')}
            </DrawerToggle>
            <DrawerToggle controls="explorer-side" open={drawer === 'side'} onToggle={() => toggleDrawer('side')} testId="toggle-side">
              {selectedNode === null ? shared('details') : `${shared('details')}: ${selectedNode.name}`}
            </DrawerToggle>
          </>
        }
      />
      <main className="workspace with-drawers">
        <Drawer id="explorer-filters" className="filters-drawer" placement="start" open={drawer === 'filters'} onClose={closeDrawer} label={t('filtersToggle')} testId="filters-drawer">
          <FilterPanel index={index} filters={state.filters} onChange={(filters) => change(() => ({ filters }), 'replace')} />
        </Drawer>
        <div className="graph-area" ref={graphArea}>
          <StatusChips
            index={index}
            state={state}
            onClearFocus={() => focusNode(null)}
            onShowHidden={() => change(() => ({ hidden: [] }))}
            onClearExpanded={() => change(() => ({ expanded: [] }))}
          />
          {remote.status === 'loading' ? (
            <p className="status" role="status" data-testid="loading">
              {shared('loading')}
            </p>
          ) : null}
          {remote.status === 'error' ? <LoadError failed={shared('loadFailed')} error={remote} onRetry={retry} /> : null}
          {empty ? <p className="status" data-testid="empty">{t('emptyDate')}</p> : null}
          {allFiltered ? <p className="status" data-testid="all-filtered">{t('emptyFiltered')}</p> : null}
          {elements === null ? null : (
            <GraphCanvas
              elements={elements}
              selectedId={selected}
              onSelect={select}
              onRendered={rendered}
              visibleIds={visibleIds}
              layout={layout}
              highlightIds={analytics.highlight?.nodes ?? highlight}
              highlightEdgeIds={analytics.highlight?.edges}
              extraStyle={analytics.extraStyle}
              centreOn={centreOn}
              onEdgeSelect={selectEdge}
              onCommand={onCommand}
              showOutline={state.layout === 'geographic'}
              label={tc('graphLabel')}
              texts={{ loading: tc('loadingGraph'), instructions: tc('graphKeys') }}
            />
          )}
          {state.table && index !== null && modeGraph !== null && visibility !== null ? (
            <ExplorerTables
              index={index}
              modeGraph={modeGraph}
              visibility={visibility}
              mode={state.mode}
              selected={selected}
              onSelect={select}
              metrics={analytics.metrics}
              onCentre={centre}
            />
          ) : null}
          <p className="visually-hidden" aria-live="polite" data-testid="announcement">
            {announcement}
          </p>
        </div>
        <Drawer id="explorer-side" className="side" placement="bottom" open={drawer === 'side'} onClose={closeDrawer} label={shared('details')} testId="side-drawer">
          {state.panel === null ? null : (
            <BodiesPanel panel={state.panel} asOf={asOf} bodies={bodies} onPanel={setPanel} onSelect={select} onHighlight={(ids) => setHighlight(new Set(ids))} />
          )}
          {edgeId !== null && index !== null && modeGraph !== null ? (
            <EdgeDetails id={edgeId} index={index} modeGraph={modeGraph} onSelect={select} onClose={() => setEdgeId(null)} />
          ) : (
            <DetailsPanel node={selectedNode} nodeId={selected} asOf={asOf} onClose={() => select(null)} onSelectNode={select} headingRef={headingRef}>
              {selected === null ? null : (
                <NodeActions id={selected} index={index} focused={focus === selected} onFocus={focusNode} onHide={hideNode} onExpand={expandNode} onPanel={setPanel} />
              )}
            </DetailsPanel>
          )}
          <MeasuresPanel
            asOf={asOf}
            remote={analytics.metricsRemote}
            display={state.display}
            filter={state.measureFilter}
            onDisplay={(display) => change(() => ({ display }), 'replace')}
            onFilter={(measureFilter) => change(() => ({ measureFilter }), 'replace')}
          />
          <PathsPanel
            asOf={asOf}
            from={analytics.from}
            to={analytics.to}
            fromIsSelection={state.path.from === null}
            remote={analytics.connectionRemote}
            nameOf={(id) => index?.nodes.get(id)?.name ?? '…'}
            onEnds={(path) => change(() => ({ path }))}
            onSelect={select}
          />
          <details className="legend-box" open>
            <summary>{shared('legend')}</summary>
            <Legend />
          </details>
        </Drawer>
      </main>
      {onAsOfChange === undefined ? null : <TimelineBar asOf={asOf} onAsOfChange={onAsOfChange} />}
      <p className="muted shortcuts">{t('shortcuts')}</p>
    </div>
  );
}
