import type { NetworkNode } from '../../core/graph/elements';
import { evidenceNames, kindNames } from '../../core/i18n/vocabulary';
import { useLanguage } from '../../core/i18n/useLanguage';

export interface DetailsPanelProps {
  node: NetworkNode | null;
  onClose: () => void;
}

/** The selected node's properties, validity, evidence and source. */
export function DetailsPanel({ node, onClose }: DetailsPanelProps) {
  const { language, t } = useLanguage();
  if (node === null) {
    return (
      <aside className="details" aria-label={t('details')}>
        <p className="hint">{t('selectHint')}</p>
      </aside>
    );
  }
  const { provenance } = node;
  return (
    <aside className="details" aria-label={t('details')} data-testid="details-panel">
      <header>
        <h2 data-testid="details-name">{node.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('kind')}</dt>
        <dd data-testid="details-kind">{kindNames[node.kind][language]}</dd>
        <dt>{t('validFrom')}</dt>
        <dd>{node.validFrom ?? '–'}</dd>
        <dt>{t('validTo')}</dt>
        <dd>{node.validTo ?? t('openEnded')}</dd>
        <dt>{t('evidence')}</dt>
        <dd>{evidenceNames[provenance.evidence][language]}</dd>
        <dt>{t('source')}</dt>
        <dd>
          {provenance.sourceId}, {provenance.locator}
          {provenance.note === null ? null : <p className="note">{provenance.note}</p>}
        </dd>
      </dl>
      {node.properties.length > 0 ? (
        <>
          <h3>{t('properties')}</h3>
          <dl>
            {node.properties.map((property) => (
              <div key={property.key}>
                <dt>{property.key}</dt>
                <dd>{property.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </aside>
  );
}
