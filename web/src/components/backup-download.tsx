import { useState } from 'react';
import { z } from 'zod';
import { ApiError, currentCsrfToken } from '../api';
import { t } from '../i18n';
import { ErrorSummary, Field } from './form';
import { useApiForm } from './use-api-form';
import './backup-download.i18n';

/** POSTs the passphrase (in the body, never in a URL) and returns the encrypted file. */
async function fetchBackup(passphrase: string): Promise<{ blob: Blob; fileName: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const csrf = currentCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch('/api/v1/admin/backup', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ passphrase }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Brak połączenia z serwerem.');
  }
  if (!response.ok) {
    const json = await response.json().catch(() => undefined);
    const error = json?.error ?? { code: 'INTERNAL', message: response.statusText };
    throw new ApiError(
      response.status,
      error.code,
      error.message,
      error.details?.fields ?? [],
      error.details,
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'reintegra.rbak';
  return { blob: await response.blob(), fileName };
}

/** The administrator's backup download: a passphrase typed twice, then the encrypted file. */
export function BackupDownload() {
  const [done, setDone] = useState<string | null>(null);
  // The passphrase's rules stay on the server (its length is refused there); the browser checks the repeat.
  const schema = z
    .object({ passphrase: z.string(), repeat: z.string() })
    .refine((v) => v.passphrase === v.repeat, { path: ['repeat'], message: t('backup.mismatch') });
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    passphrase: string;
    repeat: string;
  }>({ defaultValues: { passphrase: '', repeat: '' }, schema });
  const download = onSubmit(async (v) => {
    setDone(null);
    const result = await fetchBackup(v.passphrase);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(result.blob);
    link.download = result.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
    form.reset({ passphrase: '', repeat: '' });
    setDone(t('backup.done', { file: result.fileName }));
  });
  const labels = { passphrase: t('backup.passphrase'), repeat: t('backup.repeat') };
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-ok">{done}</p>}
      </div>
      <form noValidate onSubmit={download}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field
          name="passphrase"
          label={labels.passphrase}
          hint={t('backup.passphraseHint')}
          error={fieldErrors.passphrase}
          required
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('passphrase')} />}
        </Field>
        <Field name="repeat" label={labels.repeat} error={fieldErrors.repeat} required>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('repeat')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('backup.working') : t('backup.download')}
        </button>
      </form>
    </section>
  );
}
