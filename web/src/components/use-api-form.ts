import { toNestErrors } from '@hookform/resolvers';
import { useState } from 'react';
import {
  type DefaultValues,
  type FieldErrors as HookFieldErrors,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { z } from 'zod';
import { englishCheckMessage } from '../../../src/contracts/check-messages-en';
import { ZOD_CODES } from '../../../src/contracts/errors';
import { ApiError } from '../api';
import { currentLang, errorText, fieldErrorText } from '../i18n';
import type { FieldErrors } from './form';

// The browser checks with the same schemas and the same Polish messages as the server (in English, a
// check of zod's own is said from its bounds: englishCheckMessage).
z.config(z.locales.pl());

export interface ApiForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  register: UseFormReturn<T>['register'];
  /** path → message, for `Field error=` and `ErrorSummary` (the browser's checks and the server's). */
  fieldErrors: FieldErrors;
  /** A refusal that belongs to no field (a conflict, a lost permission). */
  formError: string | null;
  busy: boolean;
  /**
   * The form's onSubmit: checks the fields (with `schema`, when given), then runs `action`; a refusal of
   * the server is put at its fields (`prefix` cut from the paths) or above the form. Nothing is sent while
   * a field is wrong.
   */
  onSubmit: (
    action: (values: T) => Promise<unknown>,
    prefix?: string,
  ) => (e?: React.BaseSyntheticEvent) => Promise<void>;
}

/**
 * One form: react-hook-form holding the values (no `useState` per field), an optional zod schema shared
 * with the server (a contract's body, or a form-shaped one for inputs that are text until sent), and the
 * server's `details.fields[]` shown at the field.
 */
export function useApiForm<T extends FieldValues>(options: {
  defaultValues: DefaultValues<T>;
  /** Checked on the raw values; its input type may be looser than T (defaults, optional fields). */
  schema?: z.ZodType;
}): ApiForm<T> {
  const form = useForm<T>({
    defaultValues: options.defaultValues,
    ...(options.schema ? { resolver: resolverOf<T>(options.schema) } : {}),
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit: ApiForm<T>['onSubmit'] = (action, prefix = '') =>
    form.handleSubmit(
      async (values) => {
        form.clearErrors();
        setFormError(null);
        try {
          await action(values);
        } catch (error) {
          if (!(error instanceof ApiError)) {
            setFormError(errorText('INTERNAL'));
            return;
          }
          for (const f of error.fields) {
            const path = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
            form.setError(path as Path<T>, { type: f.code, message: fieldErrorText(f.code, f.message) });
          }
          if (!error.fields.length) setFormError(errorText(error.code, error.message));
        }
      },
      () => setFormError(null),
    );

  return {
    form,
    register: form.register,
    fieldErrors: flatten(form.formState.errors),
    formError,
    busy: form.formState.isSubmitting,
    onSubmit,
  };
}

/**
 * The schema as react-hook-form's resolver. The action gets the typed values as they are (the schema may
 * turn "0,5" into a number only to check it). Each field error keeps the code the server would send: a
 * contract's own check (`params.code`, e.g. INVALID_NIP) or zod's code mapped as the server maps it, so
 * an English reader gets the English text of the same refusal.
 */
function resolverOf<T extends FieldValues>(schema: z.ZodType): Resolver<T> {
  return async (values, _context, options) => {
    const checked = await schema.safeParseAsync(values);
    if (checked.success) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of checked.error.issues) {
      const path = issue.path.join('.');
      if (errors[path]) continue;
      const custom =
        issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
      // An empty required text is a too_small of length 1: the reader is told the field is required.
      const required = issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1;
      const code = custom ?? (required ? 'REQUIRED' : (ZOD_CODES[issue.code] ?? issue.code));
      const english = custom || currentLang() !== 'en' ? undefined : englishCheckMessage(issue);
      errors[path] = { type: code, message: english ?? issue.message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** react-hook-form's nested errors → "a.b.c" → message; a browser-side zod message is translated by its code. */
function flatten(errors: HookFieldErrors, prefix = '', out: FieldErrors = {}): FieldErrors {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.message === 'string') {
      const type = typeof entry.type === 'string' ? entry.type : '';
      out[path] = fieldErrorText(ZOD_CODES[type] ?? type, entry.message);
    } else if (typeof value === 'object') flatten(value as HookFieldErrors, path, out);
  }
  return out;
}

/** A number typed as text ("0,5" or "0.5"), checked by a contract's number schema. */
export const numberText = (schema: z.ZodType<unknown, number>) =>
  z
    .string()
    .transform((v) => (v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.'))))
    .pipe(schema);

/** An optional field: empty text, or a value the contract's schema accepts. */
export const orEmpty = <S extends z.ZodType<unknown, string>>(schema: S) => z.union([z.literal(''), schema]);
