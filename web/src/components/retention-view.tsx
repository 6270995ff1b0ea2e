import { type ReactNode, useState } from 'react';
import { api } from '../api';
import { formatDateTime, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { ErrorSummary } from './form';
import { useApiForm } from './use-api-form';

/**
 * The pieces both retention views are made of (the participants' and the other people's): the section with
 * its message, the tables of people, the due list with the director's approval, the approvals made.
 */

/** An ISO day as the retention views show it (31.12.2024). */
export const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The view read from `url`, the message said above it, and its reload. */
export function useRetentionView<V>(url: string) {
  const view = useApiQuery<V>(url).data;
  const [message, setMessage] = useState<string | null>(null);
  return { view, message, setMessage, load: () => invalidate(url) };
}

/** A retention view's section: its heading, its lead and the last message (a status). */
export function RetentionFrame(props: {
  id: string;
  title: string;
  lead: string;
  message: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.lead}</p>
      {props.message && (
        <p className="alert alert-success" role="status">
          {props.message}
        </p>
      )}
      {props.children}
    </section>
  );
}

/** A table's column: its header and what a row shows in it. */
export type Column<I> = [header: string, cell: (item: I) => ReactNode];

/** A table of people (or rules, or approvals), one row per item. */
export function PeopleTable<I>(props: {
  caption: string;
  items: I[];
  keyOf: (item: I) => string;
  columns: Column<I>[];
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map(([header]) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((i) => (
            <tr key={props.keyOf(i)}>
              {props.columns.map(([header, cell]) => (
                <td key={header}>{cell(i)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A heading over its table, captioned with the same title; the `empty` text where there is nobody. */
export function TitledTable<I>(props: {
  title: string;
  empty: string;
  items: I[];
  keyOf: (item: I) => string;
  columns: Column<I>[];
}) {
  return (
    <>
      <h3>{props.title}</h3>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <PeopleTable caption={props.title} items={props.items} keyOf={props.keyOf} columns={props.columns} />
      )}
    </>
  );
}

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
  kind?: Column<A>;
}) {
  const { texts } = props;
  const columns: Column<A>[] = [
    [say(texts, 'pseudonym'), (a) => a.pseudonym],
    ...(props.kind ? [props.kind] : []),
    [say(texts, 'keptUntil'), (a) => day(a.retentionEndsOn)],
    [say(texts, 'approvedBy'), (a) => `${a.approvedByName ?? '—'}, ${formatDateTime(a.approvedAt)}`],
    [
      say(texts, 'state'),
      (a) =>
        a.status === 'DONE' && a.doneAt
          ? say(texts, 'stateDone', { when: formatDateTime(a.doneAt) })
          : say(texts, 'stateApproved'),
    ],
  ];
  return (
    <TitledTable
      title={say(texts, 'approvalsTitle')}
      empty={say(texts, 'noApprovals')}
      items={props.approvals}
      keyOf={props.keyOf}
      columns={columns}
    />
  );
}
