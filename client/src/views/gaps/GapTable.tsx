import { DataTable, type Column } from '../../components/DataTable/DataTable';
import type { GapPair } from '../../core/gaps/gapElements';
import { statusOrder } from '../../core/gaps/gapFilters';
import { locatorCitation } from '../../core/citations/locatorCitation';
import { evidenceNames } from '../../core/i18n/vocabulary';
import { localName } from '../../core/i18n/localName';
import { useMessages } from '../../core/i18n/useLanguage';
import { statusStyle } from './gapStyle';
import { gapMessages } from './messages';

export interface GapTableProps {
  pairs: readonly GapPair[];
  selectedId: string | null;
  onSelect: (pairId: string) => void;
}

function bestSuggestion(pair: GapPair, newLink: string): string {
  const best = pair.suggestions[0];
  if (best === undefined) return '';
  return best.body?.name ?? newLink;
}

/** The pairs as a sortable table: the same content as the graph, readable row by row. */
export function GapTable({ pairs, selectedId, onSelect }: GapTableProps) {
  const { t, language } = useMessages(gapMessages);
  const columns: Column<GapPair>[] = [
    {
      key: 'status',
      header: t('status'),
      sortValue: (pair) => statusOrder.indexOf(pair.status),
      cell: (pair) => (
        <span className={`pair-status ${pair.status}`} style={{ borderBottomColor: statusStyle[pair.status].color }}>
          {t(pair.status)}
        </span>
      ),
    },
    {
      key: 'municipality',
      header: t('municipality'),
      sortValue: (pair) => pair.municipality.name,
      cell: (pair) => (
        <button type="button" className="link-button" data-testid="gap-row" data-pair-id={pair.id} data-status={pair.status} onClick={() => onSelect(pair.id)}>
          {pair.municipality.name}
        </button>
      ),
    },
    { key: 'county', header: t('county'), sortValue: (pair) => pair.county?.name ?? '', cell: (pair) => pair.county?.name ?? '–' },
    { key: 'partner', header: t('partner'), sortValue: (pair) => pair.target.name, cell: (pair) => pair.target.name },
    { key: 'goalArea', header: t('goalArea'), sortValue: (pair) => localName(pair.rule.goalArea, language), cell: (pair) => localName(pair.rule.goalArea, language) },
    { key: 'suggestion', header: t('bestSuggestion'), sortValue: (pair) => bestSuggestion(pair, t('newLink')), cell: (pair) => bestSuggestion(pair, t('newLink')) },
    {
      key: 'source',
      header: t('source'),
      sortValue: (pair) => pair.rule.provenance.locator,
      cell: (pair) => locatorCitation(pair.rule.provenance.sourceId, pair.rule.provenance.source, pair.rule.provenance.locator, language),
    },
    {
      key: 'ruleEvidence',
      header: t('ruleEvidence'),
      sortValue: (pair) => pair.rule.provenance.evidence,
      cell: (pair) => evidenceNames[pair.rule.provenance.evidence][language] + ((pair.rule.provenance.inferred ?? []).length > 0 ? ` (${t('inferred')})` : ''),
    },
  ];
  return <DataTable caption={t('tableCaption')} rows={pairs} columns={columns} rowKey={(pair) => pair.id} selectedKey={selectedId} testId="gap-table" />;
}
