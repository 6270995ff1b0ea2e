import { useEffect, useState } from 'react';
import type { Job } from '../../../src/contracts/services.contract';
import { ApiError, api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { enqueueJobDay } from '../offline/job-day-queue';
import { todayPl, toNumber } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

// The job day keeps its explicit load and its own state: the offline queue (src/offline) depends on the
// moment of each read (decision 0038).

type DayView = {
  plannedHours: number;
  crew: {
    participantId: string;
    name: string;
    register: { status: string; hours: number | null; version: number } | null;
    onThisJob: { hours: number; practised: string | null } | null;
  }[];
};

/** One job of a crew, with the day's form for the instructor (sent, or queued without network). */
export function JobCard({
  job,
  canRecord,
  onSaved,
}: {
  job: Job;
  canRecord: boolean;
  onSaved: (text: string) => void;
}) {
  const today = todayPl();
  const [date, setDate] = useState(
    today < job.fromDate ? job.fromDate : today > job.toDate ? job.toDate : today,
  );
  const [view, setView] = useState<DayView | null>(null);
  const [rows, setRows] = useState<Record<string, { on: boolean; hours: string; practised: string }>>({});
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    if (!canRecord || !date) return;
    void api<DayView>('GET', `/api/v1/services/jobs/${job.id}/days/${date}`).then((v) => {
      setView(v);
      setRows(
        Object.fromEntries(
          v.crew.map((c) => [
            c.participantId,
            {
              on: !c.register || c.register.status === 'present',
              hours: String(c.onThisJob?.hours ?? (v.plannedHours || 6)).replace('.', ','),
              practised: c.onThisJob?.practised ?? '',
            },
          ]),
        ),
      );
    });
  }, [date]);
  const chosen = view?.crew.filter((c) => rows[c.participantId]?.on) ?? [];
  const labels: Record<string, string> = { date: t('sv.day.date') };
  chosen.forEach((c, i) => {
    labels[`entries.${i}.hours`] = c.name;
    labels[`entries.${i}.date`] = c.name;
    labels[`entries.${i}.status`] = c.name;
    labels[`entries.${i}.participantId`] = c.name;
  });
  return (
    <article className="card" aria-labelledby={`job-${job.id}`}>
      <h3 id={`job-${job.id}`}>
        {job.place}, {job.address} ({job.fromDate} – {job.toDate})
      </h3>
      <p>
        {job.task} · {t('sv.job.instructor')}: {job.instructorName} · {t('sv.job.crew')}:{' '}
        {job.crew.map((c) => c.name).join(', ')}
      </p>
      <p>
        {t('sv.job.days')}:{' '}
        {job.days.map((d) => `${d.date} (${d.people} os., ${d.hours} h)`).join('; ') || '—'} ·{' '}
        <a href={`/api/v1/services/jobs/${job.id}/card.pdf`} target="_blank" rel="noreferrer">
          {t('sv.job.card')}
        </a>
      </p>
      {canRecord && view && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const body = {
              date,
              entries: chosen.map((c) => ({
                participantId: c.participantId,
                hours: toNumber(rows[c.participantId]!.hours),
                practised: rows[c.participantId]!.practised || null,
                version: c.register?.version ?? null,
              })),
            };
            // Without network the day waits in this browser and goes out on reconnect (src/offline).
            const queue = () => {
              enqueueJobDay(job.id, job.place, body);
              return 'QUEUED' as const;
            };
            const saved = await run(async () => {
              if (!navigator.onLine) return queue();
              try {
                return await api<{ saved: number; place: string }>(
                  'POST',
                  `/api/v1/services/jobs/${job.id}/days`,
                  body,
                );
              } catch (error) {
                if (error instanceof ApiError && error.code === 'NETWORK') return queue();
                throw error;
              }
            });
            if (saved === 'QUEUED') onSaved(t('pwa.savedOffline'));
            else if (saved) onSaved(t('sv.day.saved', { count: saved.saved, place: saved.place }));
          }}
        >
          <h4>{t('sv.day.title')}</h4>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          <Field name="date" label={t('sv.day.date')} error={fieldErrors.date}>
            {(p) => (
              <input
                {...p}
                type="date"
                min={job.fromDate}
                max={job.toDate}
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </Field>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sv.day.present')}</th>
                <th scope="col">{t('sv.day.hours')}</th>
                <th scope="col">{t('sv.day.practised')}</th>
              </tr>
            </thead>
            <tbody>
              {view.crew.map((c) => {
                const r = rows[c.participantId];
                if (!r) return null;
                const set = (patch: Partial<typeof r>) =>
                  setRows({ ...rows, [c.participantId]: { ...r, ...patch } });
                return (
                  <tr key={c.participantId}>
                    <td>
                      <label>
                        <input
                          type="checkbox"
                          checked={r.on}
                          onChange={(e) => set({ on: e.target.checked })}
                        />{' '}
                        {c.name}
                      </label>
                      {c.register && (
                        <span className="muted">
                          {' '}
                          ({t('sv.day.inRegister', { status: c.register.status === 'present' ? '✓' : '!' })})
                        </span>
                      )}
                    </td>
                    <td>
                      <input
                        aria-label={`${t('sv.day.hours')}: ${c.name}`}
                        inputMode="decimal"
                        size={4}
                        value={r.hours}
                        onChange={(e) => set({ hours: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`${t('sv.day.practised')}: ${c.name}`}
                        value={r.practised}
                        onChange={(e) => set({ practised: e.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="submit" disabled={busy || chosen.length === 0}>
            {t('sv.day.save')}
          </button>
        </form>
      )}
    </article>
  );
}
