import { z } from 'zod';
import {
  type Art200AgreementDetail,
  Art200AgreementInputSchema,
} from '../../../src/contracts/art200.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import type { Parameters } from './art200';
import './art200.i18n';

const LABELS = () => ({
  partnerId: t('a200.partner'),
  number: t('a200.number'),
  signedOn: t('a200.signedOn'),
  validFrom: t('a200.validFrom'),
  validUntil: t('a200.validUntil'),
  activities: t('a200.activities'),
  expectedEffects: t('a200.expectedEffects'),
  measurement: t('a200.measurement'),
  dailyHoursLimit: t('a200.dailyHoursLimit'),
  maxMonths: t('a200.maxMonths'),
  plannedPeople: t('a200.plannedPeople'),
});

type AgreementValues = {
  partnerId: string;
  number: string;
  signedOn: string;
  validFrom: string;
  validUntil: string;
  activities: string;
  expectedEffects: string;
  measurement: string;
  dailyHoursLimit: string;
  maxMonths: string;
  plannedPeople: string;
};

const num = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));
/** The body sent for the form's text (a blank optional field sends no value). */
const agreementBody = (v: AgreementValues) => ({
  ...v,
  signedOn: v.signedOn || null,
  dailyHoursLimit: num(v.dailyHoursLimit),
  maxMonths: num(v.maxMonths),
  plannedPeople: num(v.plannedPeople),
});
/** The browser checks exactly the body it will send, with the contract the server uses. */
const agreementForm = z
  .custom<AgreementValues>()
  .transform((v): unknown => agreementBody(v))
  .pipe(Art200AgreementInputSchema);

/** The form's text for an agreement as saved (a correction starts from it). */
const valuesOf = (a: Art200AgreementDetail): AgreementValues => ({
  partnerId: a.partner.id,
  number: a.number,
  signedOn: a.signedOn ?? '',
  validFrom: a.validFrom,
  validUntil: a.validUntil,
  activities: a.activities,
  expectedEffects: a.expectedEffects,
  measurement: a.measurement,
  dailyHoursLimit: String(a.dailyHoursLimit),
  maxMonths: String(a.maxMonths),
  plannedPeople: a.plannedPeople === null ? '' : String(a.plannedPeople),
});

/**
 * An agreement with the starosta: partner, number, dates, what is done, its expected effects and their
 * measure. New, or (with `initial`) its correction against the version shown; the server refuses a
 * correction that no longer fits the people enrolled or the hours recorded, at the field.
 */
export function AgreementForm({
  parameters,
  initial,
  onDone,
  onCancel,
}: {
  parameters: Parameters;
  initial?: Art200AgreementDetail;
  onDone: (a: Art200AgreementDetail) => Promise<void>;
  onCancel: () => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<AgreementValues>({
    defaultValues: initial
      ? valuesOf(initial)
      : {
          partnerId: '',
          number: '',
          signedOn: '',
          validFrom: '',
          validUntil: '',
          activities: '',
          expectedEffects: '',
          measurement: '',
          dailyHoursLimit: String(parameters?.maxHoursPerDay ?? 4),
          maxMonths: String(parameters?.maxMonths ?? 6),
          plannedPeople: '',
        },
    schema: agreementForm,
  });
  const offices = useApiQuery<{ items: { id: string; name: string }[] }>(
    '/api/v1/partners?kind=LABOUR_OFFICE',
  );
  const councils = useApiQuery<{ items: { id: string; name: string }[] }>(
    '/api/v1/partners?kind=LOCAL_GOVERNMENT',
  );
  const listed =
    offices.data && councils.data
      ? [...offices.data.items, ...councils.data.items].map((p) => ({ id: p.id, name: p.name }))
      : null;
  // A correction keeps its partner on the list even if the partner's kind was changed since.
  const partners =
    listed && initial && !listed.some((p) => p.id === initial.partner.id)
      ? [initial.partner, ...listed]
      : listed;
  const labels = LABELS();
  const submit = onSubmit(async (v) =>
    onDone(
      initial
        ? await api<Art200AgreementDetail>('PUT', `/api/v1/art200/agreements/${initial.id}`, {
            ...agreementBody(v),
            version: initial.version,
          })
        : await api<Art200AgreementDetail>('POST', '/api/v1/art200/agreements', agreementBody(v)),
    ),
  );
  const text = (k: keyof AgreementValues, required = true, type = 'text') => (
    <Field name={k} label={labels[k]} error={fieldErrors[k]} required={required}>
      {(f) => <input {...f} type={type} {...register(k)} />}
    </Field>
  );
  const area = (k: keyof AgreementValues) => (
    <Field name={k} label={labels[k]} error={fieldErrors[k]} required>
      {(f) => <textarea {...f} rows={3} {...register(k)} />}
    </Field>
  );
  const heading = initial ? 'a200-edit' : 'a200-new';
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{initial ? t('a200.correctTitle') : t('a200.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {partners?.length === 0 && <p className="alert">{t('a200.noPartners')}</p>}
      {/* A correction's partner is chosen once the list is there (the select shows the saved one). */}
      {initial && !partners ? (
        <p>{t('app.loading')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field name="partnerId" label={labels.partnerId} error={fieldErrors.partnerId} required>
            {(f) => (
              <select {...f} {...register('partnerId')}>
                <option value="">{t('a200.choose')}</option>
                {(partners ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="row">
            {text('number')}
            {text('signedOn', false, 'date')}
            {text('validFrom', true, 'date')}
            {text('validUntil', true, 'date')}
          </div>
          {area('activities')}
          {area('expectedEffects')}
          {area('measurement')}
          <div className="row">
            {text('dailyHoursLimit', true, 'number')}
            {text('maxMonths', true, 'number')}
            {text('plannedPeople', false, 'number')}
          </div>
          <p className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('a200.save')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('a200.cancel')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
