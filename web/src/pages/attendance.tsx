import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AttendanceGrid } from '../../../src/contracts/attendance.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { api, ApiError } from '../api';
import { t } from '../i18n';
import {
  type Status,
  type Pending,
  STATUS_KEYS,
  today,
  loadPending,
  storePending,
} from './attendance-shared';
import { DayDetails } from './attendance-day';
import { FillRange } from './attendance-fill-range';
import { AttendanceConflicts, AttendanceHeader, type Conflict, type Message } from './attendance-header';
import { MonthControls } from './attendance-month-controls';
import { AttendanceJobDays, AttendanceTable, monthSums } from './attendance-table';
import './attendance.i18n';
import './services.i18n';
import './workshops.i18n';

/**
 * The attendance register: people × days of a month for one workshop. Keyboard first — arrows move,
 * one letter sets a status (O W C N U B), Enter saves; "all present today" is one click. Offline
 * entries wait in the browser and go out when the connection returns; a conflicting change by
 * someone else is shown with its current value for the user to decide.
 */
export function AttendancePage({ isDirector }: { isDirector: boolean }) {
  const [workshops, setWorkshops] = useState<Workshop[] | null>(null);
  const [workshopId, setWorkshopId] = useState('');
  const [month, setMonth] = useState(today().slice(0, 7));
  useEffect(() => {
    void api<{ items: Workshop[] }>('GET', '/api/v1/workshops').then((r) => {
      const open = r.items.filter((w) => w.active);
      setWorkshops(open);
      setWorkshopId((id) => id || open[0]?.id || '');
    });
  }, []);
  return (
    <main id="main" className="wide">
      <h1>{t('att.title')}</h1>
      <div className="card filters">
        <div className="field">
          <label htmlFor="att-workshop">{t('att.workshop')}</label>
          <select id="att-workshop" value={workshopId} onChange={(e) => setWorkshopId(e.target.value)}>
            {(workshops ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="att-month">{t('att.month')}</label>
          <input
            id="att-month"
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </div>
      </div>
      {workshops && workshops.length === 0 && <p>{t('ws.none')}</p>}
      {workshopId && (
        <Register
          key={`${workshopId}-${month}`}
          workshopId={workshopId}
          month={month}
          isDirector={isDirector}
        />
      )}
    </main>
  );
}

export function Register({
  workshopId,
  month,
  isDirector,
}: {
  workshopId: string;
  month: string;
  isDirector: boolean;
}) {
  const [grid, setGrid] = useState<AttendanceGrid | null>(null);
  const [pending, setPending] = useState<Record<string, Pending>>(() => loadPending(workshopId, month));
  const [focus, setFocus] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [message, setMessage] = useState<Message | null>(null);
  const [printDay, setPrintDay] = useState('');
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [offline, setOffline] = useState(typeof navigator !== 'undefined' && !navigator.onLine);
  const cells = useRef(new Map<string, HTMLTableCellElement>());

  const load = useCallback(async () => {
    try {
      setGrid(await api<AttendanceGrid>('GET', `/api/v1/attendance?workshopId=${workshopId}&month=${month}`));
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  }, [workshopId, month]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => storePending(workshopId, month, pending), [pending, workshopId, month]);

  const locked = grid?.lock.status === 'LOCKED';
  const days = grid?.days ?? [];
  const people = grid?.participants ?? [];
  const key = (participantId: string, date: string) => `${participantId}|${date}`;
  const recordable = (p: AttendanceGrid['participants'][number], date: string) =>
    p.windows.some((w) => w.from <= date && date <= w.to);

  const send = useCallback(
    async (entries: Pending[]) => {
      if (!entries.length) return;
      try {
        const result = await api<{ saved: number; warnings: { message: string }[] }>(
          'PUT',
          '/api/v1/attendance',
          { workshopId, month, entries },
        );
        // The saved marks stay on screen until the register is read back: clearing them first showed
        // '?' in the saved cells for the length of the reload.
        await load();
        setPending((p) => {
          const next = { ...p };
          for (const e of entries) delete next[key(e.participantId, e.date)];
          return next;
        });
        setConflicts([]);
        setOffline(false);
        setMessage({
          kind: 'ok',
          text: [t('att.saved', { count: result.saved }), ...result.warnings.map((w) => w.message)].join(' '),
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NETWORK') {
          setOffline(true);
          setMessage({ kind: 'info', text: t('att.offline', { count: entries.length }) });
        } else if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
          setConflicts((error.details as { conflicts: typeof conflicts }).conflicts);
          setMessage({ kind: 'error', text: error.message });
        } else if (error instanceof ApiError) {
          // One line per person and day, so that a failed batch says which entry each problem is about.
          setMessage({
            kind: 'error',
            text: error.fields.length ? t('att.notSaved', { count: error.fields.length }) : error.message,
            items: [...new Set(error.fields.map((f) => f.message))],
          });
        }
      }
    },
    [workshopId, month, load],
  );

  // Entries made offline go out as soon as the browser is back online.
  useEffect(() => {
    const online = () => {
      setOffline(false);
      void send(Object.values(loadPending(workshopId, month)));
    };
    const down = () => setOffline(true);
    window.addEventListener('online', online);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', down);
    };
  }, [send, workshopId, month]);

  const setCell = (
    p: AttendanceGrid['participants'][number],
    date: string,
    status: Status,
    extra: Partial<Pending> = {},
  ) => {
    if (locked || !recordable(p, date)) return;
    // A day that has not happened takes only a planned day off (the server refuses the rest too).
    if (status !== 'day_off' && grid && date > grid.today) {
      setMessage({ kind: 'info', text: t('att.futureDay', { date }) });
      return;
    }
    const existing = p.entries[date];
    const previous = pending[key(p.participantId, date)];
    setPending((all) => ({
      ...all,
      [key(p.participantId, date)]: {
        participantId: p.participantId,
        date,
        status,
        version: previous?.version ?? existing?.version ?? null,
        meal: status === 'present' ? (extra.meal ?? previous?.meal ?? existing?.meal ?? true) : false,
        hours: status === 'present' ? (extra.hours ?? previous?.hours ?? null) : null,
        sickNote:
          status === 'sick' ? (extra.sickNote ?? previous?.sickNote ?? existing?.sickNote ?? null) : null,
        ...(status === 'day_off' && isDirector ? { dayOffApproved: extra.dayOffApproved ?? true } : {}),
      },
    }));
  };

  const move = (row: number, col: number) => {
    const r = Math.max(0, Math.min(people.length - 1, row));
    const c = Math.max(0, Math.min(days.length - 1, col));
    setFocus({ row: r, col: c });
    cells.current.get(`${r}:${c}`)?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => {
    const p = people[row]!;
    const date = days[col]!.date;
    const status = STATUS_KEYS[e.key.toLowerCase()];
    if (e.key === 'ArrowRight') move(row, col + 1);
    else if (e.key === 'ArrowLeft') move(row, col - 1);
    else if (e.key === 'ArrowDown') move(row + 1, col);
    else if (e.key === 'ArrowUp') move(row - 1, col);
    else if (e.key === 'Home') move(row, 0);
    else if (e.key === 'End') move(row, days.length - 1);
    else if (e.key === 'Enter') void send(Object.values(pending));
    else if (status && !e.ctrlKey && !e.metaKey && !e.altKey) {
      setCell(p, date, status);
      move(row, col + 1);
    } else return;
    e.preventDefault();
  };

  const allPresentToday = () => {
    const date = today();
    const day = days.find((d) => d.date === date);
    if (!day) return;
    const entries: Pending[] = people
      .filter((p) => recordable(p, date) && !p.entries[date])
      .map((p) => ({
        participantId: p.participantId,
        date,
        status: 'present',
        meal: true,
        hours: null,
        version: null,
      }));
    if (!entries.length) {
      setMessage({ kind: 'info', text: t('att.nothingToday') });
      return;
    }
    void send(entries);
  };

  const focused =
    people[focus.row] && days[focus.col] ? { p: people[focus.row]!, date: days[focus.col]!.date } : null;
  const focusedEntry = focused
    ? (pending[key(focused.p.participantId, focused.date)] ??
      (focused.p.entries[focused.date]
        ? ({
            ...focused.p.entries[focused.date]!,
            participantId: focused.p.participantId,
            date: focused.date,
          } as unknown as Pending)
        : null))
    : null;
  const pendingCount = Object.keys(pending).length;
  const todayInMonth = days.some((d) => d.date === today());

  const summary = useMemo(() => monthSums(people, pending), [people, pending]);

  if (!grid) return <p>{t('app.loading')}</p>;
  return (
    <>
      <AttendanceHeader message={message} offline={offline} grid={grid} locked={locked} people={people} />
      <p className="legend">{t('att.legend')}</p>
      <div className="buttons att-actions">
        {!locked && todayInMonth && (
          <button type="button" className="primary" onClick={allPresentToday}>
            {t('att.allPresentToday')}
          </button>
        )}
        {!locked && (
          <button type="button" onClick={() => void send(Object.values(pending))} disabled={!pendingCount}>
            {t('att.save', { count: pendingCount })}
          </button>
        )}
        {pendingCount > 0 && (
          <button type="button" onClick={() => setPending({})}>
            {t('att.discard')}
          </button>
        )}
        <div className="field att-print-day">
          <label htmlFor="att-print-day">{t('att.printDay')}</label>
          <select
            id="att-print-day"
            value={printDay || (todayInMonth ? today() : (days.find((d) => d.hours > 0)?.date ?? ''))}
            onChange={(e) => setPrintDay(e.target.value)}
          >
            {days.map((d) => (
              <option key={d.date} value={d.date}>
                {`${d.date.slice(8, 10)}.${d.date.slice(5, 7)}`}
                {d.hours === 0 ? ` — ${t('att.noClasses')}` : ''}
              </option>
            ))}
          </select>
        </div>
        <a
          href={
            `/api/v1/attendance/daily-list.pdf?workshopId=${workshopId}` +
            `&date=${printDay || (todayInMonth ? today() : (days.find((d) => d.hours > 0)?.date ?? ''))}`
          }
          target="_blank"
          rel="noopener"
        >
          {t('att.printDaily')}
        </a>
      </div>
      {!locked && people.length > 0 && (
        <FillRange
          grid={grid}
          people={people}
          days={days}
          recordable={recordable}
          setCell={setCell}
          setMessage={setMessage}
        />
      )}
      <AttendanceConflicts
        conflicts={conflicts}
        people={people}
        keyOf={key}
        onKeepMine={() => {
          const mine = Object.values(pending).map((e) => {
            const c = conflicts.find((x) => x.participantId === e.participantId && x.date === e.date);
            return c ? { ...e, version: c.current?.version ?? null } : e;
          });
          void send(mine);
        }}
        onTakeTheirs={() => {
          setPending((all) => {
            const next = { ...all };
            for (const c of conflicts) delete next[key(c.participantId, c.date)];
            return next;
          });
          setConflicts([]);
          void load();
        }}
      />
      <AttendanceTable
        grid={grid}
        people={people}
        days={days}
        pending={pending}
        focus={focus}
        cells={cells}
        summary={summary}
        workshopId={workshopId}
        month={month}
        keyOf={key}
        recordable={recordable}
        onKey={onKey}
        move={move}
      />
      {/* Services (issue 17): which days the crew spent on which job. */}
      <AttendanceJobDays grid={grid} />
      <MonthControls
        workshopId={workshopId}
        month={month}
        isDirector={isDirector}
        locked={locked}
        lock={grid.lock}
        blank={people.reduce((n, p) => n + p.missingDays.length, 0)}
        onChanged={() => void load()}
      />
      {focused && focusedEntry && !locked && (
        <DayDetails
          key={key(focused.p.participantId, focused.date)}
          name={focused.p.name}
          date={focused.date}
          entry={focusedEntry}
          isDirector={isDirector}
          onChange={(extra) => setCell(focused.p, focused.date, focusedEntry.status, extra)}
          onSickRange={(note) => {
            // One doctor's note for its whole range: every class day in it up to today becomes sick with the note.
            const from = note.from ?? focused.date;
            const to = note.to ?? focused.date;
            let n = 0;
            for (const d of days) {
              if (d.hours === 0 || d.date < from || d.date > to || d.date > grid.today) continue;
              if (!recordable(focused.p, d.date)) continue;
              setCell(focused.p, d.date, 'sick', { sickNote: note });
              n++;
            }
            setMessage({ kind: 'info', text: t('att.sickRangeDone', { count: n }) });
          }}
        />
      )}
    </>
  );
}
