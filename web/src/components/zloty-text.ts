import { z } from 'zod';
import { parseZlotyToGrosze } from '../../../src/domain/payroll/elixir-text';
import { t } from '../i18n';

/**
 * A złoty amount as the person types it ("200", "150,50", for a correction "-12,30"), read into integer
 * grosze exactly as the payroll page always has (string arithmetic, never a float), or null when it is
 * not an amount.
 */
export function zlotyTextToGrosze(text: string, signed = false): number | null {
  if (!signed) return parseZlotyToGrosze(text);
  const negative = text.trim().startsWith('-') || text.trim().startsWith('−');
  const grosze = parseZlotyToGrosze(text.replace(/^[-−]\s*/, ''));
  return grosze === null ? null : negative ? -grosze : grosze;
}

/**
 * The text field of an amount, checked in the browser: an amount in złoty (at most two decimals; signed for
 * a correction), then the contract's own grosze rule (the same limits as the server).
 */
export const zlotyText = (
  schema: z.ZodType<unknown, number>,
  signed = false,
  message = () => t('form.zlotyInvalid'),
) =>
  z
    .string()
    .transform((v, ctx) => {
      const grosze = zlotyTextToGrosze(v, signed);
      if (grosze === null) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return grosze;
    })
    .pipe(schema);

/** The grosze of a złoty text the form has already checked with `zlotyText`. */
export const grosze = (v: string) => parseZlotyToGrosze(v) ?? Number.NaN;
