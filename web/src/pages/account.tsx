import { useState } from 'react';
import {
  ChangePasswordSchema,
  type MeResponse,
  TotpConfirmSchema,
  TotpDisableSchema,
} from '../../../src/contracts/auth.contract';
import { api, ApiError } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { errorText, t } from '../i18n';

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
  const empty = { currentPassword: '', newPassword: '' };
  const [done, setDone] = useState(false);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof empty>({
    defaultValues: empty,
    schema: ChangePasswordSchema,
  });
  const labels = { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') };
  const save = onSubmit(async (v) => {
    setDone(false);
    await api('POST', '/api/v1/me/password', v);
    setDone(true);
    form.reset(empty);
  });
  return (
    <section className="card" aria-labelledby="pw">
      <h2 id="pw">{t('account.password')}</h2>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-ok">{t('account.passwordChanged')}</p>}
      </div>
      <form noValidate onSubmit={save}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field
          name="currentPassword"
          label={labels.currentPassword}
          error={fieldErrors.currentPassword}
          required
        >
          {(p) => (
            <input {...p} type="password" autoComplete="current-password" {...register('currentPassword')} />
          )}
        </Field>
        <Field
          name="newPassword"
          label={labels.newPassword}
          error={fieldErrors.newPassword}
          hint={t('user.passwordHint')}
          required
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('newPassword')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('form.save')}
        </button>
      </form>
    </section>
  );
}

/** A code input keeps only digits, as it is typed. */
function digitsOnly<R extends { onChange: (e: React.ChangeEvent<HTMLInputElement>) => unknown }>(r: R): R {
  return {
    ...r,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      e.target.value = e.target.value.replace(/\D/g, '');
      return r.onChange(e);
    },
  };
}

function Totp({ me, refresh }: { me: MeResponse; refresh: () => Promise<void> }) {
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [setupError, setSetupError] = useState<string | null>(null);
  const confirm = useApiForm<{ code: string }>({ defaultValues: { code: '' }, schema: TotpConfirmSchema });
  const disable = useApiForm<{ password: string; code: string }>({
    defaultValues: { password: '', code: '' },
    schema: TotpDisableSchema,
  });
  const current = me.user.totpEnabled ? disable : confirm;
  const fieldErrors = current.fieldErrors;
  const busy = confirm.busy || disable.busy;

  const start = async () => {
    setSetupError(null);
    try {
      setSetup(await api<{ secret: string; qrSvg: string }>('POST', '/api/v1/me/totp/setup'));
    } catch (error) {
      setSetupError(error instanceof ApiError ? errorText(error.code, error.message) : errorText('INTERNAL'));
    }
  };
  const confirmCode = confirm.onSubmit(async (v) => {
    await api('POST', '/api/v1/me/totp/confirm', { code: v.code });
    setSetup(null);
    setMessage(t('account.totpEnabled'));
    confirm.form.reset({ code: '' });
    await refresh();
  });
  const disableTotp = disable.onSubmit(async (v) => {
    await api('POST', '/api/v1/me/totp/disable', { password: v.password, code: v.code });
    setMessage(t('account.totpDisabled'));
    disable.form.reset({ password: '', code: '' });
    await refresh();
  });
  return (
    <section className="card" aria-labelledby="totp">
      <h2 id="totp">{t('account.totp')}</h2>
      <p>{me.user.totpEnabled ? t('account.totpOn') : t('account.totpOff')}</p>
      <div role="status" aria-live="polite">
        {message && <p className="alert alert-ok">{message}</p>}
      </div>
      <ErrorSummary
        errors={fieldErrors}
        formError={setupError ?? current.formError}
        labels={{ code: t('account.totpCode'), password: t('account.totpDisablePassword') }}
      />
      {!me.user.totpEnabled && !setup && (
        <button type="button" className="primary" onClick={() => void start()}>
          {t('account.totpStart')}
        </button>
      )}
      {!me.user.totpEnabled && setup && (
        <form noValidate onSubmit={confirmCode}>
          <p>{t('account.totpScan')}</p>
          <figure className="qr">
            <div
              role="img"
              aria-label={t('account.totpQr')}
              // The server's qrcode library made this SVG from our own secret.
              // biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG
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
                {...digitsOnly(confirm.register('code'))}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('account.totpConfirm')}
          </button>
        </form>
      )}
      {me.user.totpEnabled && (
        <form noValidate onSubmit={disableTotp}>
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
                {...disable.register('password')}
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
                {...digitsOnly(disable.register('code'))}
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
