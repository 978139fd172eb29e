import { useEffect, useState } from 'react';
import type { ExplorerSearchQuery } from '../../graphql/generated/graphql';
import { useOperation } from '../data/useOperation';
import { searchQuery } from './searchQuery';

export type SearchGroups = ExplorerSearchQuery['search']['groups'];

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; text: string; previous: SearchGroups }
  | { status: 'ready'; text: string; groups: SearchGroups; total: number }
  | { status: 'error'; text: string; code: string };

/** Waits this long after the last key before asking, so typing a word sends one request, not one per letter. */
const typingPause = 180;

/** The value once it has stayed the same for `pause` milliseconds. */
function useSettled<Value>(value: Value, pause: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), pause);
    return () => window.clearTimeout(timer);
  }, [value, pause]);
  return settled;
}

/** Search as you type: the answer to the latest text wins; a request for text since changed is cancelled. */
export function useSearch(text: string, asOf: string | null): SearchState {
  const trimmed = text.trim();
  const asked = useSettled(trimmed, typingPause);
  const { state } = useOperation(searchQuery, asked === '' ? null : { text: asked, asOf, limitPerKind: 6 });
  if (trimmed === '') return { status: 'idle' };
  const current = asked === trimmed;
  if (current && state.status === 'error') return { status: 'error', text: trimmed, code: state.code };
  if (state.status !== 'ready') return { status: 'searching', text: trimmed, previous: [] };
  if (current && !state.refreshing) return { status: 'ready', text: trimmed, groups: state.data.search.groups, total: state.data.search.total };
  return { status: 'searching', text: trimmed, previous: state.data.search.groups };
}
