import { QueryClient } from '@tanstack/react-query';

/**
 * The client's one cache of server answers. Answers stay fresh until something says they are not: the client's own
 * mutations and the push channel call invalidateNetworkData, so a view returns to an answer it already has (a date
 * during timeline playback, a view switched back to) without asking again, and still never shows a stale network.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // Answers not on screen are dropped after five minutes, as TanStack's default.
        gcTime: 5 * 60_000,
        // A failure is shown at once with a retry button; the user decides, as before.
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
