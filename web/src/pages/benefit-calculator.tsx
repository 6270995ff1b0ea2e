import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { BenefitPreviewRequestSchema } from '../../../src/contracts/benefit.contract';
import { DAY_STATUSES, type DayStatus } from '../../../src/domain/types';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { grosze, zlotyText } from '../components/zloty-text';
import { formatMoney, t, td, useLang } from '../i18n';
import type { Result } from './benefit-types';

function monthDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return [];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

type CalculatorForm = {
  month: string;
  admissionDate: string;
  bonus: string;
  extensionMonths: string;
  priorUse: { daysOff: string; sickDays: string };
  days: Record<string, DayStatus>;
};

// The text of the inputs: a blank is 0; the bonus is a złoty text (the shared `zlotyText`: at most two
// decimals); a count that is not a number stays NaN, so the contract's schema refuses it at the field.
const bonusGrosze = (v: string) => (v.trim() === '' ? 0 : grosze(v));
const countNumber = (v: string) => (v.trim() === '' ? 0 : Number(v.trim().replace(',', '.')));
const extensionNumber = countNumber;

const shape = BenefitPreviewRequestSchema.shape;
const priorShape = BenefitPreviewRequestSchema.shape.priorUse.unwrap().shape;
/** The contract's checks on the text the form holds. */
const calculatorForm = BenefitPreviewRequestSchema.extend({
  bonus: z
    .string()
    .transform((v) => (v.trim() === '' ? '0' : v))
    .pipe(zlotyText(shape.bonus.unwrap())),
  extensionMonths: z.string().transform(extensionNumber).pipe(shape.extensionMonths.unwrap()),
  priorUse: z.object({
    daysOff: z.string().transform(countNumber).pipe(priorShape.daysOff),
    sickDays: z.string().transform(countNumber).pipe(priorShape.sickDays),
  }),
});

const defaultStatuses = (days: string[]): Record<string, DayStatus> =>
  Object.fromEntries(days.map((d) => [d, isWeekend(d) ? 'no_classes' : 'present']));

/** The benefit of one month for the statuses of its days, with every deduction and its article. */
export function Calculator() {
  useLang(); // amounts follow the language
  const initialMonth = new Date().toISOString().slice(0, 7);
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<CalculatorForm>({
    defaultValues: {
      month: initialMonth,
      admissionDate: '',
      bonus: '0',
      extensionMonths: '0',
      priorUse: { daysOff: '0', sickDays: '0' },
      days: defaultStatuses(monthDays(initialMonth)),
    },
    schema: calculatorForm,
  });
  const month = form.watch('month');
  const days = useMemo(() => monthDays(month), [month]);
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    for (const [d, s] of Object.entries(defaultStatuses(days))) form.setValue(`days.${d}`, s);
    setResult(null);
  }, [days, form]);
  const submit = onSubmit(async (v) => {
    setResult(null);
    const statuses = Object.fromEntries(days.map((d) => [d, v.days[d] ?? 'no_classes']));
    setResult(
      await api<Result>('POST', '/api/v1/benefit/preview', {
        month: v.month,
        admissionDate: v.admissionDate,
        bonus: bonusGrosze(v.bonus),
        priorUse: { daysOff: countNumber(v.priorUse.daysOff), sickDays: countNumber(v.priorUse.sickDays) },
        extensionMonths: extensionNumber(v.extensionMonths),
        days: Object.fromEntries(Object.entries(statuses).filter(([, s]) => s !== 'no_classes')),
      }),
    );
  });

  return (
    <section className="card" aria-labelledby="calc">
      <h2 id="calc">{t('benefit.calculator')}</h2>
      <form noValidate onSubmit={submit}>
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
            {(p) => <input {...p} type="month" {...register('month')} />}
          </Field>
          <Field
            name="admissionDate"
            label={t('benefit.admission')}
            error={fieldErrors.admissionDate}
            required
          >
            {(p) => <input {...p} type="date" {...register('admissionDate')} />}
          </Field>
          <Field name="bonus" label={t('benefit.bonus')} error={fieldErrors.bonus}>
            {(p) => <input {...p} inputMode="decimal" {...register('bonus')} />}
          </Field>
          <Field name="extensionMonths" label={t('benefit.extension')} error={fieldErrors.extensionMonths}>
            {(p) => <input {...p} type="number" min={0} max={12} {...register('extensionMonths')} />}
          </Field>
          <Field name="priorDaysOff" label={t('benefit.priorDaysOff')}>
            {(p) => <input {...p} type="number" min={0} {...register('priorUse.daysOff')} />}
          </Field>
          <Field name="priorSick" label={t('benefit.priorSick')}>
            {(p) => <input {...p} type="number" min={0} {...register('priorUse.sickDays')} />}
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
                  {...register(`days.${d}`)}
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
