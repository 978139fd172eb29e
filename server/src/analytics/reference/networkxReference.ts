import { readFileSync } from 'node:fs';
import { z } from 'zod';

const values = z.record(z.string(), z.number());

const referenceSchema = z.object({
  networkx: z.string(),
  calls: z.record(z.string(), z.string()),
  graphs: z.record(
    z.string(),
    z.object({
      description: z.string(),
      edges: z.array(z.tuple([z.string(), z.string(), z.number()])),
      measures: z.object({
        degree: values,
        weightedDegree: values,
        betweenness: values,
        closeness: values,
        eigenvector: values,
        pagerank: values,
        coreNumber: values,
        louvainModularity: z.number(),
      }),
    }),
  ),
});

export type NetworkxReference = z.infer<typeof referenceSchema>;

/** NetworkX's values on small named graphs, written by networkx_reference.py (which records the version and calls). */
export function readNetworkxReference(): NetworkxReference {
  return referenceSchema.parse(JSON.parse(readFileSync(new URL('./networkxReference.json', import.meta.url), 'utf8')));
}
