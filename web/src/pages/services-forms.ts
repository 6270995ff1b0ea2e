import { z } from 'zod';
import { parseZlotyToGrosze } from '../../../src/domain/payroll/elixir-text';
import { t } from '../i18n';
import './services.i18n';

/**
 * An amount typed in złoty ("369,00", "15.5", "1 200"), checked in the browser: written as złoty with at
 * most two decimals, then as grosze by the contract's own schema (the same limits as the server).
 */
export const zlotyText = (schema: z.ZodType<unknown, number>) =>
  z
    .string()
    .transform((v, ctx) => {
      const grosze = parseZlotyToGrosze(v);
      if (grosze === null) {
        // Said in the reader's language (Polish first), when the check runs.
        ctx.addIssue({ code: 'custom', message: t('sv.zlotyText') });
        return z.NEVER;
      }
      return grosze;
    })
    .pipe(schema);

/** The grosze of a złoty text the form has already checked with `zlotyText`. */
export const grosze = (v: string) => parseZlotyToGrosze(v) ?? Number.NaN;
