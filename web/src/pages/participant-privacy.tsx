/** The director's personal-data section of a person's record: retention, the own copy, erasing a mistaken record. */
import { useEffect, useState } from 'react';
import type { MeResponse } from '../../../src/contracts/auth.contract';
import type { ErasureStanding } from '../../../src/contracts/privacy.contract';
import { api } from '../api';
import { ConfirmButton } from '../components/confirm';
import { Field } from '../components/form';
import { t } from '../i18n';
import { linkProps, navigate } from '../router';
import './privacy.i18n';

const dmy = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Shown only to an account allowed to erase (the director, from `/api/v1/me`): until when the Act keeps the
 * person's data (art. 8b ust. 5) with a link to the retention view, the own copy (GDPR art. 15, each
 * download logged), and "Usuń błędny wpis" (art. 17) — refused up front with the server's reason when the
 * retention duty or another module's records forbid it.
 */
export function ParticipantPrivacy({ participantId }: { participantId: string }) {
  const [standing, setStanding] = useState<ErasureStanding | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    let live = true;
    void api<MeResponse>('GET', '/api/v1/me')
      .then(async (me) => {
        if (!me.allowedActions.includes('privacy.erase')) return;
        const s = await api<ErasureStanding>('GET', `/api/v1/privacy/participants/${participantId}/erasure`);
        if (live) setStanding(s);
      })
      .catch((e) => live && setError((e as Error).message));
    return () => {
      live = false;
    };
  }, [participantId]);
  if (!standing && !error) return null;
  const base = `/api/v1/privacy/participants/${participantId}`;
  return (
    <section className="card" aria-labelledby="participant-privacy">
      <h2 id="participant-privacy">{t('privacy.person.title')}</h2>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {standing && (
        <>
          <h3>{t('privacy.retention')}</h3>
          <p>
            {standing.retentionEndsOn
              ? t(standing.due ? 'privacy.person.retentionOver' : 'privacy.person.retentionUntil', {
                  ended: dmy(standing.servicesEndedOn ?? ''),
                  until: dmy(standing.retentionEndsOn),
                })
              : t('privacy.person.retentionNotRunning')}{' '}
            <a {...linkProps('/privacy?tab=retention')}>{t('privacy.person.retentionLink')}</a>
          </p>
          <h3>{t('privacy.person.copyTitle')}</h3>
          <p className="muted">{t('privacy.person.copyHint')}</p>
          <p className="buttons">
            <a href={`${base}/copy.pdf`} target="_blank" rel="noreferrer">
              {t('privacy.person.copyPdf')}
            </a>
            <a href={`${base}/copy.json`} download>
              {t('privacy.person.copyJson')}
            </a>
          </p>
          <h3>{t('privacy.person.eraseTitle')}</h3>
          {standing.erasable ? (
            <>
              <p className="muted">{t('privacy.person.eraseHint')}</p>
              <ConfirmButton
                label={t('privacy.person.erase')}
                title={t('privacy.person.eraseTitle')}
                warning={t('privacy.person.eraseWarn')}
                confirmLabel={t('privacy.person.eraseConfirm')}
                canConfirm={reason.trim().length >= 3}
                onConfirm={async () => {
                  setError(null);
                  try {
                    await api('POST', `${base}/erase`, { reason });
                    navigate('/participants');
                  } catch (e) {
                    setError((e as Error).message);
                  }
                }}
              >
                <Field name="erase-reason" label={t('privacy.person.eraseReason')} required>
                  {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
                </Field>
              </ConfirmButton>
            </>
          ) : (
            <p className="alert alert-info" role="note">
              {standing.refusal}
            </p>
          )}
        </>
      )}
    </section>
  );
}
