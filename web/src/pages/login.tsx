import { useState } from 'react';
import type { MeResponse } from '../../../src/contracts/auth.contract';
import { api, ApiError } from '../api';
import { Field } from '../components/form';
import { errorText, t } from '../i18n';

export function LoginPage({
  demo,
  notice,
  initialEmail,
  onLogin,
}: {
  demo: boolean;
  notice: string | null;
  initialEmail: string;
  onLogin: (me: MeResponse) => void;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <main id="main" className="narrow">
      <h1>{t('login.title')}</h1>
      {notice && (
        <div className="alert alert-info" role="status">
          {notice}
        </div>
      )}
      {demo && (
        <div className="alert alert-demo" role="note">
          {t('login.demo')}
        </div>
      )}
      <form
        className="card"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const me = await api<MeResponse>('POST', '/api/v1/auth/login', {
              email,
              password,
              ...(needTotp && totp ? { totp } : {}),
            });
            onLogin(me);
          } catch (err) {
            if (err instanceof ApiError && err.code === 'TOTP_REQUIRED') setNeedTotp(true);
            else
              setError(
                err instanceof ApiError
                  ? (err.fields[0]?.message ?? errorText(err.code, err.message))
                  : errorText('INTERNAL'),
              );
          } finally {
            setBusy(false);
          }
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error}
          </div>
        )}
        <Field name="email" label={t('login.email')} required>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field name="password" label={t('login.password')} required>
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
        {needTotp && (
          <Field name="totp" label={t('login.totp')} hint={t('login.totpHint')} required>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.target.value.replace(/\D/g, ''))}
              />
            )}
          </Field>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
