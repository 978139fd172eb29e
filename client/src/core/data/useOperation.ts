import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { asRequestError } from './errors';
import { operationKey, runOperation, type Operation } from './operation';

/** One operation's answer as views show it. */
export type Remote<Data> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  /** `refreshing`: the answer is the previous inputs' while the current one is on its way, so the screen changes once. */
  | { status: 'ready'; data: Data; refreshing: boolean };

export interface OperationOptions<Result> {
  /**
   * Always asked afresh when a view shows it and forgotten as soon as none does: what an edit form starts from must be
   * the stored version, never a remembered one.
   */
  fresh?: boolean;
  /** Asks again every so many milliseconds while this returns a number (a running job). */
  refetchInterval?: (data: Result | undefined) => number | false;
}

function remoteOf<Result>(query: UseQueryResult<Result>): Remote<Result> {
  if (query.status === 'error') {
    const error = asRequestError(query.error);
    return { status: 'error', code: error.code, message: error.message };
  }
  if (query.data !== undefined) return { status: 'ready', data: query.data, refreshing: query.isPlaceholderData };
  return { status: 'loading' };
}

/**
 * Runs one typed operation through the client's QueryClient: cached by operation name and variables, cancelled when
 * the variables change before it answers, asked again when a change invalidates it. Null variables mean "nothing to
 * ask" (idle). While new variables are on their way, the previous answer stays (`refreshing`).
 */
export function useOperation<Result, Variables>(
  document: Operation<Result, Variables>,
  variables: Variables | null,
  options: OperationOptions<Result> = {},
): { state: Remote<Result>; retry: () => void } {
  const { fresh = false, refetchInterval } = options;
  const query = useQuery({
    queryKey: operationKey(document, variables),
    // TanStack aborts the signal when nobody waits for the answer any more (the inputs changed, the view closed).
    queryFn: ({ signal }) => runOperation(document, variables as Variables, signal),
    enabled: variables !== null,
    placeholderData: keepPreviousData,
    ...(fresh ? { staleTime: 0, gcTime: 0, refetchOnMount: 'always' as const } : {}),
    ...(refetchInterval === undefined ? {} : { refetchInterval: (current: { state: { data: Result | undefined } }) => refetchInterval(current.state.data) }),
  });
  const { refetch } = query;
  const retry = useCallback(() => {
    void refetch();
  }, [refetch]);
  return { state: variables === null ? { status: 'idle' } : remoteOf(query), retry };
}
