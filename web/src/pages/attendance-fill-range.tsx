import type { AttendanceGrid } from '../../../src/contracts/attendance.contract';
import { t } from '../i18n';
import { type Status, STATUS_LETTER } from './attendance-shared';
import './attendance.i18n';

type Person = AttendanceGrid['participants'][number];

/** Fill a range of days with one status for one person or everyone (the marks wait to be saved). */
export function FillRange({
  grid,
  people,
  days,
  recordable,
  setCell,
  setMessage,
}: {
  grid: AttendanceGrid;
  people: Person[];
  days: AttendanceGrid['days'];
  recordable: (p: Person, date: string) => boolean;
  setCell: (p: Person, date: string, status: Status) => void;
  setMessage: (m: { kind: 'info'; text: string }) => void;
}) {
  return (
    <form
      className="fill-range row"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const who = String(f.get('who'));
        const from = Number(f.get('from'));
        const to = Number(f.get('to'));
        const status = String(f.get('status')) as Status;
        let n = 0;
        for (const p of people) {
          if (who !== 'all' && p.participantId !== who) continue;
          for (const d of days) {
            const day = Number(d.date.slice(8));
            if (
              day < Math.min(from, to) ||
              day > Math.max(from, to) ||
              d.hours === 0 ||
              !recordable(p, d.date) ||
              (status !== 'day_off' && d.date > grid.today)
            )
              continue;
            setCell(p, d.date, status);
            n++;
          }
        }
        setMessage({ kind: 'info', text: t('att.filled', { count: n }) });
      }}
    >
      <div className="field">
        <label htmlFor="fill-who">{t('att.fillWho')}</label>
        <select id="fill-who" name="who">
          <option value="all">{t('att.fillAll')}</option>
          {people.map((p) => (
            <option key={p.participantId} value={p.participantId}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="fill-from">{t('att.fillFrom')}</label>
        <input id="fill-from" name="from" type="number" min={1} max={days.length} defaultValue={1} />
      </div>
      <div className="field">
        <label htmlFor="fill-to">{t('att.fillTo')}</label>
        <input id="fill-to" name="to" type="number" min={1} max={days.length} defaultValue={days.length} />
      </div>
      <div className="field">
        <label htmlFor="fill-status">{t('att.fillStatus')}</label>
        <select id="fill-status" name="status">
          {(Object.keys(STATUS_LETTER) as Status[]).map((st) => (
            <option key={st} value={st}>
              {t(`att.status.${st}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('att.fill')}</button>
    </form>
  );
}
