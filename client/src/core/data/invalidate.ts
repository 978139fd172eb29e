import type { Query, QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { NetworkTarget } from '../../../../domain/networkChanges';

/**
 * The operations whose answers do not depend on the network's content: who is signed in, what an import expects, an
 * upload's tables, a running import job (followed by polling). Every other query is network-dependent, so a query
 * added later is kept fresh without anyone remembering to list it.
 */
const networkIndependent: ReadonlySet<string> = new Set(['Session', 'ImportFields', 'ImportUpload', 'ImportJob']);

/** What changed the network, as far as the client knows. */
export interface NetworkChange {
  /** `local`: this browser's own edit, proposal, review, import or undo; `remote`: another editor's or an import, told by the server. */
  origin: 'local' | 'remote';
  /** Who made the change, when known (the push channel names them). */
  by?: string | null;
  /** The operation or event that made it (`CreateLink`, `UndoLastChange`, `import`…). */
  what?: string;
  /** The kinds of data it touched and how many records it wrote, when the push channel says. */
  touched?: readonly NetworkTarget[];
  records?: number;
}

/** The last change seen, with when it was seen: what a notice such as "The network was changed by …" reads. */
export interface SeenNetworkChange extends NetworkChange {
  at: number;
}

const lastChangeKey = ['networkChange'] as const;

function dependsOnNetwork(query: Query): boolean {
  const [scope, name] = query.queryKey;
  return scope === 'graphql' && typeof name === 'string' && !networkIndependent.has(name);
}

/**
 * Marks every network-dependent answer stale (network, gaps, silos, search, analytics, diff, export manifest, editing
 * lists, audit…): the ones on screen are asked again at once, keeping their previous answer until the new one comes,
 * the others the next time they are on screen. Mutations call it after they changed the network, and so does the
 * push channel when the server says someone else did.
 */
export function invalidateNetworkData(queryClient: QueryClient, change: NetworkChange | null = { origin: 'local' }): Promise<void> {
  // Null: something may have changed, nobody knows what (the push channel reconnected); there is no change to tell of.
  if (change !== null) queryClient.setQueryData<SeenNetworkChange>(lastChangeKey, { ...change, at: Date.now() });
  return queryClient.invalidateQueries({ predicate: dependsOnNetwork });
}

/** The last change invalidateNetworkData was told of in this browser, or null. */
export function useLastNetworkChange(): SeenNetworkChange | null {
  const { data } = useQuery<SeenNetworkChange | null>({ queryKey: lastChangeKey, queryFn: () => null, enabled: false, staleTime: Infinity });
  return data ?? null;
}
