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
};

export const shellMessages: Messages<ShellMessageKey> = { sv, en };
