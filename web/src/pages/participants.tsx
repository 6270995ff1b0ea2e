import { useState } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import { Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import { ParticipantExportLink } from './participant-import';
import { NewParticipant } from './participant-new';
import { personalRead } from './personal-read';
import './participant-import.i18n';
import './pathway.i18n';

const STATUSES = ['REFERRED', 'ELIGIBLE', 'REFUSED', 'WAITING', 'ACTIVE', 'EXITED'] as const;

type Filters = { q: string; status: string; workshop: string; referrer: string; ending: string };
const noFilters: Filters = { q: '', status: '', workshop: '', referrer: '', ending: '' };

/** The list's query for the filters (a referrer only for the roles that may search by it). */
function listParams(f: Filters, canSeeSensitive: boolean) {
  const params = new URLSearchParams({ pageSize: '100' });
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.status) params.set('status', f.status);
  if (f.workshop.trim()) params.set('workshop', f.workshop.trim());
  if (f.referrer.trim() && canSeeSensitive) params.set('referrer', f.referrer.trim());
  if (f.ending) params.set('endingWithinDays', f.ending);
  return params.toString();
}

export function ParticipantsPage({
  canEdit,
  canSeeSensitive,
  isDirector,
}: {
  canEdit: boolean;
  canSeeSensitive: boolean;
  isDirector: boolean;
}) {
  const { register, form } = useApiForm<Filters>({ defaultValues: noFilters });
  const filters = form.watch();
  // The list as last asked for: the text filters on "Szukaj", a choice of status or end at once.
  const [asked, setAsked] = useState(() => listParams(noFilters, canSeeSensitive));
  const list = useApiQuery<{ items: Participant[]; total: number }>(`/api/v1/participants?${asked}`, {
    ...personalRead,
    placeholderData: (previous) => previous,
  });
  const data = list.data ?? null;
  const find = () => setAsked(listParams(form.getValues(), canSeeSensitive));
  const [adding, setAdding] = useState(false);
  const exportFilters = () => {
    const params: Record<string, string> = {};
    const { q, status, workshop, referrer, ending } = filters;
    if (q.trim()) params.q = q.trim();
    if (status) params.status = status;
    if (workshop.trim()) params.workshop = workshop.trim();
    if (referrer.trim() && canSeeSensitive) params.referrer = referrer.trim();
    if (ending) params.endingWithinDays = ending;
    return params;
  };

  return (
    <main id="main">
      <h1>{t('participants.title')}</h1>
      <form
        role="search"
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <Field name="p-q" label={t('participants.search')} hint={t('participants.searchHint')}>
          {(p) => <input {...p} type="search" {...register('q')} />}
        </Field>
        <Field name="p-status" label={t('participants.status')}>
          {(p) => (
            <select {...p} {...register('status', { onChange: find })}>
              <option value="">{t('audit.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`pstatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="p-workshop" label={t('list.workshop')}>
          {(p) => <input {...p} {...register('workshop')} />}
        </Field>
        {canSeeSensitive && (
          <Field name="p-referrer" label={t('list.referrer')} hint={t('list.referrerHint')}>
            {(p) => <input {...p} {...register('referrer')} />}
          </Field>
        )}
        <Field name="p-ending" label={t('list.ending')}>
          {(p) => (
            <select {...p} {...register('ending', { onChange: find })}>
              <option value="">{t('list.endingAny')}</option>
              {[14, 30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {t('list.endingDays', { count: d })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary">
          {t('participants.find')}
        </button>
      </form>
      <p className="buttons">
        {canEdit && !adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('participants.add')}
          </button>
        )}
        {canEdit && <a {...linkProps('/participants/import')}>{t('imp.nav')}</a>}
        <ParticipantExportLink filters={exportFilters()} />
      </p>
      {adding && (
        <NewParticipant
          canSeeSensitive={canSeeSensitive}
          isDirector={isDirector}
          onDone={async () => {
            setAdding(false);
            await invalidate('/api/v1/participants');
          }}
        />
      )}
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('participants.count', { count: data.total })}
          </p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('participants.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('participants.name')}</th>
                  <th scope="col">{t('participants.birthDate')}</th>
                  <th scope="col">{t('participants.status')}</th>
                  <th scope="col">{t('list.workshop')}</th>
                  <th scope="col">{t('list.plannedEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a {...linkProps(`/participants/${p.id}`)}>
                        {p.lastName} {p.firstName}
                      </a>
                    </td>
                    <td>{p.birthDate ?? <span className="muted">{t('participants.restricted')}</span>}</td>
                    <td>
                      {t(`pstatus.${p.status}`)}
                      {p.statusSince && <span className="muted"> ({p.statusSince})</span>}
                    </td>
                    <td>{p.workshop ?? '—'}</td>
                    <td>{p.plannedEnd ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </main>
  );
}
