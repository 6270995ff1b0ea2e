import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import {
  type Art200AgreementDetail,
  Art200HoursBatchSchema,
  type Art200Month,
} from '../../../src/contracts/art200.contract';
import { api, ApiError } from '../api';
import { Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { fieldErrorText, t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import './art200.i18n';

const hours = (h: number) => String(h).replace('.', ',');
const WEEKDAY = ['', 'pn', 'wt', 'śr', 'cz', 'pt', 'so', 'nd'];

/** The month shown first: this month when the agreement runs now, otherwise its first or last month. */
function firstMonth(a: Art200AgreementDetail): string {
  const now = new Date().toISOString().slice(0, 7);
  if (now < a.validFrom.slice(0, 7)) return a.validFrom.slice(0, 7);
  if (now > a.validUntil.slice(0, 7)) return a.validUntil.slice(0, 7);
  return now;
}

/** A cell of the grid: `${enrolmentId}_${date}` (a form path: no dots, no "|"). */
type CellKey = string;
type GridValues = { hours: Record<CellKey, string> };

/** The text of a cell as sent: blank clears the day; "3,5" and "3.5" are 3.5 hours. */
const hoursOf = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));
/** Each cell checked with the contract's hours (a number of 0–24; the agreement's own limit is the server's). */
const gridForm = z.object({
  hours: z.record(
    z.string(),
    z.string().transform(hoursOf).pipe(Art200HoursBatchSchema.shape.entries.element.shape.hours),
  ),
});

/** The hours recorded in the month, as the grid's text. */
function cellsOf(month: Art200Month): Record<CellKey, string> {
  const cells: Record<CellKey, string> = {};
  for (const p of month.people)
    for (const d of month.days) {
      const recorded = p.hours[d.date];
      cells[`${p.enrolmentId}_${d.date}`] = recorded === undefined ? '' : hours(recorded);
    }
  return cells;
}

/** The month grid: one row per person active in the month, one cell of hours per day; saved as one batch. */
export function MonthGrid({ a, canHours }: { a: Art200AgreementDetail; canHours: boolean }) {
  const [month, setMonth] = useState(() => firstMonth(a));
  const [note, setNote] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const base = `/api/v1/art200/agreements/${a.id}/months/${month}`;
  const data = useApiQuery<Art200Month>(base).data ?? null;
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<GridValues>({
    defaultValues: { hours: {} },
    schema: gridForm,
  });

  // The month read (again): another month starts clean; the same month read again (a new enrolment,
  // an exit) keeps what was typed and not yet saved.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!data) return;
    form.reset({ hours: cellsOf(data) }, { keepDirtyValues: shown.current === data.month });
    if (shown.current !== data.month) setNote(null);
    shown.current = data.month;
  }, [data, form]);

  const dirtyCells = form.formState.dirtyFields.hours ?? {};
  const save = onSubmit(async (v) => {
    const keys = Object.keys(dirtyCells);
    const entries = keys.map((k) => {
      const [enrolmentId, date] = k.split('_') as [string, string];
      return { enrolmentId, date, hours: hoursOf(v.hours[k] ?? '') };
    });
    setNote(null);
    let saved: Art200Month;
    try {
      saved = await api<Art200Month>('PUT', base, { entries });
    } catch (e) {
      // A refusal of an entry is said at its cell (the entries were sent in the order of `keys`).
      const cells =
        e instanceof ApiError ? e.fields.map((f) => ({ f, i: /^entries\.(\d+)\./.exec(f.path)?.[1] })) : [];
      if (!cells.length) throw e;
      for (const { f, i } of cells) {
        const key = keys[Number(i)];
        if (key) form.setError(`hours.${key}`, { type: f.code, message: fieldErrorText(f.code, f.message) });
      }
      return;
    }
    queryClient.setQueryData([base], saved);
    form.reset({ hours: cellsOf(saved) });
    await invalidate(`/api/v1/art200/agreements/${a.id}`);
    setNote(t('a200.saved'));
  });

  const dirty = Object.keys(dirtyCells).length;
  const errorList = Object.entries(fieldErrors).filter(([path]) => path.startsWith('hours.'));
  const message = formError ?? note;
  return (
    <section aria-labelledby="a200-grid">
      <h2 id="a200-grid">{t('a200.grid')}</h2>
      <div className="row att-actions">
        <Field name="month" label={t('a200.month')}>
          {(f) => (
            <input
              {...f}
              type="month"
              value={month}
              min={a.validFrom.slice(0, 7)}
              max={a.validUntil.slice(0, 7)}
              onChange={(e) => e.target.value && setMonth(e.target.value)}
            />
          )}
        </Field>
        <a href={`${base}/list.pdf`} target="_blank" rel="noreferrer">
          {t('a200.listPdf')}
        </a>
        <a href={`${base}/list.xlsx`} download>
          {t('a200.listXlsx')}
        </a>
      </div>
      <p className="hint">{t('a200.gridHint')}</p>
      {errorList.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p>
            <strong>{t('a200.errors')}</strong>
          </p>
          <ul>
            {errorList.map(([path, text]) => (
              <li key={path}>
                <a href={`#c-${path.slice('hours.'.length).replace('_', '-')}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : data.people.length === 0 ? (
        <p>{t('a200.noPeopleMonth')}</p>
      ) : (
        <div className="att-wrap">
          <table className="att-grid">
            <caption className="sr-only">{t('a200.grid')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('a200.person')}</th>
                {data.days.map((d) => (
                  <th
                    key={d.date}
                    scope="col"
                    className={d.weekday >= 6 || d.holiday ? 'att-off' : undefined}
                    title={d.holiday ?? undefined}
                  >
                    {Number(d.date.slice(8, 10))}
                    <br />
                    <small>{WEEKDAY[d.weekday]}</small>
                  </th>
                ))}
                <th scope="col" className="att-sum">
                  {t('a200.sum')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.people.map((p) => (
                <tr key={p.enrolmentId}>
                  <th scope="row">{p.name}</th>
                  {data.days.map((d) => {
                    const key: CellKey = `${p.enrolmentId}_${d.date}`;
                    const outside = d.date < p.startDate || d.date > p.lastDay || d.date > today;
                    const off = d.weekday >= 6 || d.holiday;
                    const error = fieldErrors[`hours.${key}`];
                    return (
                      <td key={d.date} className={outside ? 'att-outside' : off ? 'att-off' : undefined}>
                        <input
                          id={`c-${p.enrolmentId}-${d.date}`}
                          className={`a200-cell${dirtyCells[key] ? ' a200-dirty' : ''}`}
                          inputMode="decimal"
                          aria-label={t('a200.cellLabel', { name: p.name, date: d.date })}
                          disabled={!canHours || outside}
                          {...(error ? { 'aria-invalid': true, title: error } : {})}
                          {...register(`hours.${key}`)}
                        />
                      </td>
                    );
                  })}
                  <td className="att-sum">
                    {p.daysPresent} / {hours(p.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <p>
          {t('a200.total', {
            people: data.totals.people,
            days: data.totals.daysPresent,
            hours: hours(data.totals.hours),
          })}
        </p>
      )}
      {canHours && data && data.people.length > 0 && (
        <p className="row">
          <button
            type="button"
            className="primary"
            disabled={busy || dirty === 0}
            onClick={() => void save()}
          >
            {t('a200.saveHours')}
          </button>
          {dirty > 0 && <span>{t('a200.unsaved', { count: dirty })}</span>}
        </p>
      )}
    </section>
  );
}
