/** Passwords people pick first; a short list, checked case-insensitively (NIST 800-63B style). */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  'qwertyuiopas',
  'qwertyuiop12',
  'qwerty123456',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'zaq1@wsx3edc',
  'password1234',
  'password12345',
  'passwordpassword',
  'haslo1234567',
  'haslohaslo12',
  'hasło1234567',
  'administrator',
  'administrator1',
  'admin1234567',
  'adminadmin12',
  'welcome12345',
  'iloveyou1234',
  'polska123456',
  'polska12345678',
  'kochamcie123',
  'zaq1zaq1zaq1',
  'abcdefghijkl',
  'abc123abc123',
  'letmein12345',
  'monkey123456',
  'dragon123456',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'qwertyqwerty',
  'asdfghjkl123',
  'zxcvbnm12345',
  'reintegra123',
  'reintegra1234',
  'centrum12345',
  'integracja12',
  'kierownik123',
  'uczestnik123',
  'cis123456789',
  'kis123456789',
  'changeme1234',
  'trustno11234',
  'superman1234',
  'mateusz12345',
  'kacper123456',
  'michal123456',
  'agnieszka123',
]);

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** The demo accounts' password, printed on the screen and in the README: never for a real account. */
export const DEMO_PASSWORD = 'Demo-Reintegra-2026';

export type PasswordProblem =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_PUBLISHED'
  | 'PASSWORD_REUSED'
  | 'PASSWORD_CONTAINS_EMAIL';

export interface PasswordContext {
  email?: string;
  /** A larger dictionary of common passwords (lower case), looked up by the server. */
  isCommon?: (candidate: string) => boolean;
  /** The demo seeding may use the published demo password; nothing else may. */
  allowDemoPassword?: boolean;
}

/** The word inside a password: without the digits and signs people add before or after it ("Smok2024!"). */
export function passwordCore(lower: string): string {
  return lower.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
}

/**
 * Checks a new password against the policy: length 12–200, not the published demo password, not
 * common (also as a common word with digits or signs around it), not one repeated character.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  const lower = password.toLowerCase();
  if (!context.allowDemoPassword && lower === DEMO_PASSWORD.toLowerCase()) return 'PASSWORD_PUBLISHED';
  if (COMMON.has(lower)) return 'PASSWORD_TOO_COMMON';
  const core = passwordCore(lower);
  if (context.isCommon && (context.isCommon(lower) || (core.length >= 4 && context.isCommon(core))))
    return 'PASSWORD_TOO_COMMON';
  if (/^(.)\1+$/.test(password)) return 'PASSWORD_TOO_COMMON';
  if (/^(0123456789|1234567890|9876543210)+\d*$/.test(password)) return 'PASSWORD_TOO_COMMON';
  if (
    context.email &&
    lower.includes(context.email.toLowerCase().split('@')[0] ?? '\u0000') &&
    lower.length < 20
  ) {
    return 'PASSWORD_CONTAINS_EMAIL';
  }
  return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  PASSWORD_TOO_SHORT: `Hasło musi mieć co najmniej ${PASSWORD_MIN_LENGTH} znaków.`,
  PASSWORD_TOO_LONG: `Hasło może mieć najwyżej ${PASSWORD_MAX_LENGTH} znaków.`,
  PASSWORD_TOO_COMMON: 'To hasło jest zbyt popularne lub łatwe do odgadnięcia. Wybierz inne.',
  PASSWORD_PUBLISHED: 'To hasło kont demonstracyjnych jest publicznie znane. Wybierz inne.',
  PASSWORD_REUSED: 'Nowe hasło musi różnić się od obecnego.',
  PASSWORD_CONTAINS_EMAIL:
    'Hasło zawiera część adresu e-mail (przed znakiem @), więc łatwo je odgadnąć. ' +
    'Wybierz hasło bez niej albo dłuższe niż 19 znaków.',
};
