import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field } from '../components/form';

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
