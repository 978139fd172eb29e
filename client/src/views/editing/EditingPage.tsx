import { useCallback, useMemo, useRef, useState } from 'react';
import { useOperation } from '../../core/data/useOperation';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { useCentreRequest } from '../../components/GraphCanvas/useCentreRequest';
import { SearchBox, type SearchHit } from '../../components/SearchBox/SearchBox';
import { useSearchShortcut } from '../../components/SearchBox/useSearchShortcut';
import { hasRole, useSession } from '../../core/auth/session';
import { toElements } from '../../core/graph/elements';
import { networkQuery } from '../../core/graph/networkQuery';
import { useMessages } from '../../core/i18n/useLanguage';
import type { ViewProps } from '../viewRegistry';
import { LinkForm } from './LinkForm';
import { LinkPanel } from './LinkPanel';
import { editingMessages } from './messages';
import { NodeForm } from './NodeForm';
import { NodePanel } from './NodePanel';
import { editingVocabularyQuery } from '../../core/editing/operations';
import { ProposalsPanel } from './ProposalsPanel';
import { goalAreaChoices } from './options';
import './editing.css';

type Panel =
  | { kind: 'none' }
  | { kind: 'node'; id: string }
  | { kind: 'link'; id: string }
  | { kind: 'newNode' }
  | { kind: 'newLink'; from: string | null; to: string | null }
  | { kind: 'proposals' };

/** Clicking nodes while drawing a link fills its start, then its end; otherwise it selects the node. */
function afterClick(panel: Panel, id: string | null): Panel {
  if (panel.kind === 'newLink') {
    if (id === null || id === panel.from) return panel;
    if (panel.from === null || panel.to !== null) return { kind: 'newLink', from: id, to: null };
    return { ...panel, to: id };
  }
  return id === null ? panel : { kind: 'node', id };
}

/**
 * Keeps the network current: a graph of its own (click to select, click two nodes to draw a link) beside the
 * forms. Editors save (previewed first, every change recorded); viewers propose changes for review.
 */
export function EditingPage({ asOf }: ViewProps) {
  const { t, language } = useMessages(editingMessages);
  const { user } = useSession();
  const canEdit = hasRole(user, 'editor');
  const isAdmin = hasRole(user, 'admin');
  // The same answer the explorer reads: a save invalidates it (core/data), and both views show the change.
  const { state } = useOperation(networkQuery, { asOf });
  const { state: vocabulary } = useOperation(editingVocabularyQuery, {});
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [renderedCount, setRenderedCount] = useState<number | null>(null);

  // While a save or a new date reloads the network, the graph keeps showing the last one instead of flashing empty.
  const network = state.status === 'ready' ? state.data.network : null;
  const elements = useMemo(() => (network === null ? [] : toElements(network)), [network]);
  const select = useCallback((id: string | null) => setPanel((current) => afterClick(current, id)), []);
  const selectEdge = useCallback((elementId: string) => setPanel({ kind: 'link', id: elementId.replace(/^edge:/, '') }), []);
  const rendered = useCallback((count: number) => setRenderedCount(count), []);
  // The explorer's search: `/` focuses it, and a hit is picked as a click on it would be (a link's next end while
  // drawing one), brought to the middle of the graph and zoomed to.
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const { centreOn, centre, graphArea } = useCentreRequest();
  const pick = useCallback((hit: SearchHit) => {
    select(hit.node.id);
    centre(hit.node.id);
    graphArea.current?.querySelector<HTMLElement>('.graph-canvas')?.focus();
  }, [select, centre, graphArea]);

  const highlightIds = useMemo(() => {
    if (panel.kind === 'newLink') return new Set([panel.from, panel.to].filter((id): id is string => id !== null));
    if (panel.kind === 'node') return new Set([panel.id]);
    return undefined;
  }, [panel]);
  const selectedId = panel.kind === 'node' ? panel.id : null;
  const nodeOf = (id: string | null) => (id === null ? undefined : network?.nodes.find((node) => node.id === id));

  const side = () => {
    if (vocabulary.status !== 'ready' || network === null) return <p className="status">{t('loading')}</p>;
    const words = vocabulary.data.editingVocabulary;
    const common = { network, vocabulary: words, canEdit, isAdmin };
    switch (panel.kind) {
      case 'none':
        return <p className="muted">{canEdit ? t('hint') : t('viewerHint')}</p>;
      case 'node':
        return <NodePanel key={panel.id} id={panel.id} {...common} onStartLink={(from) => setPanel({ kind: 'newLink', from, to: null })} onSelectLink={(id) => setPanel({ kind: 'link', id })} />;
      case 'link':
        return <LinkPanel key={panel.id} id={panel.id} {...common} />;
      case 'newNode':
        return <NodeForm original={null} version={0} vocabulary={words} canEdit={canEdit} onCancel={() => setPanel({ kind: 'none' })} />;
      case 'proposals':
        return <ProposalsPanel canReview={canEdit} />;
      case 'newLink': {
        const from = nodeOf(panel.from);
        const to = nodeOf(panel.to);
        return (
          <section className="edit-panel" data-testid="new-link-panel">
            <p>{t('linkHint')}</p>
            <dl className="link-slots">
              <dt>{t('from')}</dt>
              <dd data-testid="link-from">{from?.name ?? t('pickNode')}</dd>
              <dt>{t('to')}</dt>
              <dd data-testid="link-to">{to?.name ?? t('pickNode')}</dd>
            </dl>
            <button type="button" onClick={() => setPanel({ kind: 'newLink', from: null, to: null })}>
              {t('clearEnds')}
            </button>
            {from !== undefined && to !== undefined ? (
              <LinkForm
                key={`${from.id}>${to.id}`}
                original={null}
                version={0}
                ends={{ from, to }}
                vocabulary={words}
                goalAreas={goalAreaChoices(network, language)}
                canEdit={canEdit}
                onCancel={() => setPanel({ kind: 'none' })}
              />
            ) : null}
          </section>
        );
      }
    }
  };

  return (
    <div className="editing-page" data-testid="editing-page">
      <div className="view-bar">
        <h2>{t('title')}</h2>
        <div className="form-actions wrap">
          <button type="button" aria-pressed={panel.kind === 'newNode'} onClick={() => setPanel({ kind: 'newNode' })} data-testid="new-node">
            {t('newNode')}
          </button>
          <button type="button" aria-pressed={panel.kind === 'newLink'} onClick={() => setPanel({ kind: 'newLink', from: null, to: null })} data-testid="new-link">
            {t('newLink')}
          </button>
          <button type="button" aria-pressed={panel.kind === 'proposals'} onClick={() => setPanel({ kind: 'proposals' })} data-testid="show-proposals">
            {t('proposals')}
          </button>
        </div>
        <SearchBox ref={searchRef} asOf={asOf} onPick={pick} />
        <span className="counts" data-testid="editing-counts" data-rendered-nodes={renderedCount ?? ''} data-edges={network?.edges.length ?? ''} />
      </div>
      <div className="editing-workspace">
        <div className="graph-area" ref={graphArea}>
          {state.status === 'error' ? (
            <p className="status error" role="alert">
              {state.message}
            </p>
          ) : null}
          {network === null ? null : (
            <GraphCanvas
              elements={elements}
              selectedId={selectedId}
              onSelect={select}
              onEdgeSelect={selectEdge}
              onRendered={rendered}
              highlightIds={highlightIds}
              centreOn={centreOn}
              label={t('title')}
              texts={{ loading: t('loadingGraph'), instructions: t('graphInstructions') }}
            />
          )}
        </div>
        <aside className="editing-side">{side()}</aside>
      </div>
    </div>
  );
}
