import { useCallback, useEffect, useState } from 'react';
import { request, GraphQLRequestError } from '../../graphql/request';
import type { NetworkData } from './elements';
import { networkQuery } from './networkQuery';

export type NetworkState =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; network: NetworkData };

/** Loads the network as of a date (null: every date), again whenever the date changes. */
export function useNetwork(asOf: string | null): { state: NetworkState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const requestKey = `${asOf ?? 'all'}#${String(attempt)}`;
  const [answer, setAnswer] = useState<{ key: string; state: NetworkState } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    request(networkQuery, { asOf }, controller.signal)
      .then((data) => {
        setAnswer({ key: requestKey, state: { status: 'ready', network: data.network } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof GraphQLRequestError ? error.code : 'NETWORK_ERROR';
        const message = error instanceof Error ? error.message : String(error);
        setAnswer({ key: requestKey, state: { status: 'error', code, message } });
      });
    return () => {
      controller.abort();
    };
  }, [asOf, requestKey]);

  const retry = useCallback(() => {
    setAttempt((count) => count + 1);
  }, []);
  // An answer to an earlier date or attempt is stale: until the current one arrives, it is loading.
  const state: NetworkState = answer?.key === requestKey ? answer.state : { status: 'loading' };
  return { state, retry };
}
