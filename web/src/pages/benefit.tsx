import { useEffect, useMemo, useState } from 'react';
import { DAY_STATUSES, type DayStatus } from '../../../src/domain/types';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, t, td, useLang } from '../i18n';

type Result = {
  ruleSet: string;
  ruleSetLabel?: string;
  limits?: { daysOff: number; daysOffBase: number; daysOffExtension: number; sickDays: number };
  period: string;
  unemploymentBenefit: number;
  base: number;
  bonus: number;
  total: number;
  bonusLimit?: number;
  deductions: {
    date: string;
    status: string;
    amount: number;
    rule: string;
    fraction?: string;
    article?: string;
  }[];
  explanation: string[];
};
type Params = {
  parameters: Record<string, unknown>;
  descriptions: {
    key: string;
    label: string;
    source: string;
    confidence: string;
    description?: string;
    note?: string;
    options?: { value: string; label: string }[];
  }[];
  rules: Rule[];
  ruleSet: string;
  ruleSetLabel: string;
};
type Rule = {
  key: string;
  label: string;
  value: string;
  article: string;
  setBy: string;
  confidenceLabel: string;
  validFrom: string;
  validTo: string | null;
  note?: string;
};
type Law = {
  act: { title: string; consolidatedText: string; note: string };
  ruleSets: {
    id: string;
    label: string;
    validFrom: string;
    validTo: string | null;
    summary: string;
    rules: Rule[];
  }[];
  decisions: string[];
  unemploymentBenefits: {
    from: string;
    to: string | null;
    amount: number;
    monthlyBenefit: number;
    verified: boolean;
    source: string;
  }[];
};

function monthDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return [];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

export function BenefitPage({ canSetParameters, isCis }: { canSetParameters: boolean; isCis: boolean }) {
  return (
    <main id="main">
      <h1>{t('benefit.title')}</h1>
      <p className="lead">{t('benefit.intro')}</p>
      {isCis ? <Calculator /> : <p className="alert alert-info">{t('benefit.kis')}</p>}
      <Parameters canEdit={canSetParameters} />
      <LawRules />
      <ZTable />
    </main>
  );
}

