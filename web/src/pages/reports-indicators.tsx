import { percent } from '../../../src/domain/polish-format';
import { lazy, Suspense, useId, useState } from 'react';
import { z } from 'zod';
import {
  type IndicatorTargets,
  IndicatorTargetsSchema,
  type Indicators,
} from '../../../src/contracts/reports.contract';
import { api } from '../api';
import { t } from '../i18n';
import { ErrorSummary, Field } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import './reports.i18n';

type Cell = Indicators['byYear'][number];

// The chart library loads only when a chart is first shown (not in the first-load bundle).
const IndicatorsChart = lazy(() => import('./indicators-chart'));

function IndicatorTable({
  title,
  cells,
  targets,
  kpres,
}: {
  title: string;
  cells: Cell[];
  targets: IndicatorTargets;
  kpres: number;
}) {
  const tableId = useId();
  return (
    <section>
      <h2>{title}</h2>
      {cells.length === 0 ? (
        <p>{t('ind.none')}</p>
      ) : (
        <>
          <Suspense fallback={null}>
            <IndicatorsChart title={title} cells={cells} targets={targets} kpres={kpres} tableId={tableId} />
          </Suspense>
          <table id={tableId}>
            <caption className="sr-only">{t('ind.tableCaption', { title })}</caption>
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
                  <td className="num">{percent(c.employmentRate)}</td>
                  <td className="num">{c.social}</td>
                  <td className="num">{percent(c.socialRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

type TargetsForm = Record<'employment' | 'social', { value: string; note: string }>;

const target = IndicatorTargetsSchema.shape.employment;
/** The contract's checks on the text the form holds (a percentage typed as "32,5" or "32.5"). */
const targetsForm = z.object({
  employment: target.extend({ value: numberText(target.shape.value) }),
  social: target.extend({ value: numberText(target.shape.value) }),
});

const percentText = (n: number) => String(n).replace('.', ',');

/** Employment and social effectiveness with the centre's targets and the KPRES 2030 target. */
export default function IndicatorsPage({ canEdit }: { canEdit: boolean }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useApiQuery<Indicators>(`/api/v1/reports/indicators?year=${year}`);
  const data = query.data;

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
      {query.error && (
        <div className="alert alert-error" role="alert">
          {query.error.message}
        </div>
      )}
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
          <IndicatorTable
            title={t('ind.byYear')}
            cells={data.byYear}
            targets={data.targets}
            kpres={data.kpres.value}
          />
          <IndicatorTable
            title={t('ind.byCohort')}
            cells={data.byCohort}
            targets={data.targets}
            kpres={data.kpres.value}
          />
          <IndicatorTable
            title={t('ind.byWorkshop', { year })}
            cells={data.byWorkshop}
            targets={data.targets}
            kpres={data.kpres.value}
          />
          <IndicatorTable
            title={t('ind.byReferrer', { year })}
            cells={data.byReferrer}
            targets={data.targets}
            kpres={data.kpres.value}
          />
          {notice && (
            <div className="alert alert-ok" role="status">
              {notice}
            </div>
          )}
          <TargetsEditor
            // A fresh form when the saved targets change (after a save or another year's read).
            key={JSON.stringify(data.targets)}
            targets={data.targets}
            canEdit={canEdit}
            onSaved={async () => {
              setNotice(t('ind.saved'));
              await invalidate('/api/v1/reports/indicators');
            }}
            onEdit={() => setNotice(null)}
          />
        </>
      )}
    </main>
  );
}

/** The centre's own targets: checked with the contract in the browser, the server's refusal at the field. */
function TargetsEditor({
  targets,
  canEdit,
  onSaved,
  onEdit,
}: {
  targets: IndicatorTargets;
  canEdit: boolean;
  onSaved: () => Promise<void>;
  onEdit: () => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<TargetsForm>({
    defaultValues: {
      employment: { value: percentText(targets.employment.value), note: targets.employment.note },
      social: { value: percentText(targets.social.value), note: targets.social.note },
    },
    schema: targetsForm,
  });
  const save = onSubmit(async (v) => {
    onEdit();
    await api<Indicators>('PUT', '/api/v1/reports/indicator-targets', {
      employment: { value: Number(v.employment.value.trim().replace(',', '.')), note: v.employment.note },
      social: { value: Number(v.social.value.trim().replace(',', '.')), note: v.social.note },
    });
    await onSaved();
  });
  return (
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
            {(p) => <input {...p} inputMode="decimal" readOnly={!canEdit} {...register(`${k}.value`)} />}
          </Field>
          <Field name={`${k}.note`} label={t('ind.note')} error={fieldErrors[`${k}.note`]}>
            {(p) => <input {...p} readOnly={!canEdit} {...register(`${k}.note`)} />}
          </Field>
        </fieldset>
      ))}
      {canEdit && (
        <button type="submit" className="primary" disabled={busy}>
          {t('ind.save')}
        </button>
      )}
    </form>
  );
}
