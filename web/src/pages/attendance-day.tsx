import { t } from '../i18n';
import type { Pending } from './attendance-shared';
import './attendance.i18n';

export function DayDetails({
  name,
  date,
  entry,
  isDirector,
  onChange,
  onSickRange,
}: {
  name: string;
  date: string;
  entry: Pending;
  isDirector: boolean;
  onChange: (extra: Partial<Pending>) => void;
  onSickRange: (note: { number: string | null; from: string | null; to: string | null }) => void;
}) {
  return (
    <section className="card" aria-labelledby="att-day">
      <h2 id="att-day">
        {name}, {date}: {t(`att.status.${entry.status}`)}
      </h2>
      <div className="row">
        {entry.status === 'present' && (
          <>
            <div className="field">
              <label htmlFor="att-hours">{t('att.hours')}</label>
              <input
                id="att-hours"
                type="number"
                min={0}
                max={12}
                step={0.5}
                value={entry.hours ?? ''}
                onChange={(e) => onChange({ hours: e.target.value === '' ? null : Number(e.target.value) })}
              />
            </div>
            <div className="field">
              <label className="check">
                <input
                  type="checkbox"
                  checked={entry.meal ?? false}
                  onChange={(e) => onChange({ meal: e.target.checked })}
                />{' '}
                {t('att.meal')}
              </label>
            </div>
          </>
        )}
        {entry.status === 'sick' && (
          <>
            <div className="field">
              <label htmlFor="att-note">{t('att.sickNote')}</label>
              <input
                id="att-note"
                value={entry.sickNote?.number ?? ''}
                onChange={(e) =>
                  onChange({
                    sickNote: {
                      number: e.target.value || null,
                      from: entry.sickNote?.from ?? date,
                      to: entry.sickNote?.to ?? date,
                    },
                  })
                }
              />
            </div>
            <div className="field">
              <label htmlFor="att-note-from">{t('att.sickFrom')}</label>
              <input
                id="att-note-from"
                type="date"
                value={entry.sickNote?.from ?? ''}
                onChange={(e) =>
                  onChange({
                    sickNote: {
                      number: entry.sickNote?.number ?? null,
                      from: e.target.value || null,
                      to: entry.sickNote?.to ?? null,
                    },
                  })
                }
              />
            </div>
            <div className="field">
              <label htmlFor="att-note-to">{t('att.sickTo')}</label>
              <input
                id="att-note-to"
                type="date"
                value={entry.sickNote?.to ?? ''}
                onChange={(e) =>
                  onChange({
                    sickNote: {
                      number: entry.sickNote?.number ?? null,
                      from: entry.sickNote?.from ?? null,
                      to: e.target.value || null,
                    },
                  })
                }
              />
            </div>
            <div className="field">
              <button
                type="button"
                disabled={!entry.sickNote?.from || !entry.sickNote?.to}
                onClick={() => entry.sickNote && onSickRange(entry.sickNote)}
              >
                {t('att.sickRange')}
              </button>
            </div>
          </>
        )}
        {entry.status === 'day_off' &&
          (isDirector ? (
            <div className="field">
              <label className="check">
                <input
                  type="checkbox"
                  checked={entry.dayOffApproved ?? false}
                  onChange={(e) => onChange({ dayOffApproved: e.target.checked })}
                />{' '}
                {t('att.dayOffApproved')}
              </label>
            </div>
          ) : (
            <p className="hint">{t('att.dayOffNeedsDirector')}</p>
          ))}
      </div>
    </section>
  );
}

export type ProgrammeView = {
  status: 'NEW' | 'DRAFT' | 'APPROVED';
  weekdayHours: number[];
  dayHours: Record<string, number>;
  totalHours: number;
  classDays: number;
  version: number | null;
  locked: boolean;
};
