import { useState } from 'react';
import type { RetentionItem, RetentionView } from '../../../src/contracts/privacy.contract';
import { api } from '../api';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatDateTime, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './privacy.i18n';

const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
type Job = { status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'; result: { anonymised?: number } | null };

function PeopleTable({ items, caption }: { items: RetentionItem[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.retention.person')}</th>
            <th scope="col">{t('privacy.retention.birthYear')}</th>
            <th scope="col">{t('privacy.retention.ended')}</th>
            <th scope="col">{t('privacy.retention.keptUntil')}</th>
            <th scope="col">{t('privacy.retention.from')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.participantId}>
              <td>{i.fullName}</td>
              <td>{i.birthYear}</td>
              <td>{day(i.servicesEndedOn)}</td>
              <td>{day(i.retentionEndsOn)}</td>
              <td>{day(i.anonymiseFrom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Retention (art. 8b ust. 5): whose data are due for anonymisation, the director's approval (the job then
 * anonymises them), whose retention still runs, and the approvals made.
 */
export function RetentionSection() {
  const view = useApiQuery<RetentionView>('/api/v1/privacy/participants/retention').data;
  const [message, setMessage] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    participantIds: string[];
    confirmed: boolean;
  }>({ defaultValues: { participantIds: [], confirmed: false } });
  const chosen = form.watch('participantIds');
  const confirmed = form.watch('confirmed');
  const load = () => invalidate('/api/v1/privacy/participants/retention');
  if (!view) return <p>{t('app.loading')}</p>;

  const approve = onSubmit(async (v) => {
    setMessage(null);
    const r = await api<{ jobId: string; approved: number }>(
      'POST',
      '/api/v1/privacy/participants/retention/anonymise',
      { participantIds: v.participantIds },
    );
    setMessage(t('privacy.retention.running'));
    let job: Job = { status: 'QUEUED', result: null };
    for (let i = 0; i < 600 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
      await new Promise((done) => setTimeout(done, 500));
      job = await api<Job>('GET', `/api/v1/jobs/${r.jobId}`);
    }
    setMessage(
      job.status === 'DONE'
        ? t('privacy.retention.done', { count: job.result?.anonymised ?? 0 })
        : t('privacy.retention.failed'),
    );
    form.reset({ participantIds: [], confirmed: false });
    await load();
  });

  const names = Object.fromEntries(view.due.map((i, n) => [`participantIds.${n}`, i.fullName]));
  return (
    <section aria-labelledby="pr-title">
      <h2 id="pr-title">{t('privacy.tab.retention')}</h2>
      <p>{t('privacy.retention.lead')}</p>
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
      <h3>{t('privacy.retention.dueTitle', { date: day(view.today) })}</h3>
      {view.due.length === 0 ? (
        <p>{t('privacy.retention.noneDue')}</p>
      ) : (
        <form className="card" onSubmit={approve}>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={names} />
          <fieldset>
            <legend>{t('privacy.retention.choose')}</legend>
            {view.due.map((i) => (
              <label key={i.participantId} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(i.participantId)}
                  onChange={(e) =>
                    form.setValue(
                      'participantIds',
                      e.target.checked
                        ? [...chosen, i.participantId]
                        : chosen.filter((id) => id !== i.participantId),
                    )
                  }
                />{' '}
                {t('privacy.retention.item', {
                  name: i.fullName,
                  year: i.birthYear,
                  ended: day(i.servicesEndedOn),
                  until: day(i.retentionEndsOn),
                })}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" {...register('confirmed')} /> {t('privacy.retention.confirm')}
          </label>
          <button type="submit" className="primary" disabled={busy || !confirmed || chosen.length === 0}>
            {t('privacy.retention.approve', { count: chosen.length })}
          </button>
        </form>
      )}
      <h3>{t('privacy.retention.upcomingTitle')}</h3>
      {view.upcoming.length === 0 ? (
        <p>{t('privacy.retention.noneUpcoming')}</p>
      ) : (
        <PeopleTable items={view.upcoming} caption={t('privacy.retention.upcomingTitle')} />
      )}
      <h3>{t('privacy.retention.approvalsTitle')}</h3>
      {view.approvals.length === 0 ? (
        <p>{t('privacy.retention.noApprovals')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('privacy.retention.approvalsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.retention.pseudonym')}</th>
                <th scope="col">{t('privacy.retention.keptUntil')}</th>
                <th scope="col">{t('privacy.retention.approvedBy')}</th>
                <th scope="col">{t('privacy.retention.state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.approvals.map((a) => (
                <tr key={a.participantId}>
                  <td>{a.pseudonym}</td>
                  <td>{day(a.retentionEndsOn)}</td>
                  <td>
                    {a.approvedByName ?? '—'}, {formatDateTime(a.approvedAt)}
                  </td>
                  <td>
                    {a.status === 'DONE' && a.doneAt
                      ? t('privacy.retention.stateDone', { when: formatDateTime(a.doneAt) })
                      : t('privacy.retention.stateApproved')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
