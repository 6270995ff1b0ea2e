import type { AttendanceGrid } from '../../../src/contracts/attendance.contract';
import { t, td } from '../i18n';
import './attendance.i18n';

type Person = AttendanceGrid['participants'][number];
export type Message = { kind: 'ok' | 'error' | 'info'; text: string; items?: string[] };
export type Conflict = {
  participantId: string;
  date: string;
  current: { status: string; version: number } | null;
};

/** The register's answer line, the offline banner, the programme and lock state, the days left blank. */
export function AttendanceHeader({
  message,
  offline,
  grid,
  locked,
  people,
}: {
  message: Message | null;
  offline: boolean;
  grid: AttendanceGrid;
  locked: boolean;
  people: Person[];
}) {
  return (
    <>
      <div className="att-status" role="status" aria-live="polite">
        {message && (
          <div
            className={`alert alert-${message.kind === 'ok' ? 'ok' : message.kind === 'error' ? 'error' : 'info'}`}
          >
            <p>{message.text}</p>
            {message.items && message.items.length > 0 && (
              <ul className="att-errors">
                {message.items.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {offline && <p className="alert alert-demo">{t('att.offlineBanner')}</p>}
      </div>
      <p className="muted">
        {t('att.programme')}: <strong>{td(`att.programme.${grid.programme.status}`)}</strong>
        {' · '}
        {t('att.lock')}: <strong>{locked ? t('att.locked') : t('att.open')}</strong>
        {grid.lock.reopenReason && !locked && (
          <>
            {' '}
            ({t('att.reopened')}: {grid.lock.reopenReason})
          </>
        )}
        {' · '}
        {t('att.limits', { daysOff: grid.limits.daysOff, sick: grid.limits.sickDays })}{' '}
        <span className="muted">({grid.limits.article})</span>
      </p>
      {!locked && people.some((p) => p.missingDays.length > 0) && (
        <div className="alert alert-demo att-missing-list">
          <p>{t('att.missingTitle')}</p>
          <p>
            {people
              .filter((p) => p.missingDays.length > 0)
              .map(
                (p) =>
                  `${p.name}: ${p.missingDays.map((d) => `${d.slice(8, 10)}.${d.slice(5, 7)}`).join(', ')}`,
              )
              .join('; ')}
          </p>
        </div>
      )}
    </>
  );
}

/** Someone else changed the same days: theirs is shown, the user keeps theirs or takes the other. */
export function AttendanceConflicts({
  conflicts,
  people,
  keyOf: key,
  onKeepMine,
  onTakeTheirs,
}: {
  conflicts: Conflict[];
  people: Person[];
  keyOf: (participantId: string, date: string) => string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <>
      {conflicts.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p>{t('att.conflicts')}</p>
          <ul>
            {conflicts.map((c) => (
              <li key={key(c.participantId, c.date)}>
                {people.find((p) => p.participantId === c.participantId)?.name}, {c.date}: {t('att.theirs')}{' '}
                {c.current ? td(`att.status.${c.current.status}`) : '—'}
              </li>
            ))}
          </ul>
          <div className="buttons">
            <button type="button" onClick={onKeepMine}>
              {t('att.keepMine')}
            </button>
            <button type="button" onClick={onTakeTheirs}>
              {t('att.takeTheirs')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
