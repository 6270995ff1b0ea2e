import { useEffect, useState } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import { api } from '../api';
import { Field } from '../components/form';
import { t } from '../i18n';
import { linkProps } from '../router';
import { ParticipantExportLink } from './participant-import';
import { NewParticipant } from './participant-new';
import './participant-import.i18n';
import './pathway.i18n';

const STATUSES = ['REFERRED', 'ELIGIBLE', 'REFUSED', 'WAITING', 'ACTIVE', 'EXITED'] as const;

export function ParticipantsPage({
  canEdit,
  canSeeSensitive,
  isDirector,
}: {
  canEdit: boolean;
  canSeeSensitive: boolean;
  isDirector: boolean;
}) {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [workshop, setWorkshop] = useState('');
  const [referrer, setReferrer] = useState('');
  const [ending, setEnding] = useState('');
  const [data, setData] = useState<{ items: Participant[]; total: number } | null>(null);
  const [adding, setAdding] = useState(false);
  const load = async (query = q, st = status, end = ending) => {
    const params = new URLSearchParams({ pageSize: '100' });
    if (query.trim()) params.set('q', query.trim());
    if (st) params.set('status', st);
    if (workshop.trim()) params.set('workshop', workshop.trim());
    if (referrer.trim() && canSeeSensitive) params.set('referrer', referrer.trim());
    if (end) params.set('endingWithinDays', end);
    setData(await api('GET', `/api/v1/participants?${params}`));
  };
  const exportFilters = () => {
    const params: Record<string, string> = {};
    if (q.trim()) params.q = q.trim();
    if (status) params.status = status;
    if (workshop.trim()) params.workshop = workshop.trim();
    if (referrer.trim() && canSeeSensitive) params.referrer = referrer.trim();
    if (ending) params.endingWithinDays = ending;
    return params;
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <main id="main">
      <h1>{t('participants.title')}</h1>
      <form
        role="search"
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <Field name="p-q" label={t('participants.search')} hint={t('participants.searchHint')}>
          {(p) => <input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Field name="p-status" label={t('participants.status')}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                void load(q, e.target.value);
              }}
            >
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
          {(p) => <input {...p} value={workshop} onChange={(e) => setWorkshop(e.target.value)} />}
        </Field>
        {canSeeSensitive && (
          <Field name="p-referrer" label={t('list.referrer')} hint={t('list.referrerHint')}>
            {(p) => <input {...p} value={referrer} onChange={(e) => setReferrer(e.target.value)} />}
          </Field>
        )}
        <Field name="p-ending" label={t('list.ending')}>
          {(p) => (
            <select
              {...p}
              value={ending}
              onChange={(e) => {
                setEnding(e.target.value);
                void load(q, status, e.target.value);
              }}
            >
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
            await load();
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
