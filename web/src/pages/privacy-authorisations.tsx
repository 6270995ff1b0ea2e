import { useState } from 'react';
import { z } from 'zod';
import { IsoDateSchema } from '../../../src/contracts/common';
import {
  type Authorisation,
  AuthorisationCreateSchema,
  AuthorisationPledgeSchema,
  type AuthorisationRegister,
  AuthorisationRevokeSchema,
} from '../../../src/contracts/privacy.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { formatDateTime, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './partners.i18n';
import './privacy.i18n';

const polishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : t('privacy.none'));

/** The register of authorisations, each member's standing today, refusals, and the issue form. */
export function AuthorisationsSection({ canManage }: { canManage: boolean }) {
  const data = useApiQuery<AuthorisationRegister>('/api/v1/privacy/authorisations').data;
  const [notice, setNotice] = useState<string | null>(null);
  const load = () => invalidate('/api/v1/privacy/authorisations');
  if (!data) return <p>{t('app.loading')}</p>;

  const done = (text: string) => {
    setNotice(text);
    void load();
  };
  return (
    <>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <section aria-labelledby="pm-members">
        <h2 id="pm-members">{t('privacy.members')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('privacy.member')}</th>
                <th scope="col">{t('privacy.roles')}</th>
                <th scope="col">{t('privacy.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {data.members.map((m) => (
                <tr key={m.userId}>
                  <td>
                    {m.fullName}
                    <br />
                    <span className="muted">{m.email}</span>
                  </td>
                  <td>{m.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
                  <td>{t(`privacy.standing.${m.standing}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {data.partnerAccounts.length > 0 && (
        <section aria-labelledby="pm-partners">
          <h2 id="pm-partners">{t('privacy.partnerAccounts')}</h2>
          <p className="muted">{t('privacy.partnerAccountsHint')}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.member')}</th>
                  <th scope="col">{t('privacy.partner')}</th>
                </tr>
              </thead>
              <tbody>
                {data.partnerAccounts.map((m) => (
                  <tr key={m.userId}>
                    <td>
                      {m.fullName}
                      <br />
                      <span className="muted">{m.email}</span>
                    </td>
                    <td>{m.partnerName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {canManage && (
        <IssueForm members={data.members} onIssued={(a) => done(t('privacy.issued', { number: a.number }))} />
      )}
      <section aria-labelledby="pm-register">
        <h2 id="pm-register">{t('privacy.register')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('privacy.number')}</th>
                <th scope="col">{t('privacy.holder')}</th>
                <th scope="col">{t('privacy.validFrom')}</th>
                <th scope="col">{t('privacy.validUntil')}</th>
                <th scope="col">{t('privacy.pledgeSignedOn')}</th>
                <th scope="col">{t('privacy.standing')}</th>
                <th scope="col">{t('privacy.issuedBy')}</th>
                <th scope="col">
                  <span className="sr-only">{t('privacy.print')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <AuthorisationRow key={a.id} a={a} canManage={canManage} onChanged={done} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="pm-refusals">
        <h2 id="pm-refusals">{t('privacy.refusals')}</h2>
        {data.refusals.length === 0 ? (
          <p>{t('privacy.refusalsNone')}</p>
        ) : (
          <ul>
            {data.refusals.map((r, i) => (
              <li key={i}>
                {formatDateTime(r.occurredAt)} — {r.email ?? t('privacy.none')}:{' '}
                {t(`privacy.standing.${r.standing}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type RowForm = { mode: 'revoke' | 'pledge'; reason: string; pledgeSignedOn: string };
/** Revoking needs the contract's reason, confirming the pledge its date (the mode says which). */
const rowForm = z.discriminatedUnion('mode', [
  AuthorisationRevokeSchema.extend({ mode: z.literal('revoke'), pledgeSignedOn: z.string() }),
  AuthorisationPledgeSchema.extend({ mode: z.literal('pledge'), reason: z.string() }),
]);

function AuthorisationRow({
  a,
  canManage,
  onChanged,
}: {
  a: Authorisation;
  canManage: boolean;
  onChanged: (notice: string) => void;
}) {
  const [mode, setMode] = useState<'none' | 'revoke' | 'pledge'>('none');
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<RowForm>({
    defaultValues: { mode: 'revoke', reason: '', pledgeSignedOn: '' },
    schema: rowForm,
  });
  const open = (next: 'revoke' | 'pledge') => {
    form.reset({ mode: next, reason: '', pledgeSignedOn: next === 'pledge' ? polishToday() : '' });
    setMode(next);
  };
  const save = onSubmit(async (v) => {
    const url = `/api/v1/privacy/authorisations/${a.id}/${v.mode}`;
    const body = v.mode === 'revoke' ? { reason: v.reason } : { pledgeSignedOn: v.pledgeSignedOn };
    await api<Authorisation>('POST', url, body);
    setMode('none');
    onChanged(
      v.mode === 'revoke'
        ? t('privacy.revoked', { number: a.number })
        : t('privacy.issued', { number: a.number }),
    );
  });
  const active = a.revokedAt === null;
  return (
    <tr>
      <td className="nowrap">{a.number}</td>
      <td>
        {a.holderName}
        <br />
        <span className="muted">{t(`privacy.source.${a.source}`)}</span>
      </td>
      <td className="nowrap">{day(a.validFrom)}</td>
      <td className="nowrap">{a.validUntil ? day(a.validUntil) : t('privacy.untilRevoked')}</td>
      <td className="nowrap">{day(a.pledgeSignedOn)}</td>
      <td>
        {t(`privacy.standing.${a.status}`)}
        {a.revocationReason && <span className="muted"> — {a.revocationReason}</span>}
      </td>
      <td>{a.issuedByName}</td>
      <td>
        <a href={`/api/v1/privacy/authorisations/${a.id}/document.pdf`} target="_blank" rel="noreferrer">
          {t('privacy.print')}
        </a>
        {canManage && active && mode === 'none' && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => open('revoke')}>
              {t('privacy.revoke')}
            </button>
            {a.status === 'NO_PLEDGE' && (
              <button type="button" className="link" onClick={() => open('pledge')}>
                {t('privacy.pledge')}
              </button>
            )}
          </>
        )}
        {mode !== 'none' && (
          <form onSubmit={save}>
            <ErrorSummary errors={{}} formError={formError} labels={{}} />
            <Field
              name={`${mode}-${a.id}`}
              label={t(mode === 'revoke' ? 'privacy.revokeReason' : 'privacy.pledgeFor', {
                number: a.number,
              })}
              error={fieldErrors.reason ?? fieldErrors.pledgeSignedOn}
            >
              {(p) =>
                mode === 'revoke' ? (
                  <input key="reason" {...p} type="text" required {...register('reason')} />
                ) : (
                  <input key="pledge" {...p} type="date" required {...register('pledgeSignedOn')} />
                )
              }
            </Field>
            <button type="submit" className="primary" disabled={busy}>
              {mode === 'revoke' ? t('privacy.revokeConfirm') : t('privacy.pledge')}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

/** The contract's checks of an authorisation; blank dates are none, a blank scope is the default text. */
const issueForm = AuthorisationCreateSchema.extend({
  validUntil: orEmpty(IsoDateSchema),
  pledgeSignedOn: orEmpty(IsoDateSchema),
  scope: z
    .string()
    .transform((v) => v.trim())
    .pipe(z.union([z.literal(''), AuthorisationCreateSchema.shape.scope.unwrap()])),
});

function IssueForm({
  members,
  onIssued,
}: {
  members: AuthorisationRegister['members'];
  onIssued: (a: Authorisation) => void;
}) {
  const today = polishToday();
  const empty = {
    userId: '',
    issuedOn: today,
    validFrom: today,
    validUntil: '',
    pledgeSignedOn: today,
    scope: '',
  };
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof empty>({
    defaultValues: empty,
    schema: issueForm,
  });
  const issue = onSubmit(async (v) => {
    const issued = await api<Authorisation>('POST', '/api/v1/privacy/authorisations', {
      userId: v.userId,
      issuedOn: v.issuedOn,
      validFrom: v.validFrom,
      validUntil: v.validUntil || null,
      pledgeSignedOn: v.pledgeSignedOn || null,
      ...(v.scope.trim() ? { scope: v.scope } : {}),
    });
    form.reset(empty);
    onIssued(issued);
  });
  const labels: Record<string, string> = {
    userId: t('privacy.issueFor'),
    issuedOn: t('privacy.issuedOn'),
    validFrom: t('privacy.validFrom'),
    validUntil: t('privacy.validUntil'),
    pledgeSignedOn: t('privacy.pledgeSignedOn'),
    scope: t('privacy.scope'),
  };
  return (
    <section className="card" aria-labelledby="pm-issue">
      <h2 id="pm-issue">{t('privacy.issue')}</h2>
      <form onSubmit={issue}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="userId" label={labels.userId!} error={fieldErrors.userId} required>
          {(p) => (
            <select {...p} {...register('userId')}>
              <option value="">—</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.fullName} ({t(`privacy.standing.${m.standing}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
        {(['issuedOn', 'validFrom', 'validUntil', 'pledgeSignedOn'] as const).map((k) => (
          <Field
            key={k}
            name={k}
            label={labels[k]!}
            error={fieldErrors[k]}
            required={k === 'issuedOn' || k === 'validFrom'}
          >
            {(p) => <input {...p} type="date" {...register(k)} />}
          </Field>
        ))}
        <Field name="scope" label={labels.scope!} error={fieldErrors.scope}>
          {(p) => <textarea {...p} rows={2} {...register('scope')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('privacy.issue')}
        </button>
      </form>
    </section>
  );
}
