import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../../graphql/generated/graphql';
import { GraphQLRequestError, request } from '../../graphql/request';

export type Remote<Data> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; data: Data; refreshing: boolean };

/** Recent answers by operation and variables: going back to a date during playback needs no new request. */
const cache = new Map<string, unknown>();
const cacheSize = 60;

function remember(key: string, data: unknown): void {
  cache.delete(key);
  cache.set(key, data);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '');
}

/**
 * Runs one typed operation and keeps its answer; null variables mean "nothing to ask". While a new answer is on its
 * way the previous one stays available (`refreshing`), so the screen changes once, not twice.
 */
export function useRemote<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables | null,
): { state: Remote<Result>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? null : `${document.toString()}\u0000${JSON.stringify(variables)}`;
  const [answer, setAnswer] = useState<{ key: string; state: Remote<Result> } | null>(null);
  const [lastData, setLastData] = useState<Result | null>(null);
  const cached = key === null ? undefined : (cache.get(key) as Result | undefined);

  useEffect(() => {
    if (key === null || cache.has(key)) return undefined;
    const controller = new AbortController();
    const asked = JSON.parse(key.slice(key.indexOf('\u0000') + 1)) as Variables;
    request(document, asked, controller.signal)
      .then((data) => {
        remember(key, data);
        setAnswer({ key, state: { status: 'ready', data, refreshing: false } });
        setLastData(data);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof GraphQLRequestError ? error.code : 'NETWORK_ERROR';
        const message = error instanceof Error ? error.message : String(error);
        setAnswer({ key, state: { status: 'error', code, message } });
      });
    return () => {
      controller.abort();
    };
  }, [key, attempt, document]);

  const retry = useCallback(() => {
    if (key !== null) cache.delete(key);
    setAnswer(null);
    setAttempt((count) => count + 1);
  }, [key]);

  if (key === null) return { state: { status: 'idle' }, retry };
  if (cached !== undefined) return { state: { status: 'ready', data: cached, refreshing: false }, retry };
  if (answer?.key === key) return { state: answer.state, retry };
  return { state: lastData === null ? { status: 'loading' } : { status: 'ready', data: lastData, refreshing: true }, retry };
}
