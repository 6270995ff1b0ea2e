import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import { ZOD_CODES } from '../../../src/contracts/errors';
import { Field } from '../components/form';
import { fieldErrorText } from '../i18n';

/** A text, date or select input of a partner form, held by react-hook-form (`register`). */
export function Input<T extends FieldValues>({
  register,
  name,
  label,
  errors,
  type = 'text',
  required,
  options,
  prefix = '',
}: {
  register: UseFormRegister<T>;
  name: string;
  label: string;
  errors: Record<string, string>;
  type?: string | undefined;
  required?: boolean | undefined;
  options?: { value: string; label: string }[] | undefined;
  prefix?: string;
}) {
  return (
    <Field name={prefix + name} label={label} error={errors[name]} required={required}>
      {(p) =>
        options ? (
          <select {...p} {...register(name as Path<T>)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...p} type={type} {...register(name as Path<T>)} />
        )
      }
    </Field>
  );
}

export const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * A contract schema whose refusals name the server's field codes: a NIP, REGON or KRS check (a custom
 * issue with `params.code`, e.g. INVALID_NIP) is said in the reader's language, as the server's answer
 * would be; other issues keep zod's code → message table.
 */
export function spoken(schema: z.ZodType): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    const checked = schema.safeParse(value);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      const custom =
        issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: fieldErrorText(custom ?? ZOD_CODES[issue.code] ?? issue.code, issue.message),
      });
    }
  });
}
