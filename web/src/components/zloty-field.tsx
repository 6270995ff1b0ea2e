import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field } from './form';

/**
 * A złoty amount typed as text ("150,50") on a `useApiForm` form: the labelled field with the decimal
 * keyboard, its value held by the form and checked by the form's schema (`zlotyText` in `zloty-text.ts`).
 */
export function ZlotyField<T extends FieldValues>({
  register,
  name,
  label,
  error,
  required,
  hint,
}: {
  register: UseFormRegister<T>;
  name: Path<T>;
  label: string;
  error?: string;
  required?: boolean;
  hint?: string;
}) {
  return (
    <Field name={name} label={label} error={error} required={required} hint={hint}>
      {(p) => <input {...p} inputMode="decimal" {...register(name)} />}
    </Field>
  );
}
