import type { KeyboardEvent, RefObject } from 'react';
import type { AttendanceGrid } from '../../../src/contracts/attendance.contract';
import { formatMoney, t } from '../i18n';
import { type Pending, type Status, STATUS_LETTER } from './attendance-shared';
import './attendance.i18n';

type Person = AttendanceGrid['participants'][number];

/** The register's grid: people × days, one focusable cell at a time, the month's sums and the benefit. */
export function AttendanceTable({
  grid,
  people,
  days,
  pending,
  focus,
  cells,
  summary,
  workshopId,
  month,
  keyOf: key,
  recordable,
  onKey,
  move,
}: {
  grid: AttendanceGrid;
  people: Person[];
  days: AttendanceGrid['days'];
  pending: Record<string, Pending>;
  focus: { row: number; col: number };
  cells: RefObject<Map<string, HTMLTableCellElement>>;
  summary: { present: number; dayOff: number; sick: number; unexcused: number }[];
  workshopId: string;
  month: string;
  keyOf: (participantId: string, date: string) => string;
  recordable: (p: Person, date: string) => boolean;
  onKey: (e: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => void;
  move: (row: number, col: number) => void;
}) {
  return (
    <>
      {people.length === 0 ? (
        <p>{t('att.nobody')}</p>
      ) : (
        <div className="table-wrap att-wrap">
          <table className="att-grid" aria-label={`${t('att.title')}: ${grid.workshop.name}, ${month}`}>
            <thead>
              <tr>
                <th scope="col">{t('att.person')}</th>
                {days.map((d) => (
                  <th
                    key={d.date}
                    scope="col"
                    className={d.hours === 0 ? 'att-off' : undefined}
                    title={d.holiday ?? undefined}
                    abbr={d.date}
                  >
                    {Number(d.date.slice(8))}
                  </th>
                ))}
                <th scope="col" title={t('att.sumTitle')}>
                  {t('att.sum')}
                </th>
                <th scope="col">{t('att.benefit')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p, row) => (
                <tr key={p.participantId}>
                  <th scope="row">
                    {p.name}{' '}
                    <a
                      className="att-card"
                      href={
                        `/api/v1/attendance/card.pdf?workshopId=${workshopId}` +
                        `&month=${month}&participantId=${p.participantId}`
                      }
                      target="_blank"
                      rel="noopener"
                      aria-label={`PDF — ${t('att.card')}: ${p.name}`}
                    >
                      PDF
                    </a>
                  </th>
                  {days.map((d, col) => {
                    const pend = pending[key(p.participantId, d.date)];
                    const entry = p.entries[d.date];
                    const status = (pend?.status ?? entry?.status) as Status | undefined;
                    const allowed = recordable(p, d.date);
                    const missing = !status && p.missingDays.includes(d.date);
                    const said = status
                      ? t(`att.status.${status}`)
                      : allowed
                        ? missing
                          ? t('att.missing')
                          : t('att.empty')
                        : t('att.outside');
                    const label = `${p.name}, ${d.date}: ${said}${pend ? ` (${t('att.pending')})` : ''}`;
                    return (
                      <td
                        key={d.date}
                        ref={(el) => {
                          if (el) cells.current.set(`${row}:${col}`, el);
                        }}
                        tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                        role="gridcell"
                        aria-label={label}
                        className={[
                          'att-cell',
                          status ? `att-${status}` : '',
                          pend ? 'att-pending' : '',
                          !allowed ? 'att-outside' : '',
                          d.hours === 0 ? 'att-off' : '',
                          missing && !pend ? 'att-missing' : '',
                          d.date > grid.today ? 'att-future' : '',
                          entry?.status === 'day_off' && !entry.dayOffApproved ? 'att-unapproved' : '',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                        onKeyDown={(e) => onKey(e, row, col)}
                        onClick={() => move(row, col)}
                      >
                        {status ? STATUS_LETTER[status] : missing ? '?' : ''}
                      </td>
                    );
                  })}
                  <td className="att-sum">
                    {summary[row]!.present} ·{' '}
                    <span
                      title={t('att.daysOffUse', {
                        used: p.priorUse.daysOff + summary[row]!.dayOff,
                        limit: p.dayOffLimit?.total ?? grid.limits.daysOff,
                      })}
                    >
                      {t('att.short.dayOff')} {p.priorUse.daysOff + summary[row]!.dayOff}/
                      {p.dayOffLimit?.total ?? grid.limits.daysOff}
                    </span>
                    {p.dayOffLimit && p.dayOffLimit.extension > 0 && (
                      <span className="muted">
                        {' '}
                        ({t('att.extraDaysOff', { count: p.dayOffLimit.extension })})
                      </span>
                    )}{' '}
                    · {t('att.short.sick')} {p.priorUse.sickDays + summary[row]!.sick}/{grid.limits.sickDays}
                  </td>
                  <td className="att-sum">
                    {p.benefit && 'total' in p.benefit ? (
                      <span title={p.benefit.explanation.join('\n')}>
                        {formatMoney(p.benefit.total)}
                        {p.missingDays.length > 0 && <span className="muted"> {t('att.provisional')}</span>}
                      </span>
                    ) : p.benefit && 'error' in p.benefit ? (
                      <span className="muted" title={p.benefit.error}>
                        —
                      </span>
                    ) : (
                      '—'
                    )}
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

/** Services (issue 17): which days the crew spent on which job. */
export function AttendanceJobDays({ grid }: { grid: AttendanceGrid }) {
  return (
    <>
      {grid.jobDays && grid.jobDays.length > 0 && (
        <section aria-labelledby="att-jobs">
          <h3 id="att-jobs">{t('sv.register.jobs')}</h3>
          <ul>
            {[...new Set(grid.jobDays.map((d) => `${d.date}|${d.jobId}`))].map((key) => {
              const list = grid.jobDays!.filter((d) => `${d.date}|${d.jobId}` === key);
              const d = list[0]!;
              return (
                <li key={key}>
                  {d.date}: {d.orderNumber} {d.title} — {d.place} (
                  {t('sv.register.people', { count: list.length })})
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

/** Each person's month so far, the waiting marks counted in. */
export function monthSums(people: Person[], pending: Record<string, Pending>) {
  return people.map((p) => {
    const merged: Record<string, string> = Object.fromEntries(
      Object.entries(p.entries).map(([d, e]) => [d, e.status]),
    );
    for (const e of Object.values(pending))
      if (e.participantId === p.participantId) merged[e.date] = e.status;
    const count = (s: string) => Object.values(merged).filter((x) => x === s).length;
    return {
      present: count('present'),
      dayOff: count('day_off'),
      sick: count('sick'),
      unexcused: count('unexcused'),
    };
  });
}
