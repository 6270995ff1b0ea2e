/** The month's controls of the register: the class programme, the month's lock and the day sheet to print. */
import { useEffect, useState } from 'react';
import type { AttendanceGrid } from '../../../src/contracts/attendance.contract';
import { api, type ApiError } from '../api';
import { t } from '../i18n';
import { ConfirmAction } from '../components/confirm';
import type { ProgrammeView } from './attendance-day';
import './attendance.i18n';

export const WEEKDAYS = ['pon', 'wt', 'sr', 'czw', 'pt', 'sob', 'nd'] as const;

/**
 * The month's class programme (weekday hours, single-day exceptions), its approval, and closing or
 * reopening the month.
 */
export function MonthControls({
  workshopId,
  month,
  isDirector,
  locked,
  lock,
  blank,
  onChanged,
}: {
  workshopId: string;
  month: string;
  isDirector: boolean;
  locked: boolean;
  lock: AttendanceGrid['lock'];
  blank: number;
  onChanged: () => void;
}) {
  const [programme, setProgramme] = useState<ProgrammeView | null>(null);
  const [hours, setHours] = useState<string[]>([]);
  const [exceptions, setExceptions] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const url = `/api/v1/workshops/${workshopId}/class-programmes/${month}`;
  const load = async () => {
    const p = await api<ProgrammeView>('GET', url);
    setProgramme(p);
    setHours(p.weekdayHours.map(String));
    setExceptions(
      Object.entries(p.dayHours)
        .map(([d, h]) => `${d} ${h}`)
        .join('\n'),
    );
  };
  useEffect(() => {
    void load();
  }, [url]);
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      setNote({ kind: 'ok', text: ok });
      await load();
      onChanged();
    } catch (e) {
      const err = e as ApiError;
      setNote({
        kind: 'error',
        text: err.fields?.length ? err.fields.map((f) => f.message).join(' ') : err.message,
      });
    }
  };
  if (!programme) return null;
  const parsedExceptions = () =>
    Object.fromEntries(
      exceptions
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => {
          const [d, h] = l.split(/\s+/);
          return [d!, Number((h ?? '0').replace(',', '.'))];
        }),
    );
  return (
    <section className="card" aria-labelledby="att-programme">
      <h2 id="att-programme">
        {t('att.programme')}: {t(`att.programme.${programme.status}`)}
      </h2>
      <p className="muted">
        {t('att.programmeTotals', { days: programme.classDays, hours: programme.totalHours })}
      </p>
      {note && (
        <p className={`alert alert-${note.kind}`} role="status">
          {note.text}
        </p>
      )}
      {!locked && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () =>
                api('PUT', url, {
                  weekdayHours: hours.map((h) => Number(h.replace(',', '.')) || 0),
                  dayHours: parsedExceptions(),
                  version: programme.version,
                }),
              t('att.programmeSaved'),
            );
          }}
        >
          <fieldset className="row weekdays">
            <legend>{t('att.weekdayHours')}</legend>
            {WEEKDAYS.map((d, i) => (
              <div className="field" key={d}>
                <label htmlFor={`wd-${d}`}>{t(`att.wd.${d}`)}</label>
                <input
                  id={`wd-${d}`}
                  inputMode="decimal"
                  size={3}
                  value={hours[i] ?? ''}
                  onChange={(e) => setHours(hours.map((h, j) => (j === i ? e.target.value : h)))}
                />
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="att-exceptions">{t('att.exceptions')}</label>
            <p className="hint" id="att-exceptions-hint">
              {t('att.exceptionsHint')}
            </p>
            <textarea
              id="att-exceptions"
              aria-describedby="att-exceptions-hint"
              rows={2}
              value={exceptions}
              onChange={(e) => setExceptions(e.target.value)}
            />
          </div>
          <div className="buttons">
            <button type="submit">{t('att.programmeSave')}</button>
            {isDirector && programme.status === 'DRAFT' && (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void act(
                    () => api('POST', `${url}/approve`, { version: programme.version }),
                    t('att.programmeApproved'),
                  )
                }
              >
                {t('att.programmeApprove')}
              </button>
            )}
          </div>
        </form>
      )}
      {isDirector && (
        <div className="buttons month-lock">
          {!locked && (
            <>
              <ConfirmAction
                label={t('att.lockMonth')}
                question={t('att.lockQuestion', { month })}
                confirmLabel={t('att.lockConfirm')}
                onConfirm={() =>
                  void act(
                    () => api('POST', '/api/v1/attendance/lock', { workshopId, month }),
                    t('att.lockedNow'),
                  )
                }
              />
              {!lock.monthOver && (
                <p className="hint">
                  {t('att.lockFrom', {
                    date:
                      `${lock.lastClassDay.slice(8, 10)}.${lock.lastClassDay.slice(5, 7)}` +
                      `.${lock.lastClassDay.slice(0, 4)}`,
                  })}
                </p>
              )}
              {blank > 0 && <p className="hint">{t('att.lockBlank', { count: blank })}</p>}
            </>
          )}
          {locked && (
            <>
              <div className="field">
                <label htmlFor="att-reason">{t('att.reopenReason')}</label>
                <input id="att-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
              <button
                type="button"
                onClick={() =>
                  void act(
                    () => api('POST', '/api/v1/attendance/reopen', { workshopId, month, reason }),
                    t('att.reopenedNow'),
                  )
                }
              >
                {t('att.reopenMonth')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
