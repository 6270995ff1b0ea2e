import { QueryClient, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from './api';
import { registerSessionCache } from './session-caches';

/**
 * Data fetching through TanStack Query: one client for the app, kept in this module rather than in a provider
 * at the root, so that the login page does not load the library (only the pages that read through it do).
 * Reads are cached per URL for 30 s, retried twice on a lost connection or a server failure (never on a
 * 4xx answer: a refusal does not change by asking again), and refetched when the window regains focus.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) =>
        failures < 2 && error instanceof ApiError && (error.status === 0 || error.status >= 500),
    },
  },
});

// Emptied at logout, at the end of a session and on a switch of centre (web/src/session-caches.ts).
registerSessionCache(() => queryClient.clear());

/** A GET of the JSON API, cached under its URL; `enabled: false` waits (e.g. until a filter is complete). */
export function useApiQuery<T>(
  url: string,
  options: Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, ApiError>(
    { queryKey: [url], queryFn: () => api<T>('GET', url), ...options },
    queryClient,
  );
}

/** After a write: every cached read whose URL starts with one of these prefixes is read again. */
export function invalidate(...prefixes: string[]) {
  return queryClient.invalidateQueries({
    predicate: (q) => prefixes.some((p) => String(q.queryKey[0]).startsWith(p)),
  });
}
