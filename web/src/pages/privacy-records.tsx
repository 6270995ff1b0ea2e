import { useEffect, useState } from 'react';
import type { User } from '../../../src/contracts/user.contract';
import type { SensitiveAccessLog } from '../../../src/contracts/privacy.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatDateTime, t } from '../i18n';
import './privacy.i18n';

type Clause = { text: string; isDefault: boolean; updatedAt: string | null };

/** The centre's information clause: edit, save, print for the notice board. */
export function ClauseSection({ canEdit }: { canEdit: boolean }) {
  const [clause, setClause] = useState<Clause | null>(null);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    api<Clause>('GET', '/api/v1/privacy/information-clause').then((c) => {
      setClause(c);
      setText(c.text);
    });
  }, []);
  if (!clause) return <p>{t('app.loading')}</p>;
  return (
    <section aria-labelledby="pc-title">
      <h2 id="pc-title">{t('privacy.tab.clause')}</h2>
      {saved && (
        <p className="alert alert-success" role="status">
          {t('privacy.clauseSaved')}
        </p>
      )}
      {clause.isDefault && <p className="muted">{t('privacy.clauseDefault')}</p>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const next = await run(() => api<Clause>('PUT', '/api/v1/privacy/information-clause', { text }));
          if (next) {
            setClause(next);
            setSaved(true);
          }
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={{ text: t('privacy.tab.clause') }} />
        <Field
          name="text"
          label={t('privacy.tab.clause')}
          hint={t('privacy.clauseHint')}
          error={fieldErrors.text}
        >
          {(p) => (
            <textarea
              {...p}
              rows={16}
              value={text}
              readOnly={!canEdit}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        {canEdit && (
          <button type="submit" className="primary" disabled={busy}>
            {t('privacy.clauseSave')}
          </button>
        )}{' '}
        <a href="/api/v1/privacy/information-clause.pdf" target="_blank" rel="noreferrer">
          {t('privacy.print')}
        </a>
      </form>
    </section>
  );
}

type Activity = Record<
  'name' | 'purpose' | 'legalBasis' | 'dataSubjects' | 'dataCategories' | 'recipients' | 'retention',
  string
>;

/** The register of processing activities (GDPR art. 30), printable. */
export function ProcessingRegisterSection() {
  const [data, setData] = useState<{ controller: string; activities: Activity[] } | null>(null);
  useEffect(() => {
    api<{ controller: string; activities: Activity[] }>('GET', '/api/v1/privacy/processing-register').then(
      setData,
    );
  }, []);
  if (!data) return <p>{t('app.loading')}</p>;
  const rows = [
    'purpose',
    'legalBasis',
    'dataSubjects',
    'dataCategories',
    'recipients',
    'retention',
  ] as const;
  return (
    <section aria-labelledby="pr-title">
      <h2 id="pr-title">{t('privacy.tab.register')}</h2>
      <p>
        {t('privacy.controller')}: {data.controller}.{' '}
        <a href="/api/v1/privacy/processing-register.pdf" target="_blank" rel="noreferrer">
          {t('privacy.print')}
        </a>
      </p>
      {data.activities.map((a, i) => (
        <article key={a.name} className="card">
          <h3>
            {i + 1}. {a.name}
          </h3>
          <dl className="details">
            {rows.map((k) => (
              <div key={k}>
                <dt>{t(`privacy.${k}`)}</dt>
                <dd>{a[k]}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </section>
  );
}

/** Breach support: who read a person's sensitive data, or what one account read, between two days. */
const PAGE_SIZE = 50;

export function AccessLogSection() {
  const [users, setUsers] = useState<User[]>([]);
  const [q, setQ] = useState({ person: '', account: '', actorUserId: '', from: '', to: '' });
  const [result, setResult] = useState<SensitiveAccessLog | null>(null);
  const [page, setPage] = useState(1);
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    api<{ items: User[] }>('GET', '/api/v1/users')
      .then((r) => setUsers(r.items))
      .catch(() => undefined);
  }, []);
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v.trim()));
  const pages = result ? Math.ceil(result.total / result.pageSize) : 0;
  const search = async (to: number) => {
    const r = await run(() =>
      api<SensitiveAccessLog>('GET', `/api/v1/privacy/access-log?${params}&page=${to}&pageSize=${PAGE_SIZE}`),
    );
    if (r) {
      setResult(r);
      setPage(to);
    }
  };
  const labels = {
    participantId: t('privacy.logParticipant'),
    person: t('privacy.logPerson'),
    account: t('privacy.logAccount'),
    actorUserId: t('privacy.logActor'),
    from: t('privacy.from'),
    to: t('privacy.to'),
  };
  return (
    <section aria-labelledby="pl-title">
      <h2 id="pl-title">{t('privacy.tab.accessLog')}</h2>
      <form
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          void search(1);
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="person" label={labels.person} error={fieldErrors.person ?? fieldErrors.participantId}>
          {(p) => <input {...p} value={q.person} onChange={(e) => setQ({ ...q, person: e.target.value })} />}
        </Field>
        <Field name="account" label={labels.account} error={fieldErrors.account}>
          {(p) => (
            <input {...p} value={q.account} onChange={(e) => setQ({ ...q, account: e.target.value })} />
          )}
        </Field>
        <Field name="actorUserId" label={labels.actorUserId} error={fieldErrors.actorUserId}>
          {(p) => (
            <select
              {...p}
              value={q.actorUserId}
              onChange={(e) => setQ({ ...q, actorUserId: e.target.value })}
            >
              <option value="">{t('privacy.logAny')}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="from" label={labels.from} error={fieldErrors.from}>
          {(p) => (
            <input {...p} type="date" value={q.from} onChange={(e) => setQ({ ...q, from: e.target.value })} />
          )}
        </Field>
        <Field name="to" label={labels.to} error={fieldErrors.to}>
          {(p) => (
            <input {...p} type="date" value={q.to} onChange={(e) => setQ({ ...q, to: e.target.value })} />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('privacy.logSearch')}
        </button>
      </form>
      {result && (
        <>
          <p role="status">
            {t('privacy.logCount', { count: result.total })}{' '}
            <a href={`/api/v1/privacy/access-log?${params}&format=csv`}>{t('privacy.logCsv')}</a>{' '}
            <a href={`/api/v1/privacy/access-log?${params}&format=xlsx`}>{t('privacy.logXlsx')}</a>
          </p>
          {result.truncated && <p className="alert">{t('privacy.logTruncated')}</p>}
          {result.items.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.when')}</th>
                    <th scope="col">{t('privacy.account')}</th>
                    <th scope="col">{t('privacy.what')}</th>
                    <th scope="col">{t('privacy.member')}</th>
                    <th scope="col">{t('privacy.fields')}</th>
                    <th scope="col">{t('privacy.ip')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((i, n) => (
                    <tr key={n}>
                      <td className="nowrap">{formatDateTime(i.occurredAt)}</td>
                      <td>{i.actorEmail ?? '—'}</td>
                      <td>{i.what}</td>
                      <td>{i.participantName ?? '—'}</td>
                      <td>{i.fields.join(', ') || '—'}</td>
                      <td>{i.ip ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav className="buttons" aria-label={t('privacy.logPages')}>
              <button type="button" disabled={busy || page <= 1} onClick={() => void search(page - 1)}>
                {t('privacy.logPrev')}
              </button>{' '}
              <span>{t('privacy.logPage', { page, pages })}</span>{' '}
              <button type="button" disabled={busy || page >= pages} onClick={() => void search(page + 1)}>
                {t('privacy.logNext')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
