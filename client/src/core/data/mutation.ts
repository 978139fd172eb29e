import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { invalidateNetworkData } from './invalidate';
import { operationName, runOperation, type Operation } from './operation';

/**
 * Runs a mutation that changes the network (an edit, an end, a delete, a proposal or its review, an import's commit,
 * an undo) and, once it succeeded, invalidates every network-dependent answer so each view shows the change.
 */
export async function runNetworkMutation<Result, Variables>(queryClient: QueryClient, document: Operation<Result, Variables>, variables: Variables): Promise<Result> {
  const result = await runOperation(document, variables);
  // Not awaited: the views on screen refetch in the background, keeping their previous answer until then.
  void invalidateNetworkData(queryClient, { origin: 'local', what: operationName(document) });
  return result;
}

/** runNetworkMutation bound to the app's QueryClient. */
export function useNetworkMutation(): <Result, Variables>(document: Operation<Result, Variables>, variables: Variables) => Promise<Result> {
  const queryClient = useQueryClient();
  return useCallback(<Result, Variables>(document: Operation<Result, Variables>, variables: Variables) => runNetworkMutation(queryClient, document, variables), [queryClient]);
}
