import { useEffect, useState } from 'react';
import type { Authorisation, AuthorisationRegister } from '../../../src/contracts/privacy.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatDateTime, t } from '../i18n';
import './partners.i18n';
import './privacy.i18n';

const polishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : t('privacy.none'));

/** The register of authorisations, each member's standing today, refusals, and the issue form. */
export function AuthorisationsSection({ canManage }: { canManage: boolean }) {
  const [data, setData] = useState<AuthorisationRegister | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = () =>
    api<AuthorisationRegister>('GET', '/api/v1/privacy/authorisations')
      .then(setData)
      .catch(() => setData(null));
  useEffect(() => {
    void load();
  }, []);
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
  const [value, setValue] = useState('');
  const { fieldErrors, formError, busy, run } = useSubmit();
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
            <button type="button" className="link" onClick={() => setMode('revoke')}>
              {t('privacy.revoke')}
            </button>
            {a.status === 'NO_PLEDGE' && (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setValue(polishToday());
                  setMode('pledge');
                }}
              >
                {t('privacy.pledge')}
              </button>
            )}
          </>
        )}
        {mode !== 'none' && (
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const url = `/api/v1/privacy/authorisations/${a.id}/${mode}`;
              const body = mode === 'revoke' ? { reason: value } : { pledgeSignedOn: value };
              const saved = await run(() => api<Authorisation>('POST', url, body));
              if (saved) {
                setMode('none');
                onChanged(
                  mode === 'revoke'
                    ? t('privacy.revoked', { number: a.number })
                    : t('privacy.issued', { number: a.number }),
                );
              }
            }}
          >
            <ErrorSummary errors={{}} formError={formError} labels={{}} />
            <Field
              name={`${mode}-${a.id}`}
              label={t(mode === 'revoke' ? 'privacy.revokeReason' : 'privacy.pledgeFor', {
                number: a.number,
              })}
              error={fieldErrors.reason ?? fieldErrors.pledgeSignedOn}
            >
              {(p) => (
                <input
                  {...p}
                  type={mode === 'revoke' ? 'text' : 'date'}
                  value={value}
                  required
                  onChange={(e) => setValue(e.target.value)}
                />
              )}
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
  const [form, setForm] = useState(empty);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels: Record<string, string> = {
    userId: t('privacy.issueFor'),
    issuedOn: t('privacy.issuedOn'),
    validFrom: t('privacy.validFrom'),
    validUntil: t('privacy.validUntil'),
    pledgeSignedOn: t('privacy.pledgeSignedOn'),
    scope: t('privacy.scope'),
  };
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <section className="card" aria-labelledby="pm-issue">
      <h2 id="pm-issue">{t('privacy.issue')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const issued = await run(() =>
            api<Authorisation>('POST', '/api/v1/privacy/authorisations', {
              userId: form.userId,
              issuedOn: form.issuedOn,
              validFrom: form.validFrom,
              validUntil: form.validUntil || null,
              pledgeSignedOn: form.pledgeSignedOn || null,
              ...(form.scope.trim() ? { scope: form.scope } : {}),
            }),
          );
          if (issued) {
            setForm(empty);
            onIssued(issued);
          }
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="userId" label={labels.userId!} error={fieldErrors.userId} required>
          {(p) => (
            <select {...p} value={form.userId} onChange={set('userId')}>
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
            {(p) => <input {...p} type="date" value={form[k]} onChange={set(k)} />}
          </Field>
        ))}
        <Field name="scope" label={labels.scope!} error={fieldErrors.scope}>
          {(p) => <textarea {...p} rows={2} value={form.scope} onChange={set('scope')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('privacy.issue')}
        </button>
      </form>
    </section>
  );
}
