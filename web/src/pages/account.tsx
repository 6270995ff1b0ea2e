import { useState } from 'react';
import type { MeResponse } from '../../../src/contracts/auth.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';

export function AccountPage({
  me,
  refresh,
  onLoggedOut,
}: {
  me: MeResponse;
  refresh: () => Promise<void>;
  onLoggedOut: () => void;
}) {
  return (
    <main id="main">
      <h1>{t('account.title')}</h1>
      <p>
        {me.user.fullName} · {me.user.email}
      </p>
      {me.totpEnrolmentRequired && (
        <div className="alert alert-error" role="alert">
          {t('account.totpRequired')}
        </div>
      )}
      <Totp me={me} refresh={refresh} />
      {!me.totpEnrolmentRequired && <ChangePassword />}
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">{t('account.sessions')}</h2>
        <button
          type="button"
          onClick={async () => {
            await api('POST', '/api/v1/auth/logout-all');
            onLoggedOut();
          }}
        >
          {t('account.logoutAll')}
        </button>
      </section>
    </main>
  );
}

function ChangePassword() {
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels = { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') };
  return (
    <section className="card" aria-labelledby="pw">
      <h2 id="pw">{t('account.password')}</h2>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-ok">{t('account.passwordChanged')}</p>}
      </div>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setDone(false);
          if (await run(() => api('POST', '/api/v1/me/password', form))) {
            setDone(true);
            setForm({ currentPassword: '', newPassword: '' });
          }
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field
          name="currentPassword"
          label={labels.currentPassword}
          error={fieldErrors.currentPassword}
          required
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={form.currentPassword}
              onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
            />
          )}
        </Field>
        <Field
          name="newPassword"
          label={labels.newPassword}
          error={fieldErrors.newPassword}
          hint={t('user.passwordHint')}
          required
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={form.newPassword}
              onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('form.save')}
        </button>
      </form>
    </section>
  );
}

function Totp({ me, refresh }: { me: MeResponse; refresh: () => Promise<void> }) {
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <section className="card" aria-labelledby="totp">
      <h2 id="totp">{t('account.totp')}</h2>
      <p>{me.user.totpEnabled ? t('account.totpOn') : t('account.totpOff')}</p>
      <div role="status" aria-live="polite">
        {message && <p className="alert alert-ok">{message}</p>}
      </div>
      <ErrorSummary
        errors={fieldErrors}
        formError={formError}
        labels={{ code: t('account.totpCode'), password: t('account.totpDisablePassword') }}
      />
      {!me.user.totpEnabled && !setup && (
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const s = await run(() =>
              api<{ secret: string; qrSvg: string }>('POST', '/api/v1/me/totp/setup'),
            );
            if (s) setSetup(s);
          }}
        >
          {t('account.totpStart')}
        </button>
      )}
      {!me.user.totpEnabled && setup && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => api('POST', '/api/v1/me/totp/confirm', { code }))) {
              setSetup(null);
              setMessage(t('account.totpEnabled'));
              await refresh();
            }
          }}
        >
          <p>{t('account.totpScan')}</p>
          <figure className="qr">
            <div
              role="img"
              aria-label={t('account.totpQr')}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's qrcode library made this SVG from our own secret
              dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
            />
            <figcaption>
              <code>{setup.secret.match(/.{1,4}/g)?.join(' ')}</code>
            </figcaption>
          </figure>
          <Field
            name="code"
            label={t('account.totpCode')}
            error={fieldErrors.code}
            hint={t('login.totpHint')}
            required
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('account.totpConfirm')}
          </button>
        </form>
      )}
      {me.user.totpEnabled && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => api('POST', '/api/v1/me/totp/disable', { password, code }))) {
              setMessage(t('account.totpDisabled'));
              setPassword('');
              setCode('');
              await refresh();
            }
          }}
        >
          <Field
            name="password"
            label={t('account.totpDisablePassword')}
            error={fieldErrors.password}
            required
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Field name="code" label={t('account.totpCode')} error={fieldErrors.code} required>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              />
            )}
          </Field>
          <button type="submit" disabled={busy}>
            {t('account.totpDisable')}
          </button>
        </form>
      )}
    </section>
  );
}
