import { useMessages } from '../../core/i18n/useLanguage';
import type { SiloFlag } from '../../graphql/generated/graphql';
import { flagTexts, siloMessages } from './messages';
import { flagStyle } from './siloStyle';

const flags: SiloFlag[] = ['oneAgencyAtATime', 'stovepipe', 'twoPartyBody'];

/** Every flag in plain words, beside the graph and tables that use them. */
export function FlagExplanations({ only }: { only?: readonly SiloFlag[] }) {
  const { t } = useMessages(siloMessages);
  return (
    <dl className="flag-explanations" data-testid="flag-explanations">
      {flags
        .filter((flag) => only === undefined || only.includes(flag))
        .map((flag) => (
          <div key={flag}>
            <dt>
              <span className="flag-mark" style={{ borderColor: flagStyle[flag].color, borderStyle: flagStyle[flag].borderStyle }} aria-hidden="true" />
              {t(flagTexts[flag].name)}
            </dt>
            <dd>{t(flagTexts[flag].explained)}</dd>
          </div>
        ))}
    </dl>
  );
}
