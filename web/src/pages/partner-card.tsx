import { useState } from 'react';
import {
  type Agreement,
  AgreementInputSchema,
  ContactInputSchema,
  LogInputSchema,
  PartnerAccountCreateSchema,
  type PartnerCard,
} from '../../../src/contracts/partner.contract';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  LOG_KIND_LABELS,
  LOG_KINDS,
} from '../../../src/domain/partners/kinds';
import { api, apiUpload } from '../api';
import { useSubmit } from '../components/form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import { AddForm } from './partner-add-form';
import { PartnerForm } from './partner-form';
import { orNull } from './partner-input';
import './partners.i18n';

type Referral = {
  referralId: string;
  participantId: string;
  participantName: string;
  receivedOn: string;
  stageLabel: string;
  since: string;
};
type Account = { userId: string; email: string; fullName: string; isActive: boolean };

export function AgreementFile({
  partnerId,
  a,
  canEdit,
  onDone,
}: {
  partnerId: string;
  a: Agreement;
  canEdit: boolean;
  onDone: () => void;
}) {
  const { formError, run } = useSubmit();
  const url = `/api/v1/partners/${partnerId}/agreements/${a.id}/file`;
  return (
    <>
      {a.file && (
        <a href={url} download>
          {t('partners.fileDownload')} ({a.file.fileName})
        </a>
      )}
      {canEdit && (
        <label className="file-input">
          {' '}
          {t('partners.fileUpload')}{' '}
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const form = new FormData();
              form.append('file', file, file.name);
              if (await run(() => apiUpload(url, form))) onDone();
            }}
          />
        </label>
      )}
      {formError && <p className="field-error">{formError}</p>}
    </>
  );
}

