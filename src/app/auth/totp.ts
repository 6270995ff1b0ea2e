import { Secret, TOTP } from 'otpauth';

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

/** The code for a moment in time (tests and the CLI's demo use it). */
export function totpCode(secretBase32: string, at: number = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: at });
}
