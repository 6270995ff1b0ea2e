import type { ReactNode } from 'react';
import type { Path, UseFormRegister } from 'react-hook-form';
import { Field } from '../components/form';
import { ZlotyField } from '../components/zloty-field';
import { t } from '../i18n';
import './attendance.i18n';

export type Person = { participantId: string; name: string };

/** The values both payroll amount forms hold: the person and the amount typed in złoty. */
type AmountForm = { participantId: string; amountGrosze: string };

/**
 * What a bonus and a correction both ask, and their submit: the person, the amount in złoty (with any
 * field of the form's own between them), then why, as a required text.
 */
export function AmountFields<T extends AmountForm>({
  register,
  errors,
  people,
  personId,
  amountLabel,
  note,
  submitLabel,
  busy,
  children,
}: {
  register: UseFormRegister<T>;
  errors: Record<string, string>;
  people: Person[];
  /** The person field's own id (two forms on the payroll page each have one). */
  personId: string;
  amountLabel: string;
  /** The text field that says why (its name in the form, and its label). */
  note: { name: Path<T>; label: string };
  submitLabel: string;
  busy: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="row">
        <Field name={personId} label={t('att.person')}>
          {(p) => (
            <select {...p} {...register('participantId' as Path<T>)}>
              {people.map((x) => (
                <option key={x.participantId} value={x.participantId}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {children}
        <ZlotyField
          register={register}
          name={'amountGrosze' as Path<T>}
          label={amountLabel}
          error={errors.amountGrosze}
          required
        />
      </div>
      <Field name={note.name} label={note.label} error={errors[note.name]} required>
        {(p) => <textarea {...p} rows={2} {...register(note.name)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </>
  );
}
