import type { SnapshotFilter, SnapshotRequest } from '../export/types';

/** Where `npm start` serves the app unless told otherwise (PORT, PUBLIC_URL). */
export const defaultOrigin = 'http://localhost:4000';

const filterParameters: [keyof SnapshotFilter, string][] = [
  ['kinds', 'kinds'],
  ['relationshipTypes', 'types'],
  ['evidence', 'evidence'],
  ['bodyTypes', 'bodyTypes'],
];

/** Which export a citation points to: node-link JSON for a snapshot (it holds everything, manifest included). */
const formatOf: Record<SnapshotRequest['scope']['type'], string> = { snapshot: 'json', history: 'gexf-dynamic', diff: 'diff-json' };

/**
 * The address that gives the same snapshot again: the export route with exactly the parameters the request was
 * cut by. Commas stay readable; every value comes from a fixed vocabulary or is a date.
 */
export function snapshotUrl(origin: string, request: SnapshotRequest): string {
  const { scope } = request;
  const parameters: [string, string][] = [];
  if (scope.type === 'snapshot') {
    if (scope.asOf !== null) parameters.push(['asOf', scope.asOf]);
    if (request.mode !== 'twoMode') parameters.push(['mode', request.mode]);
    if (request.measures !== undefined && request.measures.length > 0) parameters.push(['measures', request.measures.join(',')]);
  } else {
    if (scope.from !== null) parameters.push(['from', scope.from]);
    if (scope.to !== null) parameters.push(['to', scope.to]);
  }
  for (const [field, name] of filterParameters) {
    const values = request.filter[field];
    if (values !== null) parameters.push([name, values.map(encodeURIComponent).join(',')]);
  }
  const query = parameters.map(([name, value]) => `${name}=${value}`).join('&');
  return `${origin.replace(/\/+$/, '')}/export/${formatOf[scope.type]}${query === '' ? '' : `?${query}`}`;
}
