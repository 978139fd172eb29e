import { QueryClient } from '@tanstack/react-query';
import { undoLastChangeMutation } from '../audit/operations';
import { networkQuery } from '../graph/networkQuery';
import { searchQuery } from '../search/searchQuery';
import { sessionQuery } from '../auth/sessionOperations';
import { asRequestError, decodeErrorBody, errorOfAnswer, RequestError } from './errors';
import { invalidateNetworkData } from './invalidate';
import { runNetworkMutation } from './mutation';
import { operationKey, operationName, runOperation } from './operation';
import { createQueryClient } from './queryClient';

const realFetch = globalThis.fetch;
function answer(status: number, body: string): void {
  globalThis.fetch = () => Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
}
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('the one error decoder', () => {
  it('reads a GraphQL error, a route error of either shape, a bare status and a failed request alike', () => {
    expect(decodeErrorBody({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }, 200)).toMatchObject({ code: 'FORBIDDEN', message: 'No', status: 200 });
    expect(decodeErrorBody({ errors: [{ message: 'Too big', code: 'PAYLOAD_TOO_LARGE' }] }, 413)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Too big' });
    expect(decodeErrorBody({ error: { message: 'Unknown format', code: 'BAD_REQUEST' } }, 400)).toMatchObject({ code: 'BAD_REQUEST', message: 'Unknown format' });
    expect(decodeErrorBody({ errors: [{ message: 'Down' }] }, 503)).toMatchObject({ code: 'HTTP_503' });
    expect(decodeErrorBody({ data: {} }, 200)).toBeNull();
    expect(errorOfAnswer(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'HTTP_502', status: 502 });
    expect(asRequestError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK_ERROR', message: 'Failed to fetch' });
  });

  it('is what running an operation throws, for GraphQL errors, HTTP errors and answers without data', async () => {
    answer(200, JSON.stringify({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }], data: null }));
    await expect(runOperation(networkQuery, { asOf: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in first' });
    answer(504, 'Gateway Timeout');
    await expect(runOperation(networkQuery, { asOf: null })).rejects.toMatchObject({ code: 'HTTP_504' });
    answer(200, JSON.stringify({ data: null }));
    await expect(runOperation(networkQuery, { asOf: null })).rejects.toMatchObject({ code: 'NO_DATA' });
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(runOperation(networkQuery, { asOf: null })).rejects.toBeInstanceOf(RequestError);
  });
});

describe('the cache keys', () => {
  it('name the operation and its variables', () => {
    expect(operationName(networkQuery)).toBe('Network');
    expect(operationKey(searchQuery, { text: 'ams', asOf: null, limitPerKind: 6 })).toEqual(['graphql', 'ExplorerSearch', { text: 'ams', asOf: null, limitPerKind: 6 }]);
  });
});

describe('invalidation by what changed', () => {
  function cached(client: QueryClient) {
    client.setQueryData(operationKey(networkQuery, { asOf: null }), { network: {} });
    client.setQueryData(operationKey(searchQuery, { text: 'ams', asOf: null, limitPerKind: 6 }), { search: {} });
    client.setQueryData(['graphql', 'Gaps', { asOf: null }], { gaps: {} });
    client.setQueryData(['graphql', 'SnapshotManifest', {}], { snapshotManifest: {} });
    client.setQueryData(operationKey(sessionQuery, {}), { session: {} });
    const invalidated = () =>
      client
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.isInvalidated)
        .map((query) => query.queryKey[1])
        .sort();
    return invalidated;
  }

  it('marks every network-dependent answer stale, and leaves who is signed in alone', async () => {
    const client = createQueryClient();
    const invalidated = cached(client);
    expect(invalidated()).toEqual([]);
    await invalidateNetworkData(client, { origin: 'remote', by: 'anna' });
    expect(invalidated()).toEqual(['ExplorerSearch', 'Gaps', 'Network', 'SnapshotManifest']);
    expect(client.getQueryData(['networkChange'])).toMatchObject({ origin: 'remote', by: 'anna' });
    client.clear();
  });

  it('follows a mutation that succeeded, never one that failed', async () => {
    const client = createQueryClient();
    const invalidated = cached(client);
    answer(200, JSON.stringify({ errors: [{ message: 'Nothing to undo', extensions: { code: 'NOT_FOUND' } }] }));
    await expect(runNetworkMutation(client, undoLastChangeMutation, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(invalidated()).toEqual([]);
    answer(200, JSON.stringify({ data: { undoLastChange: { id: 'audit-1', targetLabel: 'x' } } }));
    await runNetworkMutation(client, undoLastChangeMutation, {});
    expect(invalidated()).toEqual(['ExplorerSearch', 'Gaps', 'Network', 'SnapshotManifest']);
    expect(client.getQueryData(['networkChange'])).toMatchObject({ origin: 'local', what: 'UndoLastChange' });
    client.clear();
  });
});
