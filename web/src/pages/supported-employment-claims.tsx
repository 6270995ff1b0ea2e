import { IsoDateSchema } from '../../../src/contracts/common';
import {
  SupportedClaimSchema,
  type SupportedEmployment,
} from '../../../src/contracts/supported-employment.contract';
import { addMonthsClamped } from '../../../src/domain/calendar';
import { checkClaim, SUPPORTED_EMPLOYMENT_RULES } from '../../../src/domain/placements/supported-employment';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { grosze, zlotyText } from '../components/zloty-text';
import { toGrosze } from './services-shared';
import './placements.i18n';

type Claim = SupportedEmployment['claims'][number];

/** The months of the refund period: the first 6 calendar months of employment ('2026-09' …). */
function refundMonths(from: string): string[] {
  return Array.from({ length: SUPPORTED_EMPLOYMENT_RULES.refundMonths }, (_, i) =>
    addMonthsClamped(`${from.slice(0, 7)}-01`, i).slice(0, 7),
  );
}

/** The refund period month by month: each claim's parts and total, the months still without a claim, the sums. */
export function Claims({ s, from }: { s: SupportedEmployment; from: string }) {
  const months = refundMonths(from);
  const byMonth = new Map(s.claims.map((c) => [c.month, c]));
  const sum = (f: (c: Claim) => number) => s.claims.reduce((a, c) => a + f(c), 0);
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('sup.claimsTitle', { from: months[0]!, to: months.at(-1)! })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sup.month')}</th>
            <th scope="col" className="num">
              {t('sup.wageGross')}
            </th>
            <th scope="col" className="num">
              {t('sup.refundWage')}
            </th>
            <th scope="col" className="num">
              {t('sup.refundContributions')}
            </th>
            <th scope="col" className="num">
              {t('sup.total')}
            </th>
            <th scope="col">{t('sup.receivedDue')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => {
            const c = byMonth.get(m);
            return (
              <tr key={m}>
                <th scope="row" className="nowrap" style={{ fontWeight: 'normal' }}>
                  {m} <span className="muted">({t('sup.nth', { n: i + 1 })})</span>
                </th>
                {c ? (
                  <>
                    <td className="num nowrap">{formatMoney(c.wageGross)}</td>
                    <td className="num nowrap">{formatMoney(c.refundWage)}</td>
                    <td className="num nowrap">{formatMoney(c.refundContributions)}</td>
                    <td className="num nowrap">
                      <strong>{formatMoney(c.total)}</strong>
                    </td>
                    <td className="nowrap">
                      {t('sup.receivedValue', { received: c.receivedOn })}
                      <br />
                      {t('sup.dueValue', { due: c.paymentDue })}
                      {c.paidOn && (
                        <>
                          <br />
                          {t('sup.paidOnValue', { paid: c.paidOn })}
                        </>
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={5} className="muted">
                    {t('sup.noClaim')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        {s.claims.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">{t('sup.sum')}</th>
              <td className="num nowrap">{formatMoney(sum((c) => c.wageGross))}</td>
              <td className="num nowrap">{formatMoney(sum((c) => c.refundWage))}</td>
              <td className="num nowrap">{formatMoney(sum((c) => c.refundContributions))}</td>
              <td className="num nowrap">
                <strong>{formatMoney(s.refundedTotal)}</strong>
              </td>
              <td>{t('sup.claimsCount', { count: s.claims.length })}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

type ClaimValues = {
  month: string;
  receivedOn: string;
  wageGross: string;
  refundWage: string;
  refundContributions: string;
  paidOn: string;
};
/** The contract's checks on the form's text (amounts typed in złoty; not paid yet leaves the day blank). */
const claimForm = SupportedClaimSchema.extend({
  wageGross: zlotyText(SupportedClaimSchema.shape.wageGross),
  refundWage: zlotyText(SupportedClaimSchema.shape.refundWage),
  refundContributions: zlotyText(SupportedClaimSchema.shape.refundContributions),
  paidOn: orEmpty(IsoDateSchema),
});

/** The employer's claim for one month of the refund period; the limit the server checks is shown before saving. */
export function ClaimForm({
  s,
  from,
  onSaved,
}: {
  s: SupportedEmployment;
  from: string;
  onSaved: (next: SupportedEmployment) => void;
}) {
  const months = refundMonths(from).filter((m) => !s.claims.some((c) => c.month === m));
  const blank: ClaimValues = {
    month: months[0] ?? '',
    receivedOn: '',
    wageGross: '',
    refundWage: '',
    refundContributions: '',
    paidOn: '',
  };
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ClaimValues>({
    defaultValues: blank,
    schema: claimForm,
  });
  const v = form.watch();
  const p = `claim-${s.id.slice(0, 8)}-`;
  const labels: Record<string, string> = {
    month: t('sup.month'),
    receivedOn: t('sup.receivedOn'),
    wageGross: t('sup.wageGross'),
    refundWage: t('sup.refundWage'),
    refundContributions: t('sup.refundContributions'),
    paidOn: t('sup.paidOn'),
  };
  // The limit the server checks, shown before saving (the same pure rule).
  const wage = toGrosze(v.wageGross);
  const preview =
    v.month && Number.isFinite(wage) && v.wageGross
      ? checkClaim({
          employmentFrom: from,
          month: v.month,
          wageGross: wage,
          refundWage: 0,
          refundContributions: 0,
        })
      : null;
  const refund = toGrosze(v.refundWage);
  const contributions = toGrosze(v.refundContributions);
  const submit = onSubmit(async (v) => {
    const saved = await api<SupportedEmployment>('POST', `/api/v1/supported-employment/${s.id}/claims`, {
      month: v.month,
      receivedOn: v.receivedOn,
      wageGross: grosze(v.wageGross),
      refundWage: grosze(v.refundWage),
      refundContributions: grosze(v.refundContributions),
      paidOn: v.paidOn || null,
    });
    onSaved(saved);
    const left = refundMonths(from).filter((m) => !saved.claims.some((c) => c.month === m));
    form.reset({ ...blank, month: left[0] ?? '' });
  });
  if (months.length === 0) return <p className="muted">{t('sup.allClaimed')}</p>;
  const money = (name: 'wageGross' | 'refundWage' | 'refundContributions', hint?: string) => (
    <Field
      name={`${p}${name}`}
      label={labels[name]!}
      error={fieldErrors[name]}
      required
      {...(hint ? { hint } : {})}
    >
      {(f) => <input {...f} inputMode="decimal" {...register(name)} />}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="subform">
      <h3>{t('sup.claimTitle')}</h3>
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(fieldErrors).map(([k, m]) => [`${p}${k}`, m]))}
        formError={formError}
        labels={Object.fromEntries(Object.entries(labels).map(([k, l]) => [`${p}${k}`, l]))}
      />
      <Field name={`${p}month`} label={labels.month!} error={fieldErrors.month} required>
        {(f) => (
          <select {...f} {...register('month')}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`${p}receivedOn`} label={labels.receivedOn!} error={fieldErrors.receivedOn} required>
        {(f) => <input {...f} type="date" {...register('receivedOn')} />}
      </Field>
      {money('wageGross')}
      {money(
        'refundWage',
        preview?.limit != null
          ? t('sup.limitHint', { limit: formatMoney(preview.limit) })
          : t('sup.limitHintEmpty'),
      )}
      {money('refundContributions', t('sup.contributionsHint'))}
      {Number.isFinite(refund) && Number.isFinite(contributions) && v.refundWage && v.refundContributions && (
        <p aria-live="polite">{t('sup.claimTotal', { total: formatMoney(refund + contributions) })}</p>
      )}
      <Field name={`${p}paidOn`} label={labels.paidOn!} error={fieldErrors.paidOn}>
        {(f) => <input {...f} type="date" {...register('paidOn')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('sup.saveClaim')}
      </button>
    </form>
  );
}
