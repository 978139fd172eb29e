import { useState } from 'react';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { relationshipNames } from '../../core/i18n/vocabulary';
import { SourceCitation } from '../../components/SourceCitation/SourceCitation';
import { DeleteForm, EndForm } from './EndForm';
import { linkFormValues } from './formModel';
import { LinkForm } from './LinkForm';
import { editingMessages } from './messages';
import type { PanelProps } from './NodePanel';
import { editableLinkQuery } from '../../core/editing/operations';
import { goalAreaChoices } from './options';

/** The selected link, as stored now: change, end or (admins) delete it. */
export function LinkPanel({ id, network, vocabulary, canEdit, isAdmin }: PanelProps) {
  const { t, language } = useMessages(editingMessages);
  // Always the stored version (`fresh`), and asked again when a save invalidates it.
  const { state: loaded } = useOperation(editableLinkQuery, { id }, { fresh: true });
  const [mode, setMode] = useState<'view' | 'change' | 'end' | 'delete'>('view');
  if (loaded.status === 'error') return <p className="form-error">{loaded.message}</p>;
  if (loaded.status !== 'ready') return <p className="status">{t('loading')}</p>;
  const editable = loaded.data.editableLink;
  if (editable === null) return <p className="muted">{t('notFound')}</p>;
  const { edge, version } = editable;
  const endOf = (nodeId: string) => {
    const node = network.nodes.find((candidate) => candidate.id === nodeId);
    return { id: nodeId, name: node?.name ?? nodeId, kind: node?.kind ?? 'Organisation' };
  };
  const target = { target: 'link' as const, id, version, validFrom: edge.validFrom ?? null };
  const done = () => setMode('view');

  return (
    <section className="edit-panel" data-testid="link-panel">
      <h3>
        {endOf(edge.source).name} {relationshipNames[edge.type][language]} {endOf(edge.target).name}
      </h3>
      <p className="muted">
        {t('version')} {version}
      </p>
      <p>
        {edge.validFrom ?? '…'} – {edge.validTo ?? '…'} · <SourceCitation sourceId={edge.provenance.sourceId} locator={edge.provenance.locator} />
      </p>
      {mode === 'view' ? (
        <div className="form-actions wrap">
          <button type="button" onClick={() => setMode('change')}>
            {t('change')}
          </button>
          {edge.validTo === null ? (
            <button type="button" onClick={() => setMode('end')}>
              {t('end')}
            </button>
          ) : null}
          {isAdmin ? (
            <button type="button" className="danger" onClick={() => setMode('delete')}>
              {t('delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'change' ? (
        <LinkForm
          original={linkFormValues(edge)}
          version={version}
          ends={{ from: endOf(edge.source), to: endOf(edge.target) }}
          vocabulary={vocabulary}
          goalAreas={goalAreaChoices(network, language)}
          canEdit={canEdit}
          onSaved={done}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'end' ? <EndForm target={target} vocabulary={vocabulary} canEdit={canEdit} onSaved={done} onCancel={() => setMode('view')} /> : null}
      {mode === 'delete' ? <DeleteForm target={target} onSaved={done} onCancel={() => setMode('view')} /> : null}
    </section>
  );
}
