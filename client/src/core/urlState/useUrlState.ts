import { useCallback, useMemo, useSyncExternalStore } from 'react';

const changeEvent = 'samverkan:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const currentSearch = () => window.location.search;

/**
 * Changes the query string. `push` makes a step the back button returns to (a new view, a new selection);
 * `replace` suits changes that come in streams (typing, playback, filters).
 */
export function changeUrl(change: (params: URLSearchParams) => URLSearchParams, mode: 'push' | 'replace' = 'replace'): void {
  const next = change(new URLSearchParams(window.location.search)).toString();
  if (next === window.location.search.replace(/^\?/, '')) return;
  const url = `${window.location.pathname}${next === '' ? '' : `?${next}`}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(changeEvent));
}

/** The query string as state: every part of the app reads its own keys, so a copied link opens the same view. */
export function useUrlParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** A part of the URL read and written through a pair of pure functions. */
export function useUrlPart<State>(
  read: (params: URLSearchParams) => State,
  write: (state: State, params: URLSearchParams) => URLSearchParams,
): [State, (update: (current: State) => State, mode?: 'push' | 'replace') => void] {
  const params = useUrlParams();
  const state = useMemo(() => read(params), [params, read]);
  const update = useCallback(
    (change: (current: State) => State, mode: 'push' | 'replace' = 'replace') => {
      changeUrl((current) => write(change(read(current)), current), mode);
    },
    [read, write],
  );
  return [state, update];
}
