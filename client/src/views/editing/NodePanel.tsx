import { useState } from 'react';
import { useOperation } from '../../core/data/useOperation';
import type { NetworkData } from '../../core/graph/elements';
import { useMessages } from '../../core/i18n/useLanguage';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { SourceCitation } from '../../components/SourceCitation/SourceCitation';
import { DeleteForm, EndForm } from './EndForm';
import { nodeFormValues } from './formModel';
import { editingMessages } from './messages';
import { NodeForm } from './NodeForm';
import { editableNodeQuery } from '../../core/editing/operations';
import type { Vocabulary } from './options';

export interface PanelProps {
  id: string;
  network: NetworkData;
  vocabulary: Vocabulary;
  canEdit: boolean;
  isAdmin: boolean;
}

/** The selected node, as stored now, with what may be done to it and its links. */
export function NodePanel({ id, network, vocabulary, canEdit, isAdmin, onStartLink, onSelectLink }: PanelProps & {
  onStartLink: (from: string) => void;
  onSelectLink: (id: string) => void;
}) {
  const { t, language } = useMessages(editingMessages);
  // Always the stored version (`fresh`), and asked again when a save invalidates it.
  const { state: loaded } = useOperation(editableNodeQuery, { id }, { fresh: true });
  const [mode, setMode] = useState<'view' | 'change' | 'end' | 'delete'>('view');
  if (loaded.status === 'error') return <p className="form-error">{loaded.message}</p>;
  if (loaded.status !== 'ready') return <p className="status">{t('loading')}</p>;
  const editable = loaded.data.editableNode;
  if (editable === null) return <p className="muted">{t('notFound')}</p>;
  const { node, version } = editable;
  const target = { target: 'node' as const, id, version, validFrom: node.validFrom ?? null };
  const done = () => setMode('view');
  const names = new Map(network.nodes.map((other) => [other.id, other.name]));
  const links = network.edges.filter((edge) => edge.source === id || edge.target === id);

  return (
    <section className="edit-panel" data-testid="node-panel">
      <h3>{node.name}</h3>
      <p className="muted">
        {kindNames[node.kind][language]} · {t('version')} {version}
      </p>
      <p>
        {node.validFrom ?? '…'} – {node.validTo ?? '…'} · <SourceCitation sourceId={node.provenance.sourceId} locator={node.provenance.locator} />
      </p>
      {mode === 'view' ? (
        <div className="form-actions wrap">
          <button type="button" onClick={() => setMode('change')} data-testid="node-change">
            {t('change')}
          </button>
          {node.validTo === null ? (
            <button type="button" onClick={() => setMode('end')} data-testid="node-end">
              {t('end')}
            </button>
          ) : null}
          <button type="button" onClick={() => onStartLink(id)} data-testid="node-link-from">
            {t('linkFromHere')}
          </button>
          {isAdmin ? (
            <button type="button" className="danger" onClick={() => setMode('delete')} data-testid="node-delete">
              {t('delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'change' ? (
        <NodeForm original={nodeFormValues(node)} version={version} vocabulary={vocabulary} canEdit={canEdit} onSaved={done} onCancel={() => setMode('view')} />
      ) : null}
      {mode === 'end' ? <EndForm target={target} vocabulary={vocabulary} canEdit={canEdit} onSaved={done} onCancel={() => setMode('view')} /> : null}
      {mode === 'delete' ? <DeleteForm target={target} onSaved={done} onCancel={() => setMode('view')} /> : null}
      {links.length > 0 ? (
        <>
          <h4>{t('links')}</h4>
          <ul className="link-list">
            {links.map((edge) => (
              <li key={edge.id}>
                <button type="button" className="link-button" onClick={() => onSelectLink(edge.id)}>
                  {relationshipNames[edge.type][language]} {edge.source === id ? `→ ${names.get(edge.target) ?? edge.target}` : `← ${names.get(edge.source) ?? edge.source}`}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
