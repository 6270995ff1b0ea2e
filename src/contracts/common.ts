import { z } from 'zod';
import { ROLES, type Role } from '../domain/access/roles';

export { ROLES, type Role };
export const RoleSchema = z.enum(ROLES);

export const CentreTypeSchema = z.enum(['CIS', 'KIS']);
export const FoundingInstitutionTypeSchema = z.enum([
  'JST',
  'NGO',
  'CHURCH_LEGAL_PERSON',
  'SOCIAL_COOPERATIVE',
]);

/**
 * Text PostgreSQL can store and a PDF can print: no NUL (PostgreSQL refuses it in text and JSON) and
 * no lone surrogate (not valid UTF-8). Pairs (emoji) are fine. Every text a client sends goes through this.
 */
export const STORABLE_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;
export const TextSchema = z
  .string({ error: 'Podaj tekst.' })
  .regex(STORABLE_TEXT, { error: 'Tekst zawiera niedozwolone znaki (np. znak NUL).' });

/** Optional-length text with a Polish message, trimmed. */
export const text = (max = 200) => TextSchema.trim().max(max, { error: `Najwyżej ${max} znaków.` });

export const UuidSchema = z.uuid({ error: 'Nieprawidłowy identyfikator.' });

/** PostgreSQL's `integer` (int4): anything outside is refused here, not by the database. */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;

/** An integer within [min, max] (both inside int4), with Polish messages. */
export const boundedInt = (min: number, max: number) =>
  z
    .number({ error: 'Podaj liczbę.' })
    .int({ error: 'Podaj liczbę całkowitą.' })
    .min(Math.max(min, INT4_MIN), { error: `Najmniej ${min}.` })
    .max(Math.min(max, INT4_MAX), { error: `Najwyżej ${max}.` });
export const Int4Schema = boundedInt(INT4_MIN, INT4_MAX);

/** A record's version as the client saw it; version + 1 must still fit an int4. */
export const VersionSchema = boundedInt(0, INT4_MAX - 1);

/** Money in grosze: at most 1 000 000 zł per amount (far above any benefit), never past int4. */
export const MAX_GROSZE = 100_000_000;
export const grosze = (min = 0) => boundedInt(min, MAX_GROSZE);

/** Years a calendar date in this system may have: a person born in 1900 to a plan ending in 2100. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const YEAR = '(?:19\\d{2}|20\\d{2}|2100)';

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date 'YYYY-MM-DD' in 1900–2100 (or the tighter range a field gives); never year 0000. */
export const isoDate = (range: { min?: string; max?: string } = {}) => {
  const min = range.min ?? `${MIN_YEAR}-01-01`;
  const max = range.max ?? `${MAX_YEAR}-12-31`;
  // One problem per value: the shape, then whether the day exists, then the range (not all three at once).
  return z
    .string({ error: 'Podaj datę w formacie RRRR-MM-DD.' })
    .superRefine((v, ctx) => {
      if (!/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(v))
        ctx.addIssue({
          code: 'custom',
          message: 'Podaj datę w formacie RRRR-MM-DD.',
          params: { code: 'INVALID_FORMAT' },
        });
      else if (!isRealDate(v))
        ctx.addIssue({
          code: 'custom',
          message: 'Taki dzień nie istnieje w kalendarzu.',
          params: { code: 'INVALID_FORMAT' },
        });
      else if (v < min || v > max)
        ctx.addIssue({
          code: 'custom',
          message: `Podaj datę od ${min} do ${max}.`,
          params: { code: 'DATE_OUT_OF_RANGE' },
        });
    })
    .meta({ format: 'date', formatMinimum: min, formatMaximum: max });
};
export const IsoDateSchema = isoDate();

/** A month 'YYYY-MM' in 1900–2100. */
export const MonthSchema = z
  .string({ error: 'Podaj miesiąc w formacie RRRR-MM.' })
  .regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])$`), {
    error: 'Podaj miesiąc w formacie RRRR-MM (lata 1900–2100).',
  });

export const EmailSchema = TextSchema.trim()
  .max(254, { error: 'Adres e-mail jest za długi.' })
  .pipe(z.email({ error: 'Podaj prawidłowy adres e-mail.' }));

export const IdParamsSchema = z.object({ id: UuidSchema });

/** Required non-empty trimmed text with a Polish message. */
export const requiredText = (max = 200) =>
  TextSchema.trim()
    .min(1, { error: 'To pole jest wymagane.' })
    .max(max, { error: `Najwyżej ${max} znaków.` });
