import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle';

describe('login throttle', () => {
  it('blocks an account after 5 failures within 15 minutes and forgets them afterwards', () => {
    const throttle = createLoginThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) throttle.recordFailure('Jan@CIS.pl', `10.0.0.${i}`, t0 + i);
    expect(throttle.isBlocked('jan@cis.pl', '10.0.1.1', t0 + 10)).toBe(true);
    expect(throttle.isBlocked('ewa@cis.pl', '10.0.1.1', t0 + 10)).toBe(false);
    expect(throttle.isBlocked('jan@cis.pl', '10.0.1.1', t0 + 15 * 60_000 + 10)).toBe(false);
  });

  it('blocks an address after 20 failures across accounts', () => {
    const throttle = createLoginThrottle();
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user${i}@cis.pl`, '192.0.2.7', 1000 + i);
    expect(throttle.isBlocked('nowy@cis.pl', '192.0.2.7', 2000)).toBe(true);
    expect(throttle.isBlocked('nowy@cis.pl', '192.0.2.8', 2000)).toBe(false);
  });

  it('clears the account counter on success', () => {
    const throttle = createLoginThrottle();
    for (let i = 0; i < 4; i++) throttle.recordFailure('a@b.pl', null, 10 + i);
    throttle.recordSuccess('a@b.pl');
    throttle.recordFailure('a@b.pl', null, 20);
    expect(throttle.isBlocked('a@b.pl', '1.1.1.1', 30)).toBe(false);
  });
});
