import { useState } from 'react';
import { z } from 'zod';
import {
  type Art200Agreement,
  type Art200AgreementDetail,
  Art200AgreementInputSchema,
} from '../../../src/contracts/art200.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { invalidate, useApiQuery } from '../query';
import { t } from '../i18n';
import { linkProps, navigate } from '../router';
import { Art200AgreementView } from './art200-agreement';
import './art200.css';
import './art200.i18n';

type Parameters = { maxHoursPerDay: number; maxMonths: number; source: string; notApplicable: string } | null;
const hours = (h: number) => String(h).replace('.', ',');

/** The art. 200 track: the agreements with the starosta and a new one, or one agreement with its people and hours. */
export function Art200Page({
  path,
  canManage,
  canHours,
}: {
  path: string;
  canManage: boolean;
  canHours: boolean;
}) {
  const id = /^\/art200\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return id ? (
    <Art200AgreementView id={id} canManage={canManage} canHours={canHours} />
  ) : (
    <AgreementList canManage={canManage} />
  );
}

/** The limits in force and their source in plain Polish; what does not apply to these people. */
export function Art200Rules({ parameters }: { parameters: Parameters }) {
  if (!parameters) return null;
  return (
    <div className="a200-rules">
      <p>
        <strong>
          {t('a200.limits', { hours: hours(parameters.maxHoursPerDay), months: parameters.maxMonths })}
        </strong>{' '}
        {parameters.notApplicable}
      </p>
      <p className="hint">{t('a200.source', { source: parameters.source })}</p>
    </div>
  );
}

function AgreementList({ canManage }: { canManage: boolean }) {
  const list = useApiQuery<{ items: Art200Agreement[]; parameters: Parameters }>('/api/v1/art200/agreements');
  const data = list.data ?? null;
  const [creating, setCreating] = useState(false);
  return (
    <main id="main">
      <h1>{t('a200.title')}</h1>
      <p>{t('a200.lead')}</p>
      {data && <Art200Rules parameters={data.parameters} />}
      {list.error ? (
        <div className="alert alert-error" role="alert">
          {list.error.message}
        </div>
      ) : data === null ? (
        <p>{t('app.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('a200.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('a200.count', { count: data.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('a200.number')}</th>
                <th scope="col">{t('a200.partnerShort')}</th>
                <th scope="col">{t('a200.period')}</th>
                <th scope="col">{t('a200.activities')}</th>
                <th scope="col">{t('a200.dailyHoursLimit')}</th>
                <th scope="col">{t('a200.enrolled')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a {...linkProps(`/art200/${a.id}`)}>{a.number}</a>
                  </td>
                  <td>{a.partner.name}</td>
                  <td className="nowrap">
                    {a.validFrom} – {a.validUntil}
                  </td>
                  <td>{a.activities}</td>
                  <td>{hours(a.dailyHoursLimit)}</td>
                  <td>
                    {a.enrolled}
                    {a.plannedPeople ? ` / ${a.plannedPeople}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage &&
        (creating ? (
          <AgreementForm
            parameters={data?.parameters ?? null}
            onDone={async (a) => {
              await invalidate('/api/v1/art200');
              navigate(`/art200/${a.id}`);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('a200.new')}
            </button>
          </p>
        ))}
    </main>
  );
}

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

/** A new agreement with the starosta: partner, number, dates, what is done, its expected effects and their measure. */
function AgreementForm({
  parameters,
  onDone,
  onCancel,
}: {
  parameters: Parameters;
  onDone: (a: Art200AgreementDetail) => Promise<void>;
  onCancel: () => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<AgreementValues>({
    defaultValues: {
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
  const partners =
    offices.data && councils.data
      ? [...offices.data.items, ...councils.data.items].map((p) => ({ id: p.id, name: p.name }))
      : null;
  const labels = LABELS();
  const submit = onSubmit(async (v) =>
    onDone(await api<Art200AgreementDetail>('POST', '/api/v1/art200/agreements', agreementBody(v))),
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
  return (
    <section className="card" aria-labelledby="a200-new">
      <h2 id="a200-new">{t('a200.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {partners?.length === 0 && <p className="alert">{t('a200.noPartners')}</p>}
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
    </section>
  );
}