function Calculator() {
  useLang(); // amounts follow the language
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [admissionDate, setAdmissionDate] = useState('');
  const [bonus, setBonus] = useState('0');
  const [extension, setExtension] = useState('0');
  const [prior, setPrior] = useState({ daysOff: '0', sickDays: '0' });
  const days = useMemo(() => monthDays(month), [month]);
  const [statuses, setStatuses] = useState<Record<string, DayStatus>>({});
  const [result, setResult] = useState<Result | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    setStatuses(Object.fromEntries(days.map((d) => [d, isWeekend(d) ? 'no_classes' : 'present'])));
    setResult(null);
  }, [days]);

  return (
    <section className="card" aria-labelledby="calc">
      <h2 id="calc">{t('benefit.calculator')}</h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await run(() =>
            api<Result>('POST', '/api/v1/benefit/preview', {
              month,
              admissionDate,
              bonus: Math.round(Number(bonus.replace(',', '.')) * 100) || 0,
              priorUse: { daysOff: Number(prior.daysOff) || 0, sickDays: Number(prior.sickDays) || 0 },
              extensionMonths: extension === '' ? 0 : Number(extension),
              days: Object.fromEntries(Object.entries(statuses).filter(([, s]) => s !== 'no_classes')),
            }),
          );
          setResult(r ?? null);
        }}
      >
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{
            month: t('benefit.month'),
            admissionDate: t('benefit.admission'),
            bonus: t('benefit.bonus'),
            extensionMonths: t('benefit.extension'),
          }}
        />
        <div className="row">
          <Field name="month" label={t('benefit.month')} error={fieldErrors.month} required>
            {(p) => <input {...p} type="month" value={month} onChange={(e) => setMonth(e.target.value)} />}
          </Field>
          <Field
            name="admissionDate"
            label={t('benefit.admission')}
            error={fieldErrors.admissionDate}
            required
          >
            {(p) => (
              <input
                {...p}
                type="date"
                value={admissionDate}
                onChange={(e) => setAdmissionDate(e.target.value)}
              />
            )}
          </Field>
          <Field name="bonus" label={t('benefit.bonus')} error={fieldErrors.bonus}>
            {(p) => (
              <input {...p} inputMode="decimal" value={bonus} onChange={(e) => setBonus(e.target.value)} />
            )}
          </Field>
          <Field name="extensionMonths" label={t('benefit.extension')} error={fieldErrors.extensionMonths}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={12}
                value={extension}
                onChange={(e) => setExtension(e.target.value)}
              />
            )}
          </Field>
          <Field name="priorDaysOff" label={t('benefit.priorDaysOff')}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                value={prior.daysOff}
                onChange={(e) => setPrior({ ...prior, daysOff: e.target.value })}
              />
            )}
          </Field>
          <Field name="priorSick" label={t('benefit.priorSick')}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                value={prior.sickDays}
                onChange={(e) => setPrior({ ...prior, sickDays: e.target.value })}
              />
            )}
          </Field>
        </div>
        <fieldset className="field">
          <legend>{t('benefit.days')}</legend>
          <div className="day-grid">
            {days.map((d) => (
              <label key={d} className={`day ${isWeekend(d) ? 'weekend' : ''}`}>
                <span>{d.slice(8)}</span>
                {fieldErrors[`days.${d}`] && <span className="field-error">{fieldErrors[`days.${d}`]}</span>}
                <select
                  aria-invalid={fieldErrors[`days.${d}`] ? true : undefined}
                  aria-label={`${t('benefit.dayStatus')} ${d}`}
                  value={statuses[d] ?? 'no_classes'}
                  onChange={(e) => setStatuses({ ...statuses, [d]: e.target.value as DayStatus })}
                >
                  {DAY_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`day.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {t('benefit.compute')}
        </button>
      </form>
      {result && (
        <div className="result" role="region" aria-label={t('benefit.result')} aria-live="polite">
          <h3>
            {t('benefit.result')}: {formatMoney(result.total)}
          </h3>
          <dl className="facts">
            <div>
              <dt>{t('benefit.ruleSet')}</dt>
              <dd>
                {result.ruleSetLabel ?? result.ruleSet} ·{' '}
                {result.period === 'trial' ? t('benefit.trial') : t('benefit.participation')}
              </dd>
            </div>
            {result.limits && (
              <div>
                <dt>{t('benefit.limitsTitle')}</dt>
                <dd>
                  {t('benefit.limitsValue', { daysOff: result.limits.daysOff, sick: result.limits.sickDays })}
                  {result.limits.daysOffExtension > 0 &&
                    ` (${t('benefit.extraDaysOff', { count: result.limits.daysOffExtension })})`}
                </dd>
              </div>
            )}
            <div>
              <dt>{t('benefit.z')}</dt>
              <dd>{formatMoney(result.unemploymentBenefit)}</dd>
            </div>
            <div>
              <dt>{t('benefit.base')}</dt>
              <dd>{formatMoney(result.base)}</dd>
            </div>
            <div>
              <dt>{t('benefit.bonus')}</dt>
              <dd>{formatMoney(result.bonus)}</dd>
            </div>
          </dl>
          {result.deductions.length > 0 && (
            <table>
              <caption>{t('benefit.deductions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('benefit.date')}</th>
                  <th scope="col">{t('benefit.status')}</th>
                  <th scope="col">{t('benefit.rule')}</th>
                  <th scope="col">{t('benefit.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {result.deductions.map((d, i) => (
                  <tr key={i}>
                    <td>{d.date}</td>
                    <td>{td(`day.${d.status}`)}</td>
                    <td>
                      {d.fraction ?? ''} {d.article ?? d.rule}
                    </td>
                    <td>−{formatMoney(d.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>{t('benefit.why')}</h4>
          <ol className="explanation">
            {result.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function Parameters({ canEdit }: { canEdit: boolean }) {
  const [data, setData] = useState<Params | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const load = async () => {
    const d = await api<Params>('GET', '/api/v1/centre/benefit-parameters');
    setData(d);
    setValues(
      Object.fromEntries(Object.entries(d.parameters).map(([k, v]) => [k, v === null ? '' : String(v)])),
    );
  };
  useEffect(() => {
    void load();
  }, []);
  if (!data) return null;
  return (
    <section className="card" aria-labelledby="params">
      <h2 id="params">{t('benefit.parameters')}</h2>
      <p className="muted">{t('benefit.parametersIntro', { ruleSet: data.ruleSetLabel })}</p>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-ok">{t('form.saved')}</p>}
      </div>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const parameters = Object.fromEntries(
            Object.entries(values).map(([k, v]) => {
              const original = data.parameters[k];
              if (typeof original === 'number' || (original === null && k === 'unexcusedForfeitAboveDays'))
                return [k, v === '' ? null : Number(v)];
              return [k, v];
            }),
          );
          if (await run(() => api('PUT', '/api/v1/centre/benefit-parameters', { parameters }))) {
            setSaved(true);
            await load();
          }
        }}
      >
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={Object.fromEntries(data.descriptions.map((d) => [`parameters.${d.key}`, d.label]))}
        />
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('benefit.parameters')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('benefit.parameter')}</th>
                <th scope="col">{t('benefit.value')}</th>
                <th scope="col">{t('benefit.source')}</th>
              </tr>
            </thead>
            <tbody>
              {data.descriptions.map((d) => (
                <tr key={d.key}>
                  <td>
                    <label htmlFor={`f-parameters-${d.key}`}>{d.label}</label>
                  </td>
                  <td>
                    {d.options ? (
                      <select
                        id={`f-parameters-${d.key}`}
                        disabled={!canEdit}
                        value={values[d.key] ?? ''}
                        onChange={(e) => setValues({ ...values, [d.key]: e.target.value })}
                      >
                        {d.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        id={`f-parameters-${d.key}`}
                        disabled={!canEdit}
                        value={values[d.key] ?? ''}
                        aria-invalid={fieldErrors[`parameters.${d.key}`] ? true : undefined}
                        onChange={(e) => setValues({ ...values, [d.key]: e.target.value })}
                      />
                    )}
                    {fieldErrors[`parameters.${d.key}`] && (
                      <p className="field-error">{fieldErrors[`parameters.${d.key}`]}</p>
                    )}
                  </td>
                  <td className="small">
                    {d.source}{' '}
                    <span className={`badge conf-${d.confidence}`}>{td(`confidence.${d.confidence}`)}</span>
                    {d.note && <p className="muted">{d.note}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canEdit && (
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
        )}
      </form>
      <h3>{t('benefit.rulesInForce')}</h3>
      <ul className="rules">
        {data.rules.map((r) => (
          <li key={r.key}>
            <strong>{r.label}:</strong> {r.value}{' '}
            <span className="muted">
              ({r.article}; {r.setBy === 'centre' ? t('benefit.setByCentre') : t('benefit.setByLaw')};{' '}
              {r.confidenceLabel})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const validity = (from: string, to: string | null) =>
  to ? t('benefit.validityTo', { from, to }) : `${t('benefit.validity', { from })} (${t('benefit.inForce')})`;

/** The law page: every rule of every rule set with its article, the months it applies to and its certainty. */
function LawRules() {
  const [law, setLaw] = useState<Law | null>(null);
  useEffect(() => {
    api<Law>('GET', '/api/v1/law')
      .then(setLaw)
      .catch(() => undefined);
  }, []);
  if (!law) return null;
  return (
    <section className="card" aria-labelledby="law">
      <h2 id="law">{t('benefit.law')}</h2>
      <p className="muted">{t('benefit.lawIntro', { title: law.act.title, note: law.act.note })}</p>
      {[...law.ruleSets].reverse().map((rs, i) => (
        <details key={rs.id} open={i === 0}>
          <summary>
            <strong>{rs.label}</strong> — {validity(rs.validFrom, rs.validTo)}
          </summary>
          <p>{rs.summary}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{rs.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('benefit.rule')}</th>
                  <th scope="col">{t('benefit.value')}</th>
                  <th scope="col">{t('benefit.article')}</th>
                  <th scope="col">{t('benefit.confidence')}</th>
                </tr>
              </thead>
              <tbody>
                {rs.rules.map((r) => (
                  <tr key={r.key}>
                    <td>{r.label}</td>
                    <td>{r.value}</td>
                    <td>{r.article}</td>
                    <td className="small">
                      {r.confidenceLabel}
                      {r.note && <p className="muted">{r.note}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
      <h3>{t('benefit.decisions')}</h3>
      <ul>
        {law.decisions.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </section>
  );
}

function ZTable() {
  useLang(); // amounts follow the language
  const [law, setLaw] = useState<Law | null>(null);
  useEffect(() => {
    api<Law>('GET', '/api/v1/law')
      .then(setLaw)
      .catch(() => undefined);
  }, []);
  if (!law) return null;
  return (
    <section className="card" aria-labelledby="ztable">
      <h2 id="ztable">{t('benefit.zTable')}</h2>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('benefit.zTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('benefit.from')}</th>
              <th scope="col">{t('benefit.z')}</th>
              <th scope="col">{t('benefit.monthly')}</th>
              <th scope="col">{t('benefit.source')}</th>
            </tr>
          </thead>
          <tbody>
            {[...law.unemploymentBenefits].reverse().map((z) => (
              <tr key={z.from}>
                <td>{z.from}</td>
                <td>{formatMoney(z.amount)}</td>
                <td>{formatMoney(z.monthlyBenefit)}</td>
                <td className="small">
                  {z.source}{' '}
                  {!z.verified && <span className="badge conf-uncertain">{t('confidence.uncertain')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
