/**
 * What the push channel (`GET /api/changes`, server-sent events) says of each committed change to the network, read
 * by the server that writes it and the client that reads it.
 */
export const networkTargets = ['node', 'link', 'source'] as const;
export type NetworkTarget = (typeof networkTargets)[number];

/** How the change was made: an edit (or an end or a delete), an accepted proposal, an import, an undo. */
export const changeRoutes = ['edit', 'proposal', 'import', 'undo'] as const;
export type ChangeRoute = (typeof changeRoutes)[number];

/** The name of the server-sent event that carries a NetworkChangeEvent. */
export const networkChangeEventName = 'change';

export interface NetworkChangeEvent {
  /** The change's last audit record (ids are time-ordered); also the event's `id:`. */
  id: string;
  /** When it was committed (ISO 8601). */
  at: string;
  /** Who made it. */
  by: string;
  via: ChangeRoute;
  /** The kinds of data it touched, in the order of networkTargets. */
  touched: NetworkTarget[];
  /** How many audit records it wrote: one per node, link or source changed. */
  records: number;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Reads an event's data as the client receives it: anything else is null. */
export function parseNetworkChangeEvent(data: string): NetworkChangeEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data) as unknown;
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, at, by, via, touched, records } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof at !== 'string' || typeof by !== 'string' || typeof records !== 'number') return null;
  if (!isOneOf(changeRoutes, via) || !Array.isArray(touched)) return null;
  const targets = touched.filter((target): target is NetworkTarget => isOneOf(networkTargets, target));
  if (targets.length !== touched.length) return null;
  return { id, at, by, via, touched: targets, records };
}
