import { useEffect, useState } from 'react';
import type { ExplorerSearchQuery } from '../../graphql/generated/graphql';
import { GraphQLRequestError, request } from '../../graphql/request';
import { searchQuery } from './searchQuery';

export type SearchGroups = ExplorerSearchQuery['search']['groups'];

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; text: string; previous: SearchGroups }
  | { status: 'ready'; text: string; groups: SearchGroups; total: number }
  | { status: 'error'; text: string; code: string };

/** Waits this long after the last key before asking, so typing a word sends one request, not one per letter. */
const typingPause = 180;

/** Search as you type: the answer to the latest text wins; earlier requests are cancelled. */
export function useSearch(text: string, asOf: string | null): SearchState {
  const trimmed = text.trim();
  const [answer, setAnswer] = useState<{ key: string; state: SearchState } | null>(null);
  const key = `${trimmed}#${asOf ?? ''}`;

  useEffect(() => {
    if (trimmed === '') return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      request(searchQuery, { text: trimmed, asOf, limitPerKind: 6 }, controller.signal)
        .then((data) => {
          setAnswer({ key, state: { status: 'ready', text: trimmed, groups: data.search.groups, total: data.search.total } });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ key, state: { status: 'error', text: trimmed, code: error instanceof GraphQLRequestError ? error.code : 'NETWORK_ERROR' } });
        });
    }, typingPause);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, asOf, key]);

  if (trimmed === '') return { status: 'idle' };
  if (answer?.key === key) return answer.state;
  const previous = answer?.state.status === 'ready' ? answer.state.groups : [];
  return { status: 'searching', text: trimmed, previous };
}
