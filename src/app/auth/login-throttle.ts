/**
 * Counts failed logins per account and per address in a sliding window, in memory (one process).
 * An account is locked after `perAccount` failures, an address after `perAddress`.
 */
export interface LoginThrottle {
  isBlocked(email: string, ip: string | null, now?: number): boolean;
  recordFailure(email: string, ip: string | null, now?: number): void;
  recordSuccess(email: string): void;
}

export function createLoginThrottle(
  options = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 },
): LoginThrottle {
  const failures = new Map<string, number[]>();

  const recent = (key: string, now: number) => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  const accountKey = (email: string) => `a:${email.trim().toLowerCase()}`;
  const addressKey = (ip: string | null) => `i:${ip ?? 'unknown'}`;

  return {
    isBlocked(email, ip, now = Date.now()) {
      return (
        recent(accountKey(email), now).length >= options.perAccount ||
        recent(addressKey(ip), now).length >= options.perAddress
      );
    },
    recordFailure(email, ip, now = Date.now()) {
      for (const key of [accountKey(email), addressKey(ip)]) failures.set(key, [...recent(key, now), now]);
      if (failures.size > 100_000) failures.clear(); // bound memory under a flood
    },
    recordSuccess(email) {
      failures.delete(accountKey(email));
    },
  };
}
