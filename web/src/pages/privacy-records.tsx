import { useState } from 'react';
import { z } from 'zod';
import {
  InformationClauseUpdateSchema,
  type SensitiveAccessLog,
  SensitiveAccessQuerySchema,
} from '../../../src/contracts/privacy.contract';
import type { User } from '../../../src/contracts/user.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatDateTime, t } from '../i18n';
import { queryClient, useApiQuery } from '../query';
import './privacy.i18n';

type Clause = { text: string; isDefault: boolean; updatedAt: string | null };

/** The centre's information clause: edit, save, print for the notice board. */
export function ClauseSection({ canEdit }: { canEdit: boolean }) {
  const clause = useApiQuery<Clause>('/api/v1/privacy/information-clause').data;
  if (!clause) return <p>{t('app.loading')}</p>;
  return <ClauseEditor clause={clause} canEdit={canEdit} />;
}

function ClauseEditor({ clause, canEdit }: { clause: Clause; canEdit: boolean }) {
  const [saved, setSaved] = useState(false);
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ text: string }>({
    defaultValues: { text: clause.text },
    schema: InformationClauseUpdateSchema,
  });
  const save = onSubmit(async (v) => {
    setSaved(false);
    const next = await api<Clause>('PUT', '/api/v1/privacy/information-clause', { text: v.text });
    queryClient.setQueryData(['/api/v1/privacy/information-clause'], next);
    setSaved(true);
  });
  return (
    <section aria-labelledby="pc-title">
      <h2 id="pc-title">{t('privacy.tab.clause')}</h2>
      {saved && (
        <p className="alert alert-success" role="status">
          {t('privacy.clauseSaved')}
        </p>
      )}
      {clause.isDefault && <p className="muted">{t('privacy.clauseDefault')}</p>}
      <form onSubmit={save}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={{ text: t('privacy.tab.clause') }} />
        <Field
          name="text"
          label={t('privacy.tab.clause')}
          hint={t('privacy.clauseHint')}
          error={fieldErrors.text}
        >
          {(p) => <textarea {...p} rows={16} readOnly={!canEdit} {...register('text')} />}
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
  const data = useApiQuery<{ controller: string; activities: Activity[] }>(
    '/api/v1/privacy/processing-register',
  ).data;
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

type AccessForm = { person: string; account: string; actorUserId: string; from: string; to: string };
/** The server's query rules, on the filters filled in (a blank filter is not sent). */
const accessForm = z
  .object({
    person: z.string(),
    account: z.string(),
    actorUserId: z.string(),
    from: z.string(),
    to: z.string(),
  })
  .transform(
    (q): Record<string, unknown> => Object.fromEntries(Object.entries(q).filter(([, v]) => v.trim())),
  )
  .pipe(SensitiveAccessQuerySchema);

export function AccessLogSection() {
  const users = useApiQuery<{ items: User[] }>('/api/v1/users').data?.items ?? [];
  const [result, setResult] = useState<SensitiveAccessLog | null>(null);
  const [page, setPage] = useState(1);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<AccessForm>({
    defaultValues: { person: '', account: '', actorUserId: '', from: '', to: '' },
    schema: accessForm,
  });
  const q = form.watch();
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v.trim()));
  const pages = result ? Math.ceil(result.total / result.pageSize) : 0;
  // A search (page 1) or another page of it: the filters are checked with the server's query rules first.
  const search = (to: number) =>
    onSubmit(async () => {
      setResult(
        await api<SensitiveAccessLog>(
          'GET',
          `/api/v1/privacy/access-log?${params}&page=${to}&pageSize=${PAGE_SIZE}`,
        ),
      );
      setPage(to);
    });
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
      <form className="card filters" onSubmit={search(1)}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="person" label={labels.person} error={fieldErrors.person ?? fieldErrors.participantId}>
          {(p) => <input {...p} {...register('person')} />}
        </Field>
        <Field name="account" label={labels.account} error={fieldErrors.account}>
          {(p) => <input {...p} {...register('account')} />}
        </Field>
        <Field name="actorUserId" label={labels.actorUserId} error={fieldErrors.actorUserId}>
          {(p) => (
            <select {...p} {...register('actorUserId')}>
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
          {(p) => <input {...p} type="date" {...register('from')} />}
        </Field>
        <Field name="to" label={labels.to} error={fieldErrors.to}>
          {(p) => <input {...p} type="date" {...register('to')} />}
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
              <button type="button" disabled={busy || page <= 1} onClick={() => void search(page - 1)()}>
                {t('privacy.logPrev')}
              </button>{' '}
              <span>{t('privacy.logPage', { page, pages })}</span>{' '}
              <button type="button" disabled={busy || page >= pages} onClick={() => void search(page + 1)()}>
                {t('privacy.logNext')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
