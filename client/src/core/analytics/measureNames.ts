import type { Messages } from '../i18n/useLanguage';
import type { MeasureKey } from './measures';

/** Each measure's name in Swedish and English, shared by every view that shows measures. */
export const measureNames: Messages<MeasureKey> = {
  sv: {
    degree: 'Grad',
    weightedDegree: 'Viktad grad',
    betweenness: 'Mellanhet',
    closeness: 'Närhet',
    eigenvector: 'Egenvektor',
    pagerank: 'PageRank',
    coreNumber: 'k-kärna',
  },
  en: {
    degree: 'Degree',
    weightedDegree: 'Weighted degree',
    betweenness: 'Betweenness',
    closeness: 'Closeness',
    eigenvector: 'Eigenvector',
    pagerank: 'PageRank',
    coreNumber: 'k-core',
  },
};
