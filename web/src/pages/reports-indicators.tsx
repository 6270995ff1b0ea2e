import { useEffect, useState } from 'react';
import type { IndicatorTargets, Indicators } from '../../../src/contracts/reports.contract';
import { api } from '../api';
import { t } from '../i18n';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { linkProps } from '../router';

type Cell = Indicators['byYear'][number];

const pct = (v: number | null) => (v === null ? '—' : `${v.toLocaleString('pl-PL')}%`);

/** A bar drawn for sighted users beside the number; the table cell carries the value for everyone. */
function Bar({ value, target }: { value: number | null; target: number }) {
  return (
    <span
      aria-hidden="true"
      className="indicator-bar"
      style={{
        display: 'inline-block',
        width: 120,
        height: 10,
        background: '#eee',
        position: 'relative',
        marginLeft: 8,
      }}
    >
      <span
        style={{
          display: 'block',
          width: `${Math.min(value ?? 0, 100)}%`,
          height: '100%',
          background: (value ?? 0) >= target ? '#1a7f37' : '#b35900',
        }}
      />
      <span
        style={{
          position: 'absolute',
          left: `${target}%`,
          top: -2,
          height: 14,
          width: 2,
          background: '#000',
        }}
      />
    </span>
  );
}

function IndicatorTable({
  title,
  cells,
  targets,
}: {
  title: string;
  cells: Cell[];
  targets: IndicatorTargets;
}) {
  return (
    <section>
      <h2>{title}</h2>
      {cells.length === 0 ? (
        <p>{t('ind.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ind.group')}</th>
              <th scope="col">{t('ind.ended')}</th>
              <th scope="col">{t('ind.employed')}</th>
              <th scope="col">{t('ind.employmentRate')}</th>
              <th scope="col">{t('ind.social')}</th>
              <th scope="col">{t('ind.socialRate')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.key}</th>
                <td className="num">{c.ended}</td>
                <td className="num">{c.employed}</td>
                <td>
                  {pct(c.employmentRate)}
                  <Bar value={c.employmentRate} target={targets.employment.value} />
                </td>
                <td className="num">{c.social}</td>
                <td>
                  {pct(c.socialRate)}
                  <Bar value={c.socialRate} target={targets.social.value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Employment and social effectiveness with the centre's targets and the KPRES 2030 target. */
export default function IndicatorsPage({ canEdit }: { canEdit: boolean }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<Indicators | null>(null);
  const [targets, setTargets] = useState<IndicatorTargets | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    void api<Indicators>('GET', `/api/v1/reports/indicators?year=${year}`).then((d) => {
      setData(d);
      setTargets(d.targets);
    });
  }, [year]);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const d = await run(() => api<Indicators>('PUT', '/api/v1/reports/indicator-targets', targets));
    if (d) {
      setData({ ...d, year });
      setNotice(t('ind.saved'));
    }
  }

  return (
    <main id="main">
      <h1>{t('ind.title')}</h1>
      <p>
        <a {...linkProps('/reports')}>{t('ind.back')}</a>
      </p>
      <div className="field">
        <label htmlFor="ind-year">{t('ind.year')}</label>
        <select id="ind-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {data && (
        <>
          <section aria-labelledby="ind-formulas">
            <h2 id="ind-formulas">{t('ind.formulas')}</h2>
            <ul>
              <li>{data.formulas.employment}</li>
              <li>{data.formulas.social}</li>
              <li>
                {t('ind.targetLine', {
                  employment: data.targets.employment.value,
                  social: data.targets.social.value,
                  kpres: data.kpres.value,
                })}{' '}
                {data.kpres.note}
              </li>
            </ul>
          </section>
          <IndicatorTable title={t('ind.byYear')} cells={data.byYear} targets={data.targets} />
          <IndicatorTable title={t('ind.byCohort')} cells={data.byCohort} targets={data.targets} />
          <IndicatorTable
            title={t('ind.byWorkshop', { year })}
            cells={data.byWorkshop}
            targets={data.targets}
          />
          <IndicatorTable
            title={t('ind.byReferrer', { year })}
            cells={data.byReferrer}
            targets={data.targets}
          />
          {notice && (
            <div className="alert alert-ok" role="status">
              {notice}
            </div>
          )}
          {targets && (
            <form onSubmit={save} noValidate>
              <h2>{t('ind.targets')}</h2>
              <ErrorSummary
                errors={fieldErrors}
                formError={formError}
                labels={{
                  'employment.value': t('ind.employmentTarget'),
                  'employment.note': t('ind.note'),
                  'social.value': t('ind.socialTarget'),
                  'social.note': t('ind.note'),
                }}
              />
              {(['employment', 'social'] as const).map((k) => (
                <fieldset key={k}>
                  <legend>{t(k === 'employment' ? 'ind.employmentTarget' : 'ind.socialTarget')}</legend>
                  <Field name={`${k}.value`} label="%" error={fieldErrors[`${k}.value`]}>
                    {(p) => (
                      <input
                        {...p}
                        inputMode="decimal"
                        readOnly={!canEdit}
                        value={String(targets[k].value)}
                        onChange={(e) =>
                          setTargets({
                            ...targets,
                            [k]: { ...targets[k], value: Number(e.target.value.replace(',', '.')) },
                          })
                        }
                      />
                    )}
                  </Field>
                  <Field name={`${k}.note`} label={t('ind.note')} error={fieldErrors[`${k}.note`]}>
                    {(p) => (
                      <input
                        {...p}
                        readOnly={!canEdit}
                        value={targets[k].note}
                        onChange={(e) =>
                          setTargets({ ...targets, [k]: { ...targets[k], note: e.target.value } })
                        }
                      />
                    )}
                  </Field>
                </fieldset>
              ))}
              {canEdit && (
                <button type="submit" className="primary" disabled={busy}>
                  {t('ind.save')}
                </button>
              )}
            </form>
          )}
        </>
      )}
    </main>
  );
}
