import { useState } from 'react';
import type { OtherRetentionView } from '../../../src/contracts/privacy-others.contract';
import { api } from '../api';
import { ConfirmButton } from '../components/confirm';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatDateTime, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './privacy-others.i18n';

const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
type Job = { status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'; result: { anonymised?: number } | null };
type Item = OtherRetentionView['due'][number];
const key = (i: { kind: string; id: string }) => `${i.kind}:${i.id}`;

/** The own copy and the erasure of a mistaken record, for one person of the list. */
function Actions({ item, onChanged }: { item: Item; onChanged: (message: string) => void }) {
  const { register, form } = useApiForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const reason = form.watch('reason');
  const [error, setError] = useState<string | null>(null);
  const base = `/api/v1/privacy/others/${item.kind}/${item.id}`;
  return (
    <div className="buttons">
      <a href={`${base}/copy.pdf`} target="_blank" rel="noreferrer">
        {t('privacy.others.copyPdf')}
      </a>
      <a href={`${base}/copy.json`} download>
        {t('privacy.others.copyJson')}
      </a>
      <ConfirmButton
        label={t('privacy.others.erase')}
        title={t('privacy.others.eraseTitle')}
        warning={t('privacy.others.eraseWarn')}
        confirmLabel={t('privacy.others.eraseConfirm')}
        canConfirm={reason.trim().length >= 3}
        onConfirm={async () => {
          setError(null);
          try {
            const r = await api<{ person: string }>('POST', `${base}/erase`, { reason });
            onChanged(t('privacy.others.erased', { person: r.person }));
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <Field name={`erase-${item.id}`} label={t('privacy.others.eraseReason')} required>
          {(p) => <input {...p} {...register('reason')} />}
        </Field>
      </ConfirmButton>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PeopleTable({
  items,
  caption,
  onChanged,
}: {
  items: Item[];
  caption: string;
  onChanged: (message: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.others.person')}</th>
            <th scope="col">{t('privacy.others.kind')}</th>
            <th scope="col">{t('privacy.others.last')}</th>
            <th scope="col">{t('privacy.others.keptUntil')}</th>
            <th scope="col">{t('privacy.others.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={key(i)}>
              <td>{i.fullName}</td>
              <td>{i.kindLabel}</td>
              <td>{day(i.lastActivityOn)}</td>
              <td>{day(i.retentionEndsOn)}</td>
              <td>
                <Actions item={i} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Retention of people who are not participants (volunteers, art. 200 enrolees, guests, private customers,
 * donors, enquirers): each kind's period and its basis, who is due (the director approves, the queue's job
 * anonymises), whose period runs, the own copy and the erasure of a mistaken record, the approvals made.
 */
export function OtherPeopleRetention() {
  const view = useApiQuery<OtherRetentionView>('/api/v1/privacy/others/retention').data;
  const [message, setMessage] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    chosen: string[];
    confirmed: boolean;
  }>({ defaultValues: { chosen: [], confirmed: false } });
  const chosen = form.watch('chosen');
  const confirmed = form.watch('confirmed');
  const load = () => invalidate('/api/v1/privacy/others/retention');
  if (!view) return <p>{t('app.loading')}</p>;
  // The message shows once the list is read again, so it never stands beside the erased row.
  const changed = (m: string) => {
    setMessage(null);
    void load().then(() => setMessage(m));
  };

  const approve = onSubmit(async (v) => {
    setMessage(null);
    const persons = view.due
      .filter((i) => v.chosen.includes(key(i)))
      .map((i) => ({ kind: i.kind, id: i.id }));
    const r = await api<{ jobId: string; approved: number }>(
      'POST',
      '/api/v1/privacy/others/retention/anonymise',
      { persons },
    );
    setMessage(t('privacy.others.running'));
    let job: Job = { status: 'QUEUED', result: null };
    for (let i = 0; i < 600 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
      await new Promise((done) => setTimeout(done, 500));
      job = await api<Job>('GET', `/api/v1/jobs/${r.jobId}`);
    }
    setMessage(
      job.status === 'DONE'
        ? t('privacy.others.done', { count: job.result?.anonymised ?? 0 })
        : t('privacy.others.failed'),
    );
    form.reset({ chosen: [], confirmed: false });
    await load();
  });

  const chosenItems = view.due.filter((i) => chosen.includes(key(i)));
  const names = Object.fromEntries(chosenItems.map((i, n) => [`persons.${n}`, i.fullName]));
  return (
    <section aria-labelledby="po-title">
      <h2 id="po-title">{t('privacy.others.title')}</h2>
      <p>{t('privacy.others.lead')}</p>
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption>{t('privacy.others.rulesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.others.kind')}</th>
              <th scope="col">{t('privacy.others.years')}</th>
              <th scope="col">{t('privacy.others.counted')}</th>
              <th scope="col">{t('privacy.others.source')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((r) => (
              <tr key={r.kind}>
                <td>{r.label}</td>
                <td>{r.years}</td>
                <td>{r.from}</td>
                <td>
                  {r.source}{' '}
                  <em>
                    (
                    {t(r.certain ? 'privacy.others.certain' : 'privacy.others.uncertain', {
                      date: day(r.checkedOn),
                    })}
                    )
                  </em>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('privacy.others.dueTitle', { date: day(view.today) })}</h3>
      {view.due.length === 0 ? (
        <p>{t('privacy.others.noneDue')}</p>
      ) : (
        <>
          <form className="card" onSubmit={approve}>
            <ErrorSummary errors={fieldErrors} formError={formError} labels={names} />
            <fieldset>
              <legend>{t('privacy.others.choose')}</legend>
              {view.due.map((i) => (
                <label key={key(i)} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(key(i))}
                    onChange={(e) =>
                      form.setValue(
                        'chosen',
                        e.target.checked ? [...chosen, key(i)] : chosen.filter((k) => k !== key(i)),
                      )
                    }
                  />{' '}
                  {t('privacy.others.item', {
                    name: i.fullName,
                    kind: i.kindLabel,
                    last: day(i.lastActivityOn),
                    until: day(i.retentionEndsOn),
                  })}
                </label>
              ))}
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" {...register('confirmed')} /> {t('privacy.others.confirm')}
            </label>
            <button type="submit" className="primary" disabled={busy || !confirmed || chosen.length === 0}>
              {t('privacy.others.approve', { count: chosen.length })}
            </button>
          </form>
          <PeopleTable
            items={view.due}
            caption={t('privacy.others.dueTitle', { date: day(view.today) })}
            onChanged={changed}
          />
        </>
      )}
      <h3>{t('privacy.others.upcomingTitle')}</h3>
      {view.upcoming.length === 0 ? (
        <p>{t('privacy.others.noneUpcoming')}</p>
      ) : (
        <PeopleTable items={view.upcoming} caption={t('privacy.others.upcomingTitle')} onChanged={changed} />
      )}
      <h3>{t('privacy.others.approvalsTitle')}</h3>
      {view.approvals.length === 0 ? (
        <p>{t('privacy.others.noApprovals')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('privacy.others.approvalsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.others.pseudonym')}</th>
                <th scope="col">{t('privacy.others.kind')}</th>
                <th scope="col">{t('privacy.others.keptUntil')}</th>
                <th scope="col">{t('privacy.others.approvedBy')}</th>
                <th scope="col">{t('privacy.others.state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.approvals.map((a) => (
                <tr key={key(a)}>
                  <td>{a.pseudonym}</td>
                  <td>{a.kindLabel}</td>
                  <td>{day(a.retentionEndsOn)}</td>
                  <td>
                    {a.approvedByName ?? '—'}, {formatDateTime(a.approvedAt)}
                  </td>
                  <td>
                    {a.status === 'DONE' && a.doneAt
                      ? t('privacy.others.stateDone', { when: formatDateTime(a.doneAt) })
                      : t('privacy.others.stateApproved')}
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
