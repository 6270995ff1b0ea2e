import { useState } from 'react';
import { ActivityCreateSchema, OpinionSchema } from '../../../src/contracts/volunteers.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api, currentCsrfToken } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { errorText, fieldErrorText, t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { linkProps } from '../router';
import type { Volunteer } from './volunteers';
import {
  AgreementCorrection,
  type AgreementValues,
  agreementForm,
  VolunteerEditForm,
} from './volunteers-edit';
import './volunteers.i18n';

/** One volunteer: agreements (with the insurance note), activities and hours, and the papers on request. */
export function VolunteerRecord({ id, canManage }: { id: string; canManage: boolean }) {
  const url = `/api/v1/volunteers/${id}`;
  const v = useApiQuery<Volunteer>(url).data;
  // A write answers with the whole record: shown at once; the list and its hours are read again.
  const setV = (changed: Volunteer) => {
    queryClient.setQueryData([url], changed);
    void invalidate('/api/v1/volunteers');
  };
  if (!v) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/volunteers')}>{t('volunteers.back')}</a>
      </p>
      <h1>
        {v.firstName} {v.lastName}
        {v.minor && <span className="muted"> ({t('volunteers.minor')})</span>}
      </h1>
      <p>
        {t('volunteers.birthDate')}: {v.birthDate}
        {v.phone && ` · ${v.phone}`}
        {v.email && ` · ${v.email}`}
      </p>
      {v.guardianName && (
        <p>{t('volunteers.guardian', { name: v.guardianName, date: v.guardianConsentOn ?? '—' })}</p>
      )}
      {v.insuranceNote && <p>{v.insuranceNote}</p>}
      {canManage && <VolunteerEditForm key={v.version} v={v} onChange={setV} />}
      <section aria-labelledby="vo-agreements">
        <h2 id="vo-agreements">{t('volunteers.agreements')}</h2>
        {v.agreements.length === 0 ? (
          <p>{t('volunteers.noAgreements')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('volunteers.number')}</th>
                  <th scope="col">{t('volunteers.period')}</th>
                  <th scope="col">{t('volunteers.scope')}</th>
                  <th scope="col">{t('volunteers.written')}</th>
                  <th scope="col">{t('volunteers.insurance')}</th>
                  {canManage && <th scope="col">{t('volunteers.correction')}</th>}
                </tr>
              </thead>
              <tbody>
                {v.agreements.map((a) => (
                  <tr key={a.id}>
                    <td>{a.number}</td>
                    <td>
                      {a.validFrom} – {a.validUntil ?? t('volunteers.openEnded')}
                    </td>
                    <td>{a.scope}</td>
                    <td>{a.written ? t('form.yes') : t('form.no')}</td>
                    <td>{a.insurance}</td>
                    {canManage && (
                      <td>
                        <AgreementCorrection key={a.version} volunteerId={id} a={a} onChange={setV} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canManage && <AgreementForm id={id} onChange={setV} />}
      </section>
      <section aria-labelledby="vo-activities">
        <h2 id="vo-activities">{t('volunteers.activities')}</h2>
        {v.activities.length === 0 ? (
          <p>{t('volunteers.noActivities')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('volunteers.doneOn')}</th>
                  <th scope="col">{t('volunteers.activity')}</th>
                  <th scope="col">{t('volunteers.hours')}</th>
                </tr>
              </thead>
              <tbody>
                {v.activities.map((a) => (
                  <tr key={a.id}>
                    <td>{a.doneOn}</td>
                    <td>
                      {a.activity}
                      {a.description && <span className="muted"> — {a.description}</span>}
                    </td>
                    <td>{hoursText(a.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>{t('volunteers.total', { hours: hoursText(v.totalMinutes) })}</p>
        {canManage && <ActivityForm id={id} onChange={setV} />}
      </section>
      {canManage && v.activities.length > 0 && <Papers id={id} />}
    </main>
  );
}

function AgreementForm({ id, onChange }: { id: string; onChange: (v: Volunteer) => void }) {
  const blank: AgreementValues = { signedOn: '', validFrom: '', validUntil: '', scope: '', written: true };
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<AgreementValues>({
    defaultValues: blank,
    schema: agreementForm,
  });
  const add = onSubmit(async (f) => {
    onChange(
      await api<Volunteer>('POST', `/api/v1/volunteers/${id}/agreements`, {
        ...f,
        validUntil: f.validUntil || null,
      }),
    );
    form.reset(blank);
  });
  const labels: Record<string, string> = {
    signedOn: t('volunteers.signedOn'),
    validFrom: t('volunteers.validFrom'),
    validUntil: t('volunteers.validUntil'),
    scope: t('volunteers.scope'),
    written: t('volunteers.writtenLabel'),
  };
  const date = (k: 'signedOn' | 'validFrom' | 'validUntil', required: boolean) => (
    <Field
      name={k}
      label={labels[k]!}
      error={fieldErrors[k]}
      required={required}
      {...(k === 'validUntil' ? { hint: t('volunteers.validUntilHint') } : {})}
    >
      {(p) => <input {...p} type="date" {...register(k)} />}
    </Field>
  );
  return (
    <form className="card" noValidate onSubmit={add}>
      <h3>{t('volunteers.addAgreement')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {date('signedOn', true)}
      {date('validFrom', true)}
      {date('validUntil', false)}
      <Field name="scope" label={labels.scope!} error={fieldErrors.scope} required>
        {(p) => <textarea {...p} rows={2} {...register('scope')} />}
      </Field>
      <div className={`field${fieldErrors.written ? ' field-invalid' : ''}`}>
        <label htmlFor="f-written">
          <input
            id="f-written"
            type="checkbox"
            {...register('written')}
            {...(fieldErrors.written ? { 'aria-invalid': true, 'aria-describedby': 'f-written-error' } : {})}
          />{' '}
          {labels.written}
        </label>
        {fieldErrors.written && (
          <p className="field-error" id="f-written-error">
            {fieldErrors.written}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('volunteers.addAgreement')}
      </button>
    </form>
  );
}

/** The contract's checks of an activity; the minutes are text until sent. */
const activityForm = ActivityCreateSchema.extend({ minutes: numberText(ActivityCreateSchema.shape.minutes) });

function ActivityForm({ id, onChange }: { id: string; onChange: (v: Volunteer) => void }) {
  const blank = { doneOn: '', activity: '', description: '', minutes: '' };
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof blank>({
    defaultValues: blank,
    schema: activityForm,
  });
  const add = onSubmit(async (f) => {
    onChange(
      await api<Volunteer>('POST', `/api/v1/volunteers/${id}/activities`, {
        doneOn: f.doneOn,
        activity: f.activity,
        description: f.description || null,
        minutes: Number(f.minutes),
      }),
    );
    form.reset({ ...blank, activity: f.activity });
  });
  const labels: Record<string, string> = {
    doneOn: t('volunteers.doneOn'),
    activity: t('volunteers.activity'),
    description: t('volunteers.description'),
    minutes: t('volunteers.minutes'),
  };
  const input = (k: keyof typeof blank, type: string, required: boolean) => (
    <Field name={k} label={labels[k]!} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} type={type} {...register(k)} />}
    </Field>
  );
  return (
    <form className="card" noValidate onSubmit={add}>
      <h3>{t('volunteers.addActivity')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {input('doneOn', 'date', true)}
      {input('activity', 'text', true)}
      {input('description', 'text', false)}
      {input('minutes', 'number', true)}
      <button type="submit" className="primary" disabled={busy}>
        {t('volunteers.addActivity')}
      </button>
    </form>
  );
}

function Papers({ id }: { id: string }) {
  const [error, setError] = useState<string | null>(null);
  const { register, fieldErrors, onSubmit } = useApiForm<{ text: string }>({
    defaultValues: { text: '' },
    schema: OpinionSchema,
  });
  // The opinion comes back as a PDF, not JSON: its refusal is read here and shown at the field.
  const print = onSubmit(async ({ text }) => {
    setError(null);
    const response = await fetch(`/api/v1/volunteers/${id}/opinion.pdf`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': currentCsrfToken() ?? '' },
      body: JSON.stringify({ text }),
    });
    if (!response.ok) {
      const json = await response.json().catch(() => undefined);
      const field = json?.error?.details?.fields?.[0];
      setError(
        field
          ? fieldErrorText(field.code, field.message)
          : errorText(json?.error?.code ?? 'INTERNAL', json?.error?.message),
      );
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'opinia-wolontariusza.pdf';
    a.click();
    URL.revokeObjectURL(url);
  });
  return (
    <section aria-labelledby="vo-papers">
      <h2 id="vo-papers">{t('volunteers.papers')}</h2>
      <p>
        <a href={`/api/v1/volunteers/${id}/certificate.pdf`}>{t('volunteers.certificate')}</a>
      </p>
      <form className="card" noValidate onSubmit={print}>
        <Field
          name="opinion"
          label={t('volunteers.opinion')}
          error={fieldErrors.text ?? error ?? undefined}
          required
        >
          {(p) => <textarea {...p} rows={5} {...register('text')} />}
        </Field>
        <button type="submit" className="primary">
          {t('volunteers.opinionPrint')}
        </button>
      </form>
    </section>
  );
}
