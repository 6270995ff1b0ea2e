/** The frame of a pathway form: title, refusals, the fields, save and cancel; and such a form behind its button. */
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ErrorSummary } from '../components/form';
import type { ApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { Toggle } from './pathway-shared';

type FrameProps = {
  title?: string;
  hint?: string;
  /** The fields' labels, for the summary's links. */
  labels: Record<string, string>;
  submitLabel: string;
  children: ReactNode;
};

/**
 * One pathway form on `useApiForm`: its title and hint, the summary of what was refused (the browser's
 * checks and the server's), the fields, and the save and cancel buttons.
 */
export function PathwayForm({
  form,
  onSubmit,
  onCancel,
  before,
  title,
  hint,
  labels,
  submitLabel,
  children,
}: FrameProps & {
  form: Pick<ApiForm<never>, 'fieldErrors' | 'formError' | 'busy'>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  onCancel: () => void;
  /** What stands in the form before its title (a confirmation dialog). */
  before?: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      {before}
      {title && <h3>{title}</h3>}
      {hint && <p className="muted">{hint}</p>}
      <ErrorSummary errors={form.fieldErrors} formError={form.formError} labels={labels} />
      {children}
      <div className="buttons">
        <button type="submit" className="primary" disabled={form.busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * A pathway form behind its button (`Toggle`): saving runs `send` with the form's checked values, then
 * closes the form and tells the page (`onDone`); cancel closes it.
 */
export function ToggleForm<T extends FieldValues>({
  toggle,
  open,
  form,
  send,
  onDone,
  ...frame
}: FrameProps & {
  /** The button's label. */
  toggle: string;
  /** Open from the start. */
  open?: boolean;
  form: ApiForm<T>;
  send: (values: T) => Promise<unknown>;
  onDone: () => void;
}) {
  return (
    <Toggle label={toggle} open={open}>
      {(close) => (
        <PathwayForm
          form={form}
          onSubmit={form.onSubmit(async (values) => {
            await send(values);
            close();
            onDone();
          })}
          onCancel={close}
          {...frame}
        />
      )}
    </Toggle>
  );
}