/** The partner card: its data, contacts, agreements, cooperation log, referrals and accounts. */
export function PartnerCardPage({
  id,
  canEdit,
  canSeeReferrals,
  canManageAccounts,
}: {
  id: string;
  canEdit: boolean;
  canSeeReferrals: boolean;
  canManageAccounts: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const base = `/api/v1/partners/${id}`;
  const cardQuery = useApiQuery<PartnerCard>(base);
  const referrals =
    useApiQuery<{ items: Referral[] }>(`${base}/referrals`, { enabled: canSeeReferrals }).data?.items ?? [];
  const accounts =
    useApiQuery<{ items: Account[] }>(`${base}/accounts`, { enabled: canManageAccounts }).data?.items ?? [];
  /** After a write: the card, its referrals and accounts are read again (and the registry's list). */
  const load = () => invalidate('/api/v1/partners');
  const card = cardQuery.data;
  const error = cardQuery.error?.message;
  if (error)
    return (
      <main id="main">
        <p role="alert">{error}</p>
      </main>
    );
  if (!card)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const p = card.partner;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/partners')}>← {t('partners.back')}</a>
      </p>
      <h1>
        {p.name} {p.archived && <span className="badge">{t('partners.archived')}</span>}
      </h1>
      <p className="lead">{p.kindLabel}</p>
      <section className="card" aria-labelledby="partner-data">
        <h2 id="partner-data">{t('partners.data')}</h2>
        {editing ? (
          <PartnerForm initial={p} onSaved={() => setEditing(false)} />
        ) : (
          <dl className="facts">
            <dt>{t('partners.nip')}</dt>
            <dd>{p.nip ?? '—'}</dd>
            <dt>{t('partners.regon')}</dt>
            <dd>{p.regon ?? '—'}</dd>
            <dt>{t('partners.krs')}</dt>
            <dd>{p.krs ?? '—'}</dd>
            <dt>{t('partners.address')}</dt>
            <dd>
              {p.address ?? '—'}
              {p.gminaName ? ` (gm. ${p.gminaName})` : ''}
            </dd>
            <dt>{t('partners.email')}</dt>
            <dd>{p.email ?? '—'}</dd>
            <dt>{t('partners.phone')}</dt>
            <dd>{p.phone ?? '—'}</dd>
          </dl>
        )}
        {canEdit && !editing && (
          <div className="buttons">
            <button type="button" onClick={() => setEditing(true)}>
              {t('partners.edit')}
            </button>
            <button
              type="button"
              onClick={async () => {
                await api('POST', `${base}/${p.archived ? 'restore' : 'archive'}`, { version: p.version });
                void load();
              }}
            >
              {p.archived ? t('partners.restore') : t('partners.archive')}
            </button>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="partner-contacts">
        <h2 id="partner-contacts">{t('partners.contacts')}</h2>
        <ul className="plain">
          {card.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.fullName}</strong>
              {c.function ? ` — ${c.function}` : ''} {c.email ?? ''} {c.phone ?? ''}
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/contacts`}
            schema={ContactInputSchema}
            submitLabel={t('partners.contactAdd')}
            onDone={load}
            initial={{ fullName: '', function: '', email: '', phone: '' }}
            toBody={(f) => ({
              fullName: f.fullName,
              function: orNull(f.function),
              email: orNull(f.email),
              phone: orNull(f.phone),
            })}
            fields={[
              { name: 'fullName', label: t('partners.contactName'), required: true },
              { name: 'function', label: t('partners.contactFunction') },
              { name: 'email', label: t('partners.email') },
              { name: 'phone', label: t('partners.phone') },
            ]}
          />
        )}
      </section>

      <section className="card" aria-labelledby="partner-agreements">
        <h2 id="partner-agreements">{t('partners.agreements')}</h2>
        <ul className="plain">
          {card.agreements.map((a) => (
            <li key={a.id}>
              <strong>
                {a.kindLabel} {a.number ?? ''}
              </strong>{' '}
              — {a.subject}; {a.validFrom} – {a.validUntil ?? '…'} (
              {a.inForce ? t('partners.inForce') : t('partners.notInForce')}
              ); {t('partners.signatories')}: {a.signatories}.{' '}
              <AgreementFile partnerId={id} a={a} canEdit={canEdit} onDone={load} />
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/agreements`}
            schema={AgreementInputSchema}
            submitLabel={t('partners.agreementAdd')}
            onDone={load}
            initial={{
              kind: 'AGREEMENT',
              number: '',
              subject: '',
              signedOn: '',
              validFrom: '',
              validUntil: '',
              signatories: '',
            }}
            toBody={(f) => ({
              kind: f.kind,
              number: orNull(f.number),
              subject: f.subject,
              signedOn: orNull(f.signedOn),
              validFrom: f.validFrom,
              validUntil: orNull(f.validUntil),
              signatories: f.signatories,
            })}
            fields={[
              {
                name: 'kind',
                label: t('partners.agreementKind'),
                options: AGREEMENT_KINDS.map((k) => ({ value: k, label: AGREEMENT_KIND_LABELS[k] })),
              },
              { name: 'number', label: t('partners.agreementNumber') },
              { name: 'subject', label: t('partners.subject'), required: true },
              { name: 'signedOn', label: t('partners.signedOn'), type: 'date' },
              { name: 'validFrom', label: t('partners.validFrom'), type: 'date', required: true },
              { name: 'validUntil', label: t('partners.validUntil'), type: 'date' },
              { name: 'signatories', label: t('partners.signatories'), required: true },
            ]}
          />
        )}
      </section>

      <section className="card" aria-labelledby="partner-log">
        <h2 id="partner-log">{t('partners.log')}</h2>
        <ul className="plain">
          {card.log.map((e) => (
            <li key={e.id}>
              <strong>{e.happenedOn}</strong>
              {e.untilOn ? ` – ${e.untilOn}` : ''} · {e.kindLabel}: {e.subject}
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/log`}
            schema={LogInputSchema}
            submitLabel={t('partners.logAdd')}
            onDone={load}
            initial={{ kind: 'MEETING', happenedOn: '', untilOn: '', subject: '' }}
            toBody={(f) => ({
              kind: f.kind,
              happenedOn: f.happenedOn,
              untilOn: orNull(f.untilOn),
              subject: f.subject,
            })}
            fields={[
              {
                name: 'kind',
                label: t('partners.logKind'),
                options: LOG_KINDS.map((k) => ({ value: k, label: LOG_KIND_LABELS[k] })),
              },
              { name: 'happenedOn', label: t('partners.happenedOn'), type: 'date', required: true },
              { name: 'untilOn', label: t('partners.untilOn'), type: 'date' },
              { name: 'subject', label: t('partners.logSubject'), required: true },
            ]}
          />
        )}
      </section>

      {canSeeReferrals && (
        <section className="card" aria-labelledby="partner-referrals">
          <h2 id="partner-referrals">{t('partners.referrals')}</h2>
          {referrals.length === 0 ? (
            <p className="muted">{t('partners.referralsNone')}</p>
          ) : (
            <ul className="plain">
              {referrals.map((r) => (
                <li key={r.referralId}>
                  <a {...linkProps(`/participants/${r.participantId}`)}>{r.participantName}</a> —{' '}
                  {t('partners.receivedOn')} {r.receivedOn}; {t('partners.status')}:{' '}
                  <strong>{r.stageLabel}</strong> ({t('partners.since')} {r.since})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {canManageAccounts && (
        <section className="card" aria-labelledby="partner-accounts">
          <h2 id="partner-accounts">{t('partners.accounts')}</h2>
          <p className="hint">{t('partners.accountsHint')}</p>
          <ul className="plain">
            {accounts.map((a) => (
              <li key={a.userId}>
                {a.fullName} ({a.email}) —{' '}
                {a.isActive ? t('partners.accountActive') : t('partners.accountInactive')}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await api('POST', `${base}/accounts/${a.userId}/active`, { active: !a.isActive });
                    void load();
                  }}
                >
                  {a.isActive ? t('partners.accountOff') : t('partners.accountOn')}
                </button>
              </li>
            ))}
          </ul>
          {!p.archived && (
            <AddForm
              url={`${base}/accounts`}
              schema={PartnerAccountCreateSchema}
              submitLabel={t('partners.accountAdd')}
              onDone={load}
              initial={{ fullName: '', email: '', password: '' }}
              toBody={(f) => f}
              fields={[
                { name: 'fullName', label: t('partners.accountName'), required: true },
                { name: 'email', label: t('partners.email'), type: 'email', required: true },
                { name: 'password', label: t('partners.accountPassword'), type: 'password', required: true },
              ]}
            />
          )}
        </section>
      )}
    </main>
  );
}
