/**
 * Caches that hold one account's data in one centre (the query cache) register here; the shell empties them
 * when the account logs out, its session ends, or it switches centres — so nothing read for one centre or
 * person shows, even for a moment, to the next. Kept free of libraries, so the login page loads none.
 */
const clearers = new Set<() => void>();

export function registerSessionCache(clear: () => void) {
  clearers.add(clear);
}

export function clearSessionCaches() {
  for (const clear of clearers) clear();
}
