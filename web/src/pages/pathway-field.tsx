/** The pathway forms' inputs on react-hook-form: one labelled field, the value held by the form. */
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { polishDate } from '../../../src/domain/calendar';
import { Field } from '../components/form';

/** Dates of facts that already happened (received, decided, signed, contacted): the picker stops at today. */
const FACT_DATES = new Set([
  'referredOn',
  'receivedOn',
  'consentOn',
  'opsOpinionOn',
  'decidedOn',
  'signedOn',
  'doneOn',
]);

/** A text, date, number, select or textarea input bound to one key of a react-hook-form form. */
export function FormInput<T extends FieldValues>({
  register,
  name,
  label,
  type = 'text',
  errors,
  required,
  hint,
  options,
  rows,
  idSuffix = '',
}: {
  register: UseFormRegister<T>;
  name: Path<T>;
  label: string;
  type?: string;
  errors: Record<string, string>;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  rows?: number;
  idSuffix?: string;
}) {
  return (
    <Field name={name + idSuffix} label={label} error={errors[name]} required={required} hint={hint}>
      {(p) =>
        options ? (
          <select {...p} {...register(name)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : rows ? (
          <textarea {...p} rows={rows} {...register(name)} />
        ) : (
          <input
            {...p}
            type={type}
            {...register(name)}
            {...(type === 'number' ? { inputMode: 'decimal' as const, step: '0.5' } : {})}
            {...(type === 'date' && FACT_DATES.has(name) ? { max: polishDate(new Date()) } : {})}
          />
        )
      }
    </Field>
  );
}
