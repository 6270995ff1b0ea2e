import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { Db } from '../../db/connection';

function totpFor(secretBase32: string, label = 'Reintegra'): TOTP {
  return new TOTP({
    issuer: 'Reintegra',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** Accepts the code of the current 30-second step or one step either side (clock drift). */
export function isTotpValid(secretBase32: string, code: string, at: number = Date.now()): boolean {
  return totpFor(secretBase32).validate({ token: code, timestamp: at, window: 1 }) !== null;
}

/** The 30-second step the code belongs to (current or one either side), or null for a wrong code. */
export function totpStepOf(secretBase32: string, code: string, at: number = Date.now()): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : Math.floor(at / 30_000) + delta;
}

/**
 * Accepts a code once: it must be right and newer than the last accepted one (a code seen on a
 * shoulder or in a phishing proxy cannot be replayed). One conditional update, so two requests
 * racing with the same code cannot both win.
 */
export async function consumeTotpCode(
  db: Db,
  user: { id: string; totp_secret: string | null },
  code: string,
  at: number,
): Promise<boolean> {
  if (!user.totp_secret) return false;
  const step = totpStepOf(user.totp_secret, code, at);
  if (step === null) return false;
  const updated = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', user.id)
    .where(sql<boolean>`coalesce(totp_last_step, -1) < ${step}`)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The code for a moment in time (tests and the CLI's demo use it). */
export function totpCode(secretBase32: string, at: number = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: at });
}
