import { DataTable, type Column } from '../../components/DataTable/DataTable';
import type { ActorSiloRow, BodySiloRow } from '../../core/silos/siloElements';
import { useMessages } from '../../core/i18n/useLanguage';
import { bodyTypeName } from '../../core/graph/names';
import { kindNames } from '../../core/i18n/vocabulary';
import { flagTexts, siloMessages } from './messages';

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
/** Sorts a missing figure below every real one. */
const sortable = (value: number | null) => value ?? -1;

export interface ActorSiloTableProps {
  actors: readonly ActorSiloRow[];
  selectedId: string | null;
  onSelect: (actorId: string) => void;
}

/** The actors' figures, sortable by each; flagged actors first at the start. */
export function ActorSiloTable({ actors, selectedId, onSelect }: ActorSiloTableProps) {
  const { t, language } = useMessages(siloMessages);
  const flagNames = (row: { flags: readonly ActorSiloRow['flags'][number][] }) => row.flags.map((flag) => t(flagTexts[flag].name)).join(', ');
  const columns: Column<ActorSiloRow>[] = [
    { key: 'flags', header: t('flags'), sortValue: (row) => -row.flags.length, cell: (row) => flagNames(row) || t('none') },
    {
      key: 'actor',
      header: t('actor'),
      sortValue: (row) => row.actor.name,
      cell: (row) => (
        <button type="button" className="link-button" data-testid="silo-row" data-actor-id={row.actor.id} onClick={() => onSelect(row.actor.id)}>
          {row.actor.name}
        </button>
      ),
    },
    { key: 'kind', header: t('kind'), sortValue: (row) => kindNames[row.actor.kind][language], cell: (row) => kindNames[row.actor.kind][language] },
    { key: 'county', header: t('county'), sortValue: (row) => row.counties[0]?.name ?? '', cell: (row) => row.counties.map((county) => county.name).join(', ') || t('none') },
    { key: 'partners', header: t('partners'), description: t('partnersExplained'), sortValue: (row) => row.partners, cell: (row) => row.partners },
    { key: 'share', header: t('bilateralShare'), description: t('bilateralShareExplained'), sortValue: (row) => sortable(row.bilateralOnlyShare), cell: (row) => figure(row.bilateralOnlyShare) },
    { key: 'density', header: t('density'), description: t('densityExplained'), sortValue: (row) => sortable(row.partnerDensity), cell: (row) => figure(row.partnerDensity) },
    { key: 'effectiveSize', header: t('effectiveSize'), description: t('effectiveSizeExplained'), sortValue: (row) => sortable(row.effectiveSize), cell: (row) => figure(row.effectiveSize) },
    { key: 'constraint', header: t('constraint'), description: t('constraintExplained'), sortValue: (row) => sortable(row.constraint), cell: (row) => figure(row.constraint, 3) },
  ];
  return <DataTable caption={t('actorsCaption')} rows={actors} columns={columns} rowKey={(row) => row.actor.id} selectedKey={selectedId} testId="silo-actor-table" />;
}

/** The bodies with their parties; a body with two parties is flagged. */
export function BodySiloTable({ bodies }: { bodies: readonly BodySiloRow[] }) {
  const { t, language } = useMessages(siloMessages);
  const columns: Column<BodySiloRow>[] = [
    { key: 'flags', header: t('flags'), sortValue: (row) => -row.flags.length, cell: (row) => row.flags.map((flag) => t(flagTexts[flag].name)).join(', ') || t('none') },
    { key: 'body', header: t('body'), sortValue: (row) => row.body.name, cell: (row) => row.body.name },
    { key: 'bodyType', header: t('bodyType'), sortValue: (row) => row.bodyType ?? '', cell: (row) => (row.bodyType === null ? t('none') : bodyTypeName(row.bodyType, language)) },
    { key: 'parties', header: t('parties'), sortValue: (row) => row.parties.length, cell: (row) => `${row.parties.length}: ${row.parties.map((party) => party.name).join(', ')}` },
  ];
  return <DataTable caption={t('bodiesCaption')} rows={bodies} columns={columns} rowKey={(row) => row.body.id} testId="silo-body-table" />;
}
