import type { SnapshotMode, SnapshotScope } from '../export/types';

export type CitationLanguage = 'sv' | 'en';

/** A snapshot's title in either language: what it covers, by date or period. */
export function snapshotTitle(scope: SnapshotScope, language: CitationLanguage): string {
  const sv = language === 'sv';
  switch (scope.type) {
    case 'snapshot':
      if (scope.asOf === null) return sv ? 'Samverkansnätverket, alla datum' : 'Samverkan network, all dates';
      return sv ? `Samverkansnätverket per ${scope.asOf}` : `Samverkan network as of ${scope.asOf}`;
    case 'history': {
      const from = scope.from ?? (sv ? 'början' : 'earliest');
      const to = scope.to ?? (sv ? 'slutet' : 'latest');
      return sv ? `Samverkansnätverkets historik, ${from} till ${to}` : `Samverkan network history, ${from} to ${to}`;
    }
    case 'diff':
      return sv ? `Ändringar i samverkansnätverket från ${scope.from} till ${scope.to}` : `Samverkan network changes from ${scope.from} to ${scope.to}`;
  }
}

export function modeName(mode: SnapshotMode, language: CitationLanguage): string {
  if (mode === 'projected') return language === 'sv' ? 'projicerat' : 'projected';
  return language === 'sv' ? 'tvåläges' : 'two-mode';
}
