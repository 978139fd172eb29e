import { Citation } from '../../../components/DetailsPanel/Citation';
import { SearchBox } from '../../../components/SearchBox/SearchBox';
import type { ConnectionData, ConnectionPath } from '../../../core/analytics/pathHighlight';
import type { Remote } from '../../../core/data/useOperation';
import { relationshipNames } from '../../../core/i18n/vocabulary';
import { useMessages } from '../../../core/i18n/useLanguage';
import type { PathsQuery } from '../../../graphql/generated/graphql';
import { analyticsMessages } from './messages';

export interface PathsPanelProps {
  asOf: string | null;
  from: string | null;
  to: string | null;
  /** The start is the selected node, not one picked here. */
  fromIsSelection: boolean;
  remote: Remote<PathsQuery>;
  nameOf: (id: string) => string;
  onEnds: (ends: { from: string | null; to: string | null }) => void;
  onSelect: (id: string) => void;
}

function PathSteps({ path, nameOf, onSelect }: { path: ConnectionPath; nameOf: (id: string) => string; onSelect: (id: string) => void }) {
  const { language, t } = useMessages(analyticsMessages);
  const nodeName = (id: string) => path.nodes.find((node) => node.id === id)?.name ?? nameOf(id);
  const nodeButton = (id: string) => (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      {nodeName(id)}
    </button>
  );
  return (
    <ol className="path-steps">
      {path.steps.map((step) => (
        <li key={`${step.from}|${step.to}`} data-testid="path-step">
          <span className="step-ends">
            {nodeButton(step.from)} – {nodeButton(step.to)}
          </span>
          {step.via.length === 0 ? null : (
            <span className="via">
              {' '}
              {t('via')} {step.via.map(nameOf).join(', ')}
            </span>
          )}
          <ul>
            {step.links.length === 0 ? <li className="muted">{t('noLinks')}</li> : null}
            {step.links.map((link) => (
              <li key={link.id} data-testid="path-link">
                <span className="link-kind">
                  {nodeName(link.source)} · {relationshipNames[link.type][language]} · {nodeName(link.target)}
                </span>
                <br />
                <Citation provenance={link.provenance} compact />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function ConnectionAnswer({ connection, from, to, nameOf, onSelect }: { connection: ConnectionData; from: string; to: string; nameOf: (id: string) => string; onSelect: (id: string) => void }) {
  const { t } = useMessages(analyticsMessages);
  if (!connection.connected) {
    return (
      <p className="not-connected" role="status" data-testid="paths-not-connected">
        {nameOf(from)} {t('and')} {nameOf(to)} {t('notConnected')} {connection.asOf} ({t('notConnectedIn')} {t(connection.mode === 'twoMode' ? 'twoModeGraph' : 'projectedGraph')}).
      </p>
    );
  }
  return (
    <div data-testid="paths-answer" data-path-count={connection.pathCount}>
      <p role="status">
        {t('shortestPath')}: {connection.length} {t('steps')} ({connection.asOf}) · {t('pathsFound')}: {connection.pathCount}
        {connection.paths.length < connection.pathCount ? ` (${connection.paths.length} ${t('pathsShown')})` : ''}
      </p>
      {connection.paths.map((path, index) => (
        <section key={path.nodes.map((node) => node.id).join('|')} className="path" data-testid="path">
          <h4>
            {t('path')} {index + 1}: {path.nodes.map((node) => node.name).join(' → ')}
          </h4>
          <PathSteps path={path} nameOf={nameOf} onSelect={onSelect} />
        </section>
      ))}
    </div>
  );
}

/** "How are they connected?": two ends (the selection or a search each), the shortest paths between them and their sources. */
export function PathsPanel({ asOf, from, to, fromIsSelection, remote, nameOf, onEnds, onSelect }: PathsPanelProps) {
  const { t } = useMessages(analyticsMessages);
  return (
    <details className="paths-box" open data-testid="paths">
      <summary>{t('connected')}</summary>
      <div className="path-ends">
        <div>
          <span className="end-label">{t('pathFrom')}</span>{' '}
          {from === null ? <span className="muted">{t('pathPickFrom')}</span> : <strong data-testid="path-from">{nameOf(from)}</strong>}
          {from !== null && fromIsSelection ? <span className="muted"> ({t('pathFromSelection')})</span> : null}
          <SearchBox asOf={asOf} label={`${t('connected')} ${t('pathFrom')}`} testId="path-from-input" onPick={(hit) => onEnds({ from: hit.node.id, to })} />
        </div>
        <div>
          <span className="end-label">{t('pathTo')}</span> {to === null ? <span className="muted">{t('pathPickTo')}</span> : <strong data-testid="path-to">{nameOf(to)}</strong>}
          <SearchBox asOf={asOf} label={`${t('connected')} ${t('pathTo')}`} testId="path-to-input" onPick={(hit) => onEnds({ from, to: hit.node.id })} />
        </div>
        {to === null && from === null ? null : (
          <button type="button" onClick={() => onEnds({ from: null, to: null })} data-testid="paths-clear">
            {t('pathClear')}
          </button>
        )}
      </div>
      {remote.status === 'loading' || (remote.status === 'ready' && remote.refreshing) ? <p className="muted" role="status">{t('pathSearching')}</p> : null}
      {remote.status === 'error' ? (
        <p role="alert" className="error" data-testid="paths-error">
          {t('pathFailed')}: {remote.message}
        </p>
      ) : null}
      {remote.status === 'ready' && !remote.refreshing && from !== null && to !== null ? (
        <ConnectionAnswer connection={remote.data.paths} from={from} to={to} nameOf={nameOf} onSelect={onSelect} />
      ) : null}
    </details>
  );
}
