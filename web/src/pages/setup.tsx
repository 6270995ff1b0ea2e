import { useState } from 'react';
import { api } from '../api';
import {
  CentreFields,
  centreLabels,
  centrePayload,
  emptyCentre,
  type CentreForm,
} from '../components/centre-fields';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';

export function SetupPage({ onDone }: { onDone: (email: string) => void }) {
  const [centre, setCentre] = useState<CentreForm>(emptyCentre);
  const [admin, setAdmin] = useState({ fullName: '', email: '', password: '' });
  const { fieldErrors, formError, busy, run } = useSubmit();
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
          e.preventDefault();
          const ok = await run(() => api('POST', '/api/v1/setup', { centre: centrePayload(centre), admin }));
          if (ok) onDone(admin.email);
          else document.querySelector<HTMLElement>('.alert-error')?.focus();
        }}
      >
        <ErrorSummary errors={summary} formError={formError} labels={labels} />
        <section className="card" aria-labelledby="setup-centre">
          <h2 id="setup-centre">{t('setup.centre')}</h2>
          <CentreFields
            form={centre}
            set={(patch) => setCentre((c) => ({ ...c, ...patch }))}
            errors={centreErrors}
          />
        </section>
        <section className="card" aria-labelledby="setup-admin">
          <h2 id="setup-admin">{t('setup.admin')}</h2>
          <Field name="admin.fullName" label={t('user.fullName')} error={adminErrors.fullName} required>
            {(p) => (
              <input
                {...p}
                autoComplete="name"
                value={admin.fullName}
                onChange={(e) => setAdmin({ ...admin, fullName: e.target.value })}
              />
            )}
          </Field>
          <Field name="admin.email" label={t('user.email')} error={adminErrors.email} required>
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="email"
                value={admin.email}
                onChange={(e) => setAdmin({ ...admin, email: e.target.value })}
              />
            )}
          </Field>
          <Field
            name="admin.password"
            label={t('user.password')}
            error={adminErrors.password}
            hint={t('user.passwordHint')}
            required
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={admin.password}
                onChange={(e) => setAdmin({ ...admin, password: e.target.value })}
              />
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
