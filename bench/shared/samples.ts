import type { Dataset } from '../generate/model';
import { createRandom } from '../generate/random';

/** The date the benchmarks ask about: inside the synthetic history, after the 2008 and before the 2015 reorganisations. */
export const benchAsOf = '2012-06-01';

const largest = ['0180', '1480', '1280', '0380', '0580'].map((code) => `municipality-${code}`);

/** Centres for neighbourhood queries: the largest municipalities (the worst case), and random nodes of each kind. */
export function sampleIds(dataset: Dataset, seed = 7): string[] {
  const random = createRandom(seed);
  const byKind = (kind: string) => [...dataset.nodes.values()].filter((node) => node.cells['kind'] === kind).map((node) => node.cells['id'] ?? '');
  return [
    ...largest,
    ...random.sample(byKind('Municipality'), 15),
    ...random.sample(byKind('AgencyUnit'), 10),
    ...random.sample(byKind('Body'), 5),
    ...random.sample(byKind('Agency'), 5),
  ];
}
