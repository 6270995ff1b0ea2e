import type { ReactNode } from 'react';
import { api } from '../api';
import { formatDateTime, t } from '../i18n';
import { ErrorSummary } from './form';
import { useApiForm } from './use-api-form';

/** An ISO day as the retention views show it (31.12.2024). */
export const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Whose texts a retention view speaks with: the participants' or the other people's. */
export type RetentionTexts = 'privacy.retention' | 'privacy.others';
type Said =
  | 'dueTitle'
  | 'noneDue'
  | 'choose'
  | 'confirm'
  | 'approve'
  | 'running'
  | 'done'
  | 'failed'
  | 'approvalsTitle'
  | 'noApprovals'
  | 'pseudonym'
  | 'keptUntil'
  | 'approvedBy'
  | 'state'
  | 'stateApproved'
  | 'stateDone';
const say = (texts: RetentionTexts, key: Said, params?: Record<string, string | number>) =>
  t(`${texts}.${key}`, params);

type Job = { status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'; result: { anonymised?: number } | null };

/** Polls the queue's job until it has finished (at most five minutes). */
async function finished(jobId: string): Promise<Job> {
  let job: Job = { status: 'QUEUED', result: null };
  for (let i = 0; i < 600 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
    await new Promise((done) => setTimeout(done, 500));
    job = await api<Job>('GET', `/api/v1/jobs/${jobId}`);
  }
  return job;
}

/**
 * Those whose retention period is over, and the director's approval of their anonymisation: choose,
 * confirm, approve; the queue's job runs and its outcome is said through `onMessage`. The chosen are sent
 * in the list's order, so a refusal at `{path}.N` is named after the Nth of them. `children` follow the form.
 */
export function RetentionDue<I extends { fullName: string }>(props: {
  texts: RetentionTexts;
  today: string;
  items: I[];
  keyOf: (item: I) => string;
  /** The checkbox's text (name, dates). */
  labelOf: (item: I) => string;
  /** Where the approval is sent, and its body's list of the chosen (`path`: `participantIds`, `persons`). */
  url: string;
  path: string;
  body: (chosen: I[]) => unknown[];
  onMessage: (message: string | null) => void;
  onDone: () => Promise<unknown>;
  children?: ReactNode;
}) {
  const { texts, items, keyOf } = props;
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    chosen: string[];
    confirmed: boolean;
  }>({ defaultValues: { chosen: [], confirmed: false } });
  const chosen = form.watch('chosen');
  const confirmed = form.watch('confirmed');
  const approve = onSubmit(async (v) => {
    props.onMessage(null);
    const body = { [props.path]: props.body(items.filter((i) => v.chosen.includes(keyOf(i)))) };
    const r = await api<{ jobId: string; approved: number }>('POST', props.url, body);
    props.onMessage(say(texts, 'running'));
    const job = await finished(r.jobId);
    props.onMessage(
      job.status === 'DONE'
        ? say(texts, 'done', { count: job.result?.anonymised ?? 0 })
        : say(texts, 'failed'),
    );
    form.reset({ chosen: [], confirmed: false });
    await props.onDone();
  });

  const chosenItems = items.filter((i) => chosen.includes(keyOf(i)));
  const names = Object.fromEntries(chosenItems.map((i, n) => [`${props.path}.${n}`, i.fullName]));
  return (
    <>
      <h3>{say(texts, 'dueTitle', { date: day(props.today) })}</h3>
      {items.length === 0 ? (
        <p>{say(texts, 'noneDue')}</p>
      ) : (
        <>
          <form className="card" onSubmit={approve}>
            <ErrorSummary errors={fieldErrors} formError={formError} labels={names} />
            <fieldset>
              <legend>{say(texts, 'choose')}</legend>
              {items.map((i) => (
                <label key={keyOf(i)} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(keyOf(i))}
                    onChange={(e) =>
                      form.setValue(
                        'chosen',
                        e.target.checked ? [...chosen, keyOf(i)] : chosen.filter((k) => k !== keyOf(i)),
                      )
                    }
                  />{' '}
                  {props.labelOf(i)}
                </label>
              ))}
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" {...register('confirmed')} /> {say(texts, 'confirm')}
            </label>
            <button type="submit" className="primary" disabled={busy || !confirmed || chosen.length === 0}>
              {say(texts, 'approve', { count: chosen.length })}
            </button>
          </form>
          {props.children}
        </>
      )}
    </>
  );
}

interface Approval {
  pseudonym: string;
  retentionEndsOn: string;
  approvedByName: string | null;
  approvedAt: string;
  status: 'APPROVED' | 'DONE';
  doneAt: string | null;
}

/** The approvals made, with their outcome; `kind` adds a column after the pseudonym. */
export function RetentionApprovals<A extends Approval>(props: {
  texts: RetentionTexts;
  approvals: A[];
  keyOf: (approval: A) => string;
  kind?: { header: string; of: (approval: A) => string };
}) {
  const { texts, kind } = props;
  return (
    <>
      <h3>{say(texts, 'approvalsTitle')}</h3>
      {props.approvals.length === 0 ? (
        <p>{say(texts, 'noApprovals')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{say(texts, 'approvalsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{say(texts, 'pseudonym')}</th>
                {kind && <th scope="col">{kind.header}</th>}
                <th scope="col">{say(texts, 'keptUntil')}</th>
                <th scope="col">{say(texts, 'approvedBy')}</th>
                <th scope="col">{say(texts, 'state')}</th>
              </tr>
            </thead>
            <tbody>
              {props.approvals.map((a) => (
                <tr key={props.keyOf(a)}>
                  <td>{a.pseudonym}</td>
                  {kind && <td>{kind.of(a)}</td>}
                  <td>{day(a.retentionEndsOn)}</td>
                  <td>
                    {a.approvedByName ?? '—'}, {formatDateTime(a.approvedAt)}
                  </td>
                  <td>
                    {a.status === 'DONE' && a.doneAt
                      ? say(texts, 'stateDone', { when: formatDateTime(a.doneAt) })
                      : say(texts, 'stateApproved')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
