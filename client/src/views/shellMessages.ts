import type { Messages } from '../core/i18n/useLanguage';

/** The app shell's own texts beyond the shared set. */
const sv = {
  loadingView: 'Laddar vyn…',
  viewFailed: 'Vyn kunde inte visas. Ladda om sidan eller försök igen.',
  tryAgain: 'Försök igen',
  reload: 'Ladda om',
  clearDate: 'Visa alla datum',
  skipToContent: 'Hoppa till innehållet',
  menu: 'Meny',
  networkChangedBy: 'Nätverket ändrades av',
  changedViaImport: 'genom en import',
  changedViaUndo: 'genom att ångra en ändring',
  changedViaProposal: 'genom att godta ett förslag',
  viewsUpToDate: 'Det du ser är uppdaterat.',
  showChanges: 'Visa ändringarna',
  dismissNotice: 'Stäng meddelandet',
} as const;

export type ShellMessageKey = keyof typeof sv;

const en: Record<ShellMessageKey, string> = {
  loadingView: 'Loading the view…',
  viewFailed: 'The view could not be shown. Reload the page or try again.',
  tryAgain: 'Try again',
  reload: 'Reload',
  clearDate: 'Show all dates',
  skipToContent: 'Skip to the content',
  menu: 'Menu',
  networkChangedBy: 'The network was changed by',
  changedViaImport: 'through an import',
  changedViaUndo: 'by undoing a change',
  changedViaProposal: 'by accepting a proposal',
  viewsUpToDate: 'What you see is up to date.',
  showChanges: 'Show the changes',
  dismissNotice: 'Close the notice',
};

export const shellMessages: Messages<ShellMessageKey> = { sv, en };
