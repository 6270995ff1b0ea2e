import { SetupRequestSchema } from '../../../src/contracts/auth.contract';
import { api } from '../api';
import {
  CentreFields,
  type CentreForm,
  centreLabels,
  centrePayload,
  emptyCentre,
} from '../components/centre-fields';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';

type SetupForm = { centre: CentreForm; admin: { fullName: string; email: string; password: string } };

export function SetupPage({ onDone }: { onDone: (email: string) => void }) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<SetupForm>({
    defaultValues: { centre: emptyCentre, admin: { fullName: '', email: '', password: '' } },
    schema: SetupRequestSchema,
  });
  const centre = form.watch('centre');
  const centreErrors = Object.fromEntries(
    Object.entries(fieldErrors)
      .filter(([k]) => k.startsWith('centre.'))
      .map(([k, v]) => [k.slice(7), v]),
  );
  const adminErrors = Object.fromEntries(
    Object.entries(fieldErrors)
      .filter(([k]) => k.startsWith('admin.'))
      .map(([k, v]) => [k.slice(6), v]),
  );
  const labels = {
    ...centreLabels(centre.type),
    'admin.fullName': t('user.fullName'),
    'admin.email': t('user.email'),
    'admin.password': t('user.password'),
  };
  const summary = {
    ...centreErrors,
    ...Object.fromEntries(Object.entries(adminErrors).map(([k, v]) => [`admin.${k}`, v])),
  };

  return (
    <main id="main" className="narrow">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <form
        noValidate
        onSubmit={async (e) => {
          // A refusal of the server moves the focus to the summary (the browser's own checks focus the field).
          const state = { sent: false, ok: false };
          await onSubmit(async (v) => {
            state.sent = true;
            await api('POST', '/api/v1/setup', { centre: centrePayload(v.centre), admin: v.admin });
            state.ok = true;
            onDone(v.admin.email);
          })(e);
          if (state.sent && !state.ok)
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.alert-error')?.focus());
        }}
      >
        <ErrorSummary errors={summary} formError={formError} labels={labels} />
        <section className="card" aria-labelledby="setup-centre">
          <h2 id="setup-centre">{t('setup.centre')}</h2>
          <CentreFields
            form={centre}
            set={(patch) => {
              for (const [name, value] of Object.entries(patch))
                form.setValue(`centre.${name as keyof CentreForm}`, value as never, { shouldDirty: true });
            }}
            errors={centreErrors}
          />
        </section>
        <section className="card" aria-labelledby="setup-admin">
          <h2 id="setup-admin">{t('setup.admin')}</h2>
          <Field name="admin.fullName" label={t('user.fullName')} error={adminErrors.fullName} required>
            {(p) => <input {...p} autoComplete="name" {...register('admin.fullName')} />}
          </Field>
          <Field name="admin.email" label={t('user.email')} error={adminErrors.email} required>
            {(p) => <input {...p} type="email" autoComplete="email" {...register('admin.email')} />}
          </Field>
          <Field
            name="admin.password"
            label={t('user.password')}
            error={adminErrors.password}
            hint={t('user.passwordHint')}
            required
          >
            {(p) => (
              <input {...p} type="password" autoComplete="new-password" {...register('admin.password')} />
            )}
          </Field>
        </section>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
