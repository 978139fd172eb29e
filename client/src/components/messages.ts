import type { Messages } from '../core/i18n/useLanguage';

/** Texts of the shared components (graph, legend, details, search, tables), in Swedish and English. */
const sv = {
  legendNodes: 'Noder: färg och form',
  legendLinks: 'Kopplingar: färg och linje (pil = riktning)',
  legendTie: 'Band i projicerad vy: aktörer i samma organ (tjockare = fler organ)',
  legendMarks: 'Markeringar',
  legendProposed: 'Förslag (streckad kant eller linje, blekare)',
  legendSelected: 'Vald nod (tjock svart kant)',
  legendHighlighted: 'Framhävd: medlemmar i organet i panelen (blå gloria, övriga bleknar)',
  legendCountyGroup: 'Län som grupp (streckad ruta)',
  legendOutline: 'Länsgränser (kartvyn)',
  loadingGraph: 'Ritar grafen…',
  zoomControls: 'Zoom',
  closeDrawer: 'Stäng',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  zoomFit: 'Visa hela grafen',
  graphLabel: 'Nätverksgraf',
  graphKeys:
    'Piltangenterna flyttar markeringen till grannen åt det hållet. Enter visar detaljer, Escape avmarkerar, f fokuserar, h döljer, e expanderar, + och − zoomar, 0 visar allt.',
  searchLabel: 'Sök',
  searchPlaceholder: 'Sök namn eller kod, t.ex. goteborg',
  searching: 'Söker…',
  noMatches: 'Inga träffar för',
  searchFailed: 'Sökningen misslyckades. Försök igen.',
  notAtDate: 'finns inte per datumet',
  moreHits: 'fler',
  sortBy: 'Sortera efter',
  emptyTable: 'Inget att visa med nuvarande filter.',
} as const;

export type ComponentMessageKey = keyof typeof sv;

const en: Record<ComponentMessageKey, string> = {
  legendNodes: 'Nodes: colour and shape',
  legendLinks: 'Links: colour and line (arrow = direction)',
  legendTie: 'Ties in the projected view: actors in the same body (thicker = more bodies)',
  legendMarks: 'Marks',
  legendProposed: 'Proposal (dashed border or line, paler)',
  legendSelected: 'Selected node (thick black border)',
  legendHighlighted: 'Highlighted: members of the body in the panel (blue halo, others fade)',
  legendCountyGroup: 'County as a group (dashed box)',
  legendOutline: 'County borders (map view)',
  loadingGraph: 'Drawing the graph…',
  zoomControls: 'Zoom',
  closeDrawer: 'Close',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show the whole graph',
  graphLabel: 'Network graph',
  graphKeys:
    'Arrow keys move the selection to the neighbour that way. Enter shows details, Escape clears, f focuses, h hides, e expands, + and − zoom, 0 shows everything.',
  searchLabel: 'Search',
  searchPlaceholder: 'Search names or codes, e.g. goteborg',
  searching: 'Searching…',
  noMatches: 'No matches for',
  searchFailed: 'The search failed. Try again.',
  notAtDate: 'not at this date',
  moreHits: 'more',
  sortBy: 'Sort by',
  emptyTable: 'Nothing to show with the current filters.',
};

export const componentMessages: Messages<ComponentMessageKey> = { sv, en };
