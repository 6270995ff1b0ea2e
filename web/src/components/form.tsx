import { useId, useState, type ReactNode } from 'react';
import { ApiError } from '../api';
import { errorText, fieldErrorText, t } from '../i18n';

export type FieldErrors = Record<string, string>;

/**
 * Runs an action that has no fields of its own (a button: accept, withdraw, cancel a registration), or the
 * job day's offline queue, turning API errors into a message. A form with fields uses `useApiForm`.
 */
export function useSubmit() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(action: () => Promise<T>, prefix = ''): Promise<T | undefined> {
    setBusy(true);
    setFieldErrors({});
    setFormError(null);
    try {
      return await action();
    } catch (error) {
      if (error instanceof ApiError) {
        const fields: FieldErrors = {};
        for (const f of error.fields)
          fields[f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path] = fieldErrorText(
            f.code,
            f.message,
          );
        setFieldErrors(fields);
        setFormError(error.fields.length ? null : errorText(error.code, error.message));
      } else setFormError(errorText('INTERNAL'));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { fieldErrors, setFieldErrors, formError, setFormError, busy, run };
}

export function ErrorSummary({
  errors,
  formError,
  labels,
}: {
  errors: FieldErrors;
  formError: string | null;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (!entries.length && !formError) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1}>
      {formError && <p>{formError}</p>}
      {entries.length > 0 && (
        <>
          <p>
            <strong>{t('form.errorsTitle')}</strong>
          </p>
          <ul>
            {entries.map(([path, message]) => (
              <li key={path}>
                <a href={`#f-${path.replace(/\./g, '-')}`}>{labels[path] ?? path}</a>: {message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
    required?: boolean;
  }) => ReactNode;
}

/** A labelled field with its hint and error tied to the input for screen readers. */
export function Field({ name, label, error, hint, required, children }: FieldProps) {
  const id = `f-${name.replace(/\./g, '-')}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="req" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { 'aria-invalid': true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(required ? { required: true } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  name,
  error,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (v: T[]) => void;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <fieldset
      className={`field${error ? ' field-invalid' : ''}`}
      id={`f-${name}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
