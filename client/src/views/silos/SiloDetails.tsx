import type { ActorSiloRow } from '../../core/silos/siloElements';
import { useMessages } from '../../core/i18n/useLanguage';
import { FlagExplanations } from './FlagExplanations';
import { siloMessages, type SiloMessageKey } from './messages';

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

export interface SiloDetailsProps {
  silo: ActorSiloRow;
  onClose: () => void;
}

/** One actor: its figures, each with what it means, its flags in plain words, and where each tie comes from. */
export function SiloDetails({ silo, onClose }: SiloDetailsProps) {
  const { t } = useMessages(siloMessages);
  const figures: [SiloMessageKey, SiloMessageKey, string][] = [
    ['partners', 'partnersExplained', String(silo.partners)],
    ['bilateralShare', 'bilateralShareExplained', figure(silo.bilateralOnlyShare)],
    ['density', 'densityExplained', figure(silo.partnerDensity)],
    ['effectiveSize', 'effectiveSizeExplained', figure(silo.effectiveSize)],
    ['constraint', 'constraintExplained', figure(silo.constraint, 3)],
  ];
  return (
    <section className="silo-details" data-testid="silo-details">
      <header>
        <h2>{silo.actor.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {silo.flags.length > 0 ? <FlagExplanations only={silo.flags} /> : null}
      <dl>
        {figures.map(([name, explained, value]) => (
          <div key={name}>
            <dt>{t(name)}</dt>
            <dd>
              <strong>{value}</strong> <span className="muted">– {t(explained)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('tiesHeading')}</h3>
      <ul>
        {silo.ties.map((tie) => (
          <li key={tie.partner.id}>
            {tie.partner.name}:{' '}
            {[...(tie.linkIds.length > 0 ? [t('viaLink')] : []), ...tie.bodies.map((body) => `${t('viaBodies')} ${body.name}`)].join('; ')}
            {tie.bilateralOnly ? <strong> ({t('oneToOne')})</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
