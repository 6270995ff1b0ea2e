import type { z } from 'zod';
import { api } from '../api';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { Input } from './partner-input';

type Form = Record<string, string>;

/**
 * A small add form for one section of the partner card: checked in the browser with the section's
 * contract schema, posted as JSON, then the card is read again.
 */
export function AddForm({
  url,
  fields,
  submitLabel,
  onDone,
  toBody,
  initial,
  schema,
}: {
  url: string;
  fields: {
    name: string;
    label: string;
    type?: string;
    required?: boolean;
    options?: { value: string; label: string }[];
  }[];
  submitLabel: string;
  onDone: () => Promise<unknown>;
  toBody: (f: Form) => unknown;
  initial: Form;
  /** The contract's body schema; it takes the form's text (blank optional fields are "not given"). */
  schema: z.ZodType;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<Form>({
    defaultValues: initial,
    schema,
  });
  const prefix = `${url.split('/').pop()}-`;
  const add = onSubmit(async (v) => {
    await api('POST', url, toBody(v));
    form.reset(initial);
    await onDone();
  });
  return (
    <form noValidate onSubmit={add}>
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [prefix + k, v]))}
        formError={formError}
        labels={Object.fromEntries(fields.map((f) => [prefix + f.name, f.label]))}
      />
      <div className="row">
        {fields.map((f) => (
          <Input key={f.name} register={register} errors={fieldErrors} prefix={prefix} {...f} />
        ))}
      </div>
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
