/** What the pathway sections share: their props, small input helpers and the section frame. */
import { useState, type ReactNode } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import { polishDate } from '../../../src/domain/calendar';
import { Field } from '../components/form';

export type Props = {
  participant: Participant;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  onChanged: () => void;
};
export type Form = Record<string, string>;
export const INSTITUTIONS = new Set(['OPS', 'PCPR', 'ADDICTION_TREATMENT', 'NGO', 'KIS', 'PUP']);
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
export const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
export const today = () => polishDate(new Date());

/** A text, date, number or select input bound to one key of a form object. */
/** Dates of facts that already happened (received, decided, signed, contacted): the picker stops at today. */
export const FACT_DATES = new Set([
  'referredOn',
  'receivedOn',
  'consentOn',
  'opsOpinionOn',
  'decidedOn',
  'signedOn',
  'doneOn',
]);

export function Input({
  form,
  set,
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
  form: Form;
  set: (f: Form) => void;
  name: string;
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
          <select {...p} value={form[name] ?? ''} onChange={(e) => set({ ...form, [name]: e.target.value })}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : rows ? (
          <textarea
            {...p}
            rows={rows}
            value={form[name] ?? ''}
            onChange={(e) => set({ ...form, [name]: e.target.value })}
          />
        ) : (
          <input
            {...p}
            type={type}
            value={form[name] ?? ''}
            onChange={(e) => set({ ...form, [name]: e.target.value })}
            {...(type === 'number' ? { inputMode: 'decimal' as const, step: '0.5' } : {})}
            {...(type === 'date' && FACT_DATES.has(name) ? { max: polishDate(new Date()) } : {})}
          />
        )
      }
    </Field>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Toggle({
  label,
  children,
  open: initial = false,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  open?: boolean;
}) {
  const [open, setOpen] = useState(initial);
  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      </p>
    );
  return <div className="subform">{children(() => setOpen(false))}</div>;
}
