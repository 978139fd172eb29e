import type { Language } from '../../core/i18n/messages';
import { useMessages } from '../../core/i18n/useLanguage';
import type { NetworkDiffData } from './diffElements';
import { changeColors } from './diffElements';
import { diffMessages } from './messages';

const columns = ['added', 'removed', 'changed', 'unchanged'] as const;

/** The figures the gap and silo analyses give a diff, in words; a figure not named here shows its own name. */
const figureNames: Record<string, Record<Language, string>> = {
  missingPairs: { sv: 'Luckor: förväntade samverkanspar som saknas', en: 'Gaps: expected pairs that are missing' },
  indirectPairs: { sv: 'Par som bara möts i ett gemensamt organ', en: 'Pairs that only meet in a shared body' },
  oneAgencyAtATime: { sv: 'Kommuner som möter en myndighet i taget', en: 'Municipalities meeting one agency at a time' },
  stovepipes: { sv: 'Myndigheter i stuprör', en: 'Agencies in stovepipes' },
  twoPartyBodies: { sv: 'Organ med bara två parter', en: 'Bodies with only two parties' },
};

/** Counts of what changed, and how the gap and silo figures moved between the dates. */
export function DiffSummary({ summary }: { summary: NetworkDiffData['summary'] }) {
  const { t, language } = useMessages(diffMessages);
  const rows = [
    ['nodes', summary.nodes],
    ['links', summary.edges],
    ['memberships', summary.memberships],
  ] as const;
  return (
    <section className="diff-summary" data-testid="diff-summary" aria-label={t('summary')}>
      <h2>{t('summary')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('what')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column === 'unchanged' ? null : <span className="change-swatch" style={{ backgroundColor: changeColors[column] }} aria-hidden="true" />}
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, counts]) => (
            <tr key={label} data-testid={`diff-count-${label}`}>
              <th scope="row">{t(label)}</th>
              {columns.map((column) => (
                <td key={column} data-count={column}>
                  {counts[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('figures')}</h3>
      {summary.figures.length === 0 ? (
        <p className="hint">{t('figuresMissing')}</p>
      ) : (
        <ul className="diff-figures" data-testid="diff-figures">
          {summary.figures.map((figure) => (
            <li key={figure.figure} data-figure={figure.figure}>
              {figureNames[figure.figure]?.[language] ?? figure.figure}: {figure.from} → {figure.to} ({figure.delta > 0 ? '+' : ''}
              {figure.delta})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
