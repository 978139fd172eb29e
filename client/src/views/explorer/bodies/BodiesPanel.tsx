import type { ReactNode } from 'react';
import { scopeNames } from '../../../core/graph/names';
import { useOperation } from '../../../core/data/useOperation';
import { useMessages } from '../../../core/i18n/useLanguage';
import type { Panel } from '../../../core/urlState/urlState';
import { BodyProfileView, NodeLink } from './BodyProfileView';
import { bodiesMessages } from './messages';
import { bodiesCoveringQuery, bodyMembersQuery, bodyOverlapQuery } from './queries';

export interface BodiesPanelProps {
  panel: Panel;
  asOf: string | null;
  /** Bodies and agreements to compare with, by id and name. */
  bodies: readonly { id: string; name: string }[];
  onPanel: (panel: Panel | null) => void;
  onSelect: (id: string) => void;
  onHighlight: (ids: string[]) => void;
}

function Frame({ title, onClose, children, testId }: { title: ReactNode; onClose: () => void; children: ReactNode; testId: string }) {
  const { t } = useMessages(bodiesMessages);
  return (
    <section className="bodies-panel" data-testid={testId} aria-label={typeof title === 'string' ? title : undefined}>
      <header>
        <h3>{title}</h3>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}

function Status({ status, retry }: { status: string; retry: () => void }) {
  const { t } = useMessages(bodiesMessages);
  if (status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (status === 'error')
    return (
      <p role="alert">
        {t('failed')}{' '}
        <button type="button" onClick={retry}>
          ↻
        </button>
      </p>
    );
  return null;
}

/** "Bodies covering this place", "members of this body" and "what these two bodies share", at the chosen date. */
export function BodiesPanel(props: BodiesPanelProps) {
  const { panel } = props;
  if (panel.kind === 'covering') return <Covering {...props} place={panel.place} />;
  if (panel.kind === 'members') return <Members {...props} body={panel.body} />;
  return <Overlap {...props} a={panel.a} b={panel.b} />;
}

function Covering({ place, asOf, onPanel, onSelect, onHighlight }: BodiesPanelProps & { place: string }) {
  const { language, t } = useMessages(bodiesMessages);
  const { state, retry } = useOperation(bodiesCoveringQuery, { place, asOf });
  const coverage = state.status === 'ready' ? state.data.bodiesCovering : null;
  return (
    <Frame title={`${t('coveringTitle')} ${coverage?.place.name ?? ''}`} onClose={() => onPanel(null)} testId="bodies-covering">
      <Status status={state.status} retry={retry} />
      {coverage !== null && coverage.bodies.length === 0 ? <p className="muted">{t('noBodies')}</p> : null}
      {coverage?.bodies.map((entry) => (
        <div key={entry.profile.body.id} className="covering-entry">
          <p className="muted scope">
            {scopeNames[entry.scope][language]}
            {entry.scope === 'member' || entry.scope === 'place' ? '' : ` (${t('via')} ${entry.via.map((area) => area.name).join(', ')})`}
          </p>
          <BodyProfileView profile={entry.profile} onSelect={onSelect} onHighlight={onHighlight} />
        </div>
      ))}
    </Frame>
  );
}

function Members({ body, asOf, bodies, onPanel, onSelect, onHighlight }: BodiesPanelProps & { body: string }) {
  const { t } = useMessages(bodiesMessages);
  const { state, retry } = useOperation(bodyMembersQuery, { body, asOf });
  const profile = state.status === 'ready' ? state.data.bodyMembers : null;
  return (
    <Frame title={`${t('membersTitle')} ${profile?.body.name ?? ''}`} onClose={() => onPanel(null)} testId="body-members-panel">
      <Status status={state.status} retry={retry} />
      {profile === null ? null : <BodyProfileView profile={profile} onSelect={onSelect} onHighlight={onHighlight} />}
      <CompareSelect bodies={bodies} exclude={body} value={null} onPick={(b) => onPanel({ kind: 'overlap', a: body, b })} />
    </Frame>
  );
}

function CompareSelect({ bodies, exclude, value, onPick }: { bodies: BodiesPanelProps['bodies']; exclude: string; value: string | null; onPick: (id: string) => void }) {
  const { t } = useMessages(bodiesMessages);
  return (
    <label className="compare">
      {t('pickSecond')}{' '}
      <select value={value ?? ''} onChange={(event) => event.target.value !== '' && onPick(event.target.value)} data-testid="compare-select">
        <option value="">—</option>
        {bodies
          .filter((body) => body.id !== exclude)
          .map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
      </select>
    </label>
  );
}

function Overlap({ a, b, asOf, bodies, onPanel, onSelect, onHighlight }: BodiesPanelProps & { a: string; b: string | null }) {
  const { t } = useMessages(bodiesMessages);
  const { state, retry } = useOperation(bodyOverlapQuery, b === null ? null : { a, b, asOf });
  const overlap = state.status === 'ready' ? state.data.bodyOverlap : null;
  const names = (nodes: readonly { id: string; kind: Parameters<typeof NodeLink>[0]['node']['kind']; name: string }[]) =>
    nodes.length === 0 ? (
      <span className="muted">{t('none')}</span>
    ) : (
      nodes.map((node) => <NodeLink key={node.id} node={node} onSelect={onSelect} />)
    );
  return (
    <Frame title={t('overlapTitle')} onClose={() => onPanel(null)} testId="body-overlap">
      <CompareSelect bodies={bodies} exclude={a} value={b} onPick={(picked) => onPanel({ kind: 'overlap', a, b: picked })} />
      <Status status={state.status} retry={retry} />
      {overlap === null ? null : (
        <>
          <dl className="overlap">
            <dt>{t('shared')}</dt>
            <dd data-testid="overlap-shared">{names(overlap.sharedMembers)}</dd>
            <dt>
              {t('onlyIn')} {overlap.a.body.name}
            </dt>
            <dd>{names(overlap.onlyInA)}</dd>
            <dt>
              {t('onlyIn')} {overlap.b.body.name}
            </dt>
            <dd>{names(overlap.onlyInB)}</dd>
            <dt>{t('sharedAreas')}</dt>
            <dd data-testid="overlap-areas">{names(overlap.sharedAreas)}</dd>
          </dl>
          <button type="button" onClick={() => onHighlight([overlap.a.body.id, overlap.b.body.id, ...overlap.sharedMembers.map((node) => node.id)])}>
            {t('showMembers')}
          </button>
          <BodyProfileView profile={overlap.a} onSelect={onSelect} onHighlight={onHighlight} />
          <BodyProfileView profile={overlap.b} onSelect={onSelect} onHighlight={onHighlight} />
        </>
      )}
    </Frame>
  );
}
