import { useState } from 'react';
import { type Job, type JobList, NetworkPayrollJobSchema } from '../../../src/contracts/job.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { invalidate, useApiQuery } from '../query';
import { errorText, t, useLang } from '../i18n';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import './jobs.i18n';

const POLL_MS = 1000;
const running = (j: Job) => j.status === 'QUEUED' || j.status === 'RUNNING';

/** The previous month in Poland, 'YYYY-MM' (the payroll a centre computes at the start of a month). */
function previousMonth(): string {
  const [y, m] = polishDate(new Date()).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'short',
    timeStyle: 'medium',
  });

/** What a finished job produced, in words (each kind answers its own shape). */
function outcome(job: Job): string {
  if (job.status === 'FAILED') return job.error ? errorText(job.error.code, job.error.message) : '';
  if (job.status !== 'DONE' || !job.result || typeof job.result !== 'object') return '';
  const r = job.result as Record<string, unknown>;
  if (job.kind === 'participant-import' && typeof r.imported === 'number')
    return t('jobs.result.imported', { count: r.imported });
  if (job.kind === 'network-payroll' && Array.isArray(r.computed)) {
    const closed = Array.isArray(r.skippedClosed) ? (r.skippedClosed as string[]) : [];
    return [
      t('jobs.result.payrolls', { count: r.computed.length }),
      closed.length ? t('jobs.result.skippedClosed', { names: closed.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (job.kind === 'retention-anonymise' && typeof r.anonymised === 'number')
    return t('jobs.result.anonymised', { count: r.anonymised });
  return '';
}

/** A job's progress: a bar with its numbers (an unknown total shows an indeterminate bar). */
function JobProgress({ job }: { job: Job }) {
  const { done, total } = job.progress;
  const label = t('jobs.progressLabel', { kind: t(`jobs.kind.${job.kind}`) });
  const finished = job.status === 'DONE';
  return (
    <>
      <progress
        aria-label={label}
        max={total ?? undefined}
        value={finished ? (total ?? 1) : total === null ? undefined : done}
      />{' '}
      {total !== null && <span>{t('jobs.progressOf', { done: finished ? total : done, total })}</span>}
    </>
  );
}

/** The network payroll run: one month, every CIS where the caller keeps the payroll. */
function NetworkPayrollForm({ onQueued }: { onQueued: () => Promise<unknown> }) {
  const [notice, setNotice] = useState<string | null>(null);
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ month: string }>({
    defaultValues: { month: previousMonth() },
    schema: NetworkPayrollJobSchema,
  });
  const submit = onSubmit(async (v) => {
    setNotice(null);
    await api<Job>('POST', '/api/v1/jobs/network-payroll', { month: v.month });
    setNotice(t('jobs.payroll.queued'));
    await onQueued();
  });
  return (
    <section aria-labelledby="jobs-payroll-h" className="card">
      <h2 id="jobs-payroll-h">{t('jobs.payroll.title')}</h2>
      <p>{t('jobs.payroll.lead')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ month: t('jobs.payroll.month') }}
        />
        <Field name="month" label={t('jobs.payroll.month')} error={fieldErrors.month} required>
          {(p) => <input {...p} type="month" {...register('month')} />}
        </Field>
        <button type="submit" disabled={busy}>
          {t('jobs.payroll.start')}
        </button>
      </form>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}

/**
 * The caller's long jobs (the director's: the centre's) with state, progress and result or the reason
 * of a failure in Polish; polls while a job is queued or running.
 */
export function JobsPage({ canRunPayrolls }: { canRunPayrolls: boolean }) {
  const lang = useLang();
  // Polls while a job is queued or running; stops when none is.
  const query = useApiQuery<JobList>('/api/v1/jobs', {
    refetchInterval: (q) => (q.state.data?.items.some(running) ? POLL_MS : false),
  });
  const list = query.data ?? null;
  const active = list?.items.some(running) ?? false;
  const load = () => invalidate('/api/v1/jobs');

  return (
    <main id="main">
      <h1>{t('jobs.title')}</h1>
      <p>{t('jobs.lead')}</p>
      {list?.everyone && <p className="hint">{t('jobs.leadEveryone')}</p>}
      {canRunPayrolls && <NetworkPayrollForm onQueued={load} />}
      {query.isPending && <p>{t('app.loading')}</p>}
      {query.error && (
        <p className="field-error" role="alert">
          {query.error.message}
        </p>
      )}
      {list && list.items.length === 0 && <p>{t('jobs.none')}</p>}
      {list && list.items.length > 0 && (
        <table className="table" aria-live="polite" aria-busy={active}>
          <caption className="sr-only">{t('jobs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.kind')}</th>
              <th scope="col">{t('jobs.createdAt')}</th>
              {list.everyone && <th scope="col">{t('jobs.startedBy')}</th>}
              <th scope="col">{t('jobs.status')}</th>
              <th scope="col">{t('jobs.progress')}</th>
              <th scope="col">{t('jobs.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((job) => (
              <tr key={job.id} data-job={job.id}>
                <td>{t(`jobs.kind.${job.kind}`)}</td>
                <td>{when(job.createdAt, lang)}</td>
                {list.everyone && <td>{job.startedBy ?? '—'}</td>}
                <td>
                  <span className={`status status-${job.status.toLowerCase()}`}>
                    {t(`jobs.status.${job.status}`)}
                  </span>
                </td>
                <td>
                  <JobProgress job={job} />
                </td>
                <td className={job.status === 'FAILED' ? 'field-error' : undefined}>{outcome(job)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && !active && (
        <button type="button" className="secondary" onClick={() => void load()}>
          {t('jobs.refresh')}
        </button>
      )}
    </main>
  );
}
