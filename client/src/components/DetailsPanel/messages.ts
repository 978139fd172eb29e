import type { Messages } from '../../core/i18n/useLanguage';

const sv = {
  notAtDate: 'Fanns inte per',
  loadingLinks: 'Hämtar kopplingar…',
  linksFailed: 'Kopplingarna kunde inte hämtas.',
  memberships: 'Medlemskap och avtal',
  links: 'Kopplingar',
  noLinks: 'Inga kopplingar per datumet.',
  citation: 'Fullständig källhänvisning',
  locator: 'ställe',
  openSource: 'Öppna källan',
  unknownSource: 'okänd källa',
  selectNeighbour: 'Välj',
  since: 'från',
  until: 't.o.m.',
  always: 'utan angivna datum',
  inferred: 'Tolkat',
  dates: 'Datum enligt',
  dateDerived: 'Datum härlett',
} as const;

export type DetailsMessageKey = keyof typeof sv;

const en: Record<DetailsMessageKey, string> = {
  notAtDate: 'Did not exist on',
  loadingLinks: 'Loading links…',
  linksFailed: 'The links could not be loaded.',
  memberships: 'Memberships and agreements',
  links: 'Links',
  noLinks: 'No links as of this date.',
  citation: 'Full citation',
  locator: 'at',
  openSource: 'Open the source',
  unknownSource: 'unknown source',
  selectNeighbour: 'Select',
  since: 'from',
  until: 'to',
  always: 'no dates given',
  inferred: 'Inferred',
  dates: 'Dates from',
  dateDerived: 'Dates derived',
};

export const detailsMessages: Messages<DetailsMessageKey> = { sv, en };
