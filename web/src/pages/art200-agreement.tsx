import { useCallback, useEffect, useState } from 'react';
import type { Art200AgreementDetail, Art200Month } from '../../../src/contracts/art200.contract';
import { api, ApiError } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { fieldErrorText, t } from '../i18n';
import { linkProps } from '../router';
import { Art200Rules } from './art200';
import './art200.i18n';

const hours = (h: number) => String(h).replace('.', ',');
const WEEKDAY = ['', 'pn', 'wt', 'śr', 'cz', 'pt', 'so', 'nd'];

/** One agreement: its terms, the people enrolled (and a new enrolment), and the month grid of hours. */
export function Art200AgreementView({
  id,
  canManage,
  canHours,
}: {
  id: string;
  canManage: boolean;
  canHours: boolean;
}) {
  const [a, setA] = useState<Art200AgreementDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const load = useCallback(async () => {
    try {
      setA(await api<Art200AgreementDetail>('GET', `/api/v1/art200/agreements/${id}`));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setMissing(true);
      else throw e;
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  if (missing)
    return (
      <main id="main">
        <p>{t('notFound.title')}</p>
      </main>
    );
  if (!a)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  return (
    <main id="main">
      <p>
        <a {...linkProps('/art200')}>{t('a200.back')}</a>
      </p>
      <h1>{t('a200.heading', { number: a.number })}</h1>
      <Art200Rules parameters={a.parameters} />
      <dl className="facts">
        <div>
          <dt>{t('a200.partnerShort')}</dt>
          <dd>{a.partner.name}</dd>
        </div>
        <div>
          <dt>{t('a200.period')}</dt>
          <dd>
            {a.validFrom} – {a.validUntil}
          </dd>
        </div>
        <div>
          <dt>{t('a200.signedOn')}</dt>
          <dd>{a.signedOn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('a200.dailyHoursLimit')}</dt>
          <dd>{hours(a.dailyHoursLimit)}</dd>
        </div>
        <div>
          <dt>{t('a200.maxMonths')}</dt>
          <dd>{a.maxMonths}</dd>
        </div>
        <div>
          <dt>{t('a200.plannedPeople')}</dt>
          <dd>{a.plannedPeople ?? '—'}</dd>
        </div>
      </dl>
      <h2>{t('a200.activities')}</h2>
      <p>{a.activities}</p>
      <h2>{t('a200.expectedEffects')}</h2>
      <p>{a.expectedEffects}</p>
      <h2>{t('a200.measurement')}</h2>
      <p>{a.measurement}</p>
      <People a={a} canManage={canManage} onChanged={setA} />
      {canManage && <EnrolForm agreementId={a.id} onDone={setA} />}
      <MonthGrid a={a} canHours={canHours} onSaved={load} />
    </main>
  );
}

function People({
  a,
  canManage,
  onChanged,
}: {
  a: Art200AgreementDetail;
  canManage: boolean;
  onChanged: (a: Art200AgreementDetail) => void;
}) {
  const [ending, setEnding] = useState<string | null>(null);
  const person = a.enrolments.find((e) => e.id === ending);
  return (
    <section aria-labelledby="a200-people">
      <h2 id="a200-people">{t('a200.people')}</h2>
      {a.enrolments.length === 0 ? (
        <p>{t('a200.noPeople')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('a200.person')}</th>
                <th scope="col">{t('a200.pesel')}</th>
                <th scope="col">{t('a200.pupReference')}</th>
                <th scope="col">{t('a200.period')}</th>
                <th scope="col">{t('a200.lastAllowed')}</th>
                <th scope="col">{t('a200.totals')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="sr-only">{t('a200.end')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {a.enrolments.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.lastName} {e.firstName}
                  </th>
                  <td>{e.pesel ?? '—'}</td>
                  <td>{e.pupReference ?? '—'}</td>
                  <td className="nowrap">
                    {e.startDate} – {e.endedOn ?? e.plannedEndDate}
                    {e.endedOn ? ` (${t('a200.ended')}: ${e.endReason ?? ''})` : ''}
                  </td>
                  <td className="nowrap">{e.lastAllowedDay}</td>
                  <td>{t('a200.totalsValue', { days: e.totals.days, hours: hours(e.totals.hours) })}</td>
                  {canManage && (
                    <td>
                      {!e.endedOn && (
                        <button type="button" onClick={() => setEnding(e.id)}>
                          {t('a200.end')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {person && (
        <EndForm
          agreementId={a.id}
          enrolment={person}
          onDone={(next) => {
            setEnding(null);
            onChanged(next);
          }}
        />
      )}
    </section>
  );
}

/** The end of a person's activities: the last day (not before a recorded day) and why. */
function EndForm({
  agreementId,
  enrolment,
  onDone,
}: {
  agreementId: string;
  enrolment: Art200AgreementDetail['enrolments'][number];
  onDone: (a: Art200AgreementDetail) => void;
}) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState({ endedOn: '', reason: '' });
  const labels = { endedOn: t('a200.endedOn'), reason: t('a200.endReason') };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<Art200AgreementDetail>(
        'POST',
        `/api/v1/art200/agreements/${agreementId}/enrolments/${enrolment.id}/end`,
        { ...v, version: enrolment.version },
      ),
    );
    if (saved) onDone(saved);
  }
  return (
    <section className="card" aria-labelledby="a200-end">
      <h3 id="a200-end">{t('a200.endTitle', { name: `${enrolment.lastName} ${enrolment.firstName}` })}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field name="endedOn" label={labels.endedOn} error={fieldErrors.endedOn} required>
            {(f) => (
              <input
                {...f}
                type="date"
                value={v.endedOn}
                onChange={(e) => setV({ ...v, endedOn: e.target.value })}
              />
            )}
          </Field>
          <Field name="reason" label={labels.reason} error={fieldErrors.reason} required>
            {(f) => (
              <input {...f} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} />
            )}
          </Field>
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('a200.endSave')}
          </button>
        </p>
      </form>
    </section>
  );
}

const EMPTY = { firstName: '', lastName: '', pesel: '', pupReference: '', startDate: '', plannedEndDate: '' };

function EnrolForm({
  agreementId,
  onDone,
}: {
  agreementId: string;
  onDone: (a: Art200AgreementDetail) => void;
}) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState(EMPTY);
  const labels: Record<keyof typeof EMPTY, string> = {
    firstName: t('a200.firstName'),
    lastName: t('a200.lastName'),
    pesel: t('a200.pesel'),
    pupReference: t('a200.pupReference'),
    startDate: t('a200.startDate'),
    plannedEndDate: t('a200.plannedEndDate'),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<Art200AgreementDetail>('POST', `/api/v1/art200/agreements/${agreementId}/enrolments`, {
        ...v,
        pesel: v.pesel || null,
        pupReference: v.pupReference || null,
      }),
    );
    if (saved) {
      setV(EMPTY);
      onDone(saved);
    }
  }
  const input = (k: keyof typeof EMPTY, required: boolean, type = 'text') => (
    <Field name={k} label={labels[k]} error={fieldErrors[k]} required={required}>
      {(f) => <input {...f} type={type} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />}
    </Field>
  );
  return (
    <section className="card" aria-labelledby="a200-enrol">
      <h2 id="a200-enrol">{t('a200.enrolTitle')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          {input('lastName', true)}
          {input('firstName', true)}
          {input('pesel', false)}
          {input('pupReference', false)}
        </div>
        <div className="row">
          {input('startDate', true, 'date')}
          {input('plannedEndDate', true, 'date')}
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('a200.enrol')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The month shown first: this month when the agreement runs now, otherwise its first or last month. */
function firstMonth(a: Art200AgreementDetail): string {
  const now = new Date().toISOString().slice(0, 7);
  if (now < a.validFrom.slice(0, 7)) return a.validFrom.slice(0, 7);
  if (now > a.validUntil.slice(0, 7)) return a.validUntil.slice(0, 7);
  return now;
}

type CellKey = `${string}|${string}`;

/** The month grid: one row per person active in the month, one cell of hours per day; saved as one batch. */
function MonthGrid({
  a,
  canHours,
  onSaved,
}: {
  a: Art200AgreementDetail;
  canHours: boolean;
  onSaved: () => Promise<void>;
}) {
  const [month, setMonth] = useState(() => firstMonth(a));
  const [data, setData] = useState<Art200Month | null>(null);
  const [draft, setDraft] = useState<Record<CellKey, string>>({});
  const [errors, setErrors] = useState<Record<CellKey, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const base = `/api/v1/art200/agreements/${a.id}/months/${month}`;
  const load = useCallback(async () => {
    setData(await api<Art200Month>('GET', base));
  }, [base]);
  // A new enrolment or an exit changes who has a row: the grid reads the month again.
  const people = a.enrolments.map((e) => `${e.id}:${e.version}`).join(',');
  useEffect(() => {
    setDraft({});
    setErrors({});
    setNote(null);
    void load();
  }, [load, people]);

  async function save() {
    if (!data) return;
    const keys = Object.keys(draft) as CellKey[];
    const entries = keys.map((k) => {
      const [enrolmentId, date] = k.split('|') as [string, string];
      const raw = (draft[k] ?? '').trim().replace(',', '.');
      return { enrolmentId, date, hours: raw === '' ? null : Number(raw) };
    });
    setBusy(true);
    setNote(null);
    try {
      setData(await api<Art200Month>('PUT', base, { entries }));
      setDraft({});
      setErrors({});
      await onSaved();
      setNote(t('a200.saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const byCell: Record<CellKey, string> = {};
      for (const f of e.fields) {
        const i = Number(/^entries\.(\d+)\./.exec(f.path)?.[1]);
        const key = keys[i];
        if (key) byCell[key] = fieldErrorText(f.code, f.message);
      }
      setErrors(byCell);
      if (!e.fields.length) setNote(e.message);
    } finally {
      setBusy(false);
    }
  }

  const dirty = Object.keys(draft).length;
  const errorList = Object.entries(errors);
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
            {errorList.map(([k, message]) => (
              <li key={k}>
                <a href={`#c-${k.replace('|', '-')}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {note && (
        <p role="status" className="hint">
          {note}
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
                    const key: CellKey = `${p.enrolmentId}|${d.date}`;
                    const outside = d.date < p.startDate || d.date > p.lastDay || d.date > today;
                    const recorded = p.hours[d.date];
                    const value = draft[key] ?? (recorded === undefined ? '' : hours(recorded));
                    const off = d.weekday >= 6 || d.holiday;
                    return (
                      <td key={d.date} className={outside ? 'att-outside' : off ? 'att-off' : undefined}>
                        <input
                          id={`c-${p.enrolmentId}-${d.date}`}
                          className={`a200-cell${key in draft ? ' a200-dirty' : ''}`}
                          inputMode="decimal"
                          aria-label={t('a200.cellLabel', { name: p.name, date: d.date })}
                          value={value}
                          disabled={!canHours || outside}
                          {...(errors[key] ? { 'aria-invalid': true, title: errors[key] } : {})}
                          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
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
