import { createHash, randomBytes } from 'node:crypto';

/** A new random session token (sent in the cookie) and its hash (stored). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}
