export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const sv = {
  appTitle: 'Samverkan',
  appSubtitle: 'Samverkansnätverk för lokal utveckling',
  asOf: 'Per datum',
  allDates: 'Alla datum',
  loading: 'Hämtar nätverket…',
  databaseDown: 'Databasen svarar inte just nu. Försök igen om en stund.',
  loadFailed: 'Nätverket kunde inte hämtas',
  retry: 'Försök igen',
  empty: 'Inga noder finns per detta datum. Välj ett annat datum.',
  shownNodes: 'noder',
  shownEdges: 'kopplingar',
  legend: 'Teckenförklaring',
  details: 'Detaljer',
  selectHint: 'Klicka på en nod för att se dess uppgifter.',
  kind: 'Typ',
  validFrom: 'Gäller från',
  validTo: 'Gäller till',
  openEnded: 'tills vidare',
  evidence: 'Belägg',
  source: 'Källa',
  properties: 'Egenskaper',
  close: 'Stäng',
  language: 'Language: English',
  views: 'Vyer',
  viewExplorer: 'Utforska',
} as const;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  appTitle: 'Samverkan',
  appSubtitle: 'Cooperation network for local development',
  asOf: 'As of',
  allDates: 'All dates',
  loading: 'Loading the network…',
  databaseDown: 'The database is not answering right now. Try again in a moment.',
  loadFailed: 'The network could not be loaded',
  retry: 'Try again',
  empty: 'No nodes exist as of this date. Pick another date.',
  shownNodes: 'nodes',
  shownEdges: 'links',
  legend: 'Legend',
  details: 'Details',
  selectHint: 'Click a node to see its details.',
  kind: 'Kind',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  openEnded: 'open-ended',
  evidence: 'Evidence',
  source: 'Source',
  properties: 'Properties',
  close: 'Close',
  language: 'Språk: svenska',
  views: 'Views',
  viewExplorer: 'Explore',
};

export const messages: Record<Language, Record<MessageKey, string>> = { sv, en };
