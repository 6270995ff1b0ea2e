import { useState } from 'react';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import type { Volunteer } from './volunteers';
import { type VolunteerForm, VolunteerFields, volunteerBody, volunteerLabels } from './volunteers-fields';
import './volunteers.i18n';

type Agreement = Volunteer['agreements'][number];

/** Correcting a volunteer's record (the same checks as a new one; a stale form is refused with 409). */
export function VolunteerEditForm({ v, onChange }: { v: Volunteer; onChange: (v: Volunteer) => void }) {
  const [open, setOpen] = useState(false);
  const initial = (): VolunteerForm => ({
    firstName: v.firstName,
    lastName: v.lastName,
    sex: v.sex as string,
    birthDate: v.birthDate,
    email: v.email ?? '',
    phone: v.phone ?? '',
    guardianName: v.guardianName ?? '',
    guardianConsentOn: v.guardianConsentOn ?? '',
    insuranceNote: v.insuranceNote ?? '',
  });
  const [f, setF] = useState(initial);
  const { fieldErrors, formError, busy, run } = useSubmit();
  if (!open)
    return (
      <p>
        <button
          type="button"
          onClick={() => {
            setF(initial());
            setOpen(true);
          }}
        >
          {t('volunteers.edit')}
        </button>
      </p>
    );
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="ve-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await run(() =>
          api<Volunteer>('PATCH', `/api/v1/volunteers/${v.id}`, { ...volunteerBody(f), version: v.version }),
        );
        if (saved) {
          onChange(saved);
          setOpen(false);
        }
      }}
    >
      <h2 id="ve-title">{t('volunteers.editTitle')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={volunteerLabels()} />
      <VolunteerFields prefix="ve." form={f} onChange={setF} fieldErrors={fieldErrors} />
      <button type="submit" className="primary" disabled={busy}>
        {t('volunteers.saveChanges')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('volunteers.cancel')}
      </button>
    </form>
  );
}

/** Correcting one agreement: its number stays; the 30-day rule and the recorded activities still hold. */
export function AgreementCorrection({
  volunteerId,
  a,
  onChange,
}: {
  volunteerId: string;
  a: Agreement;
  onChange: (v: Volunteer) => void;
}) {
  const [open, setOpen] = useState(false);
  const initial = () => ({
    signedOn: a.signedOn,
    validFrom: a.validFrom,
    validUntil: a.validUntil ?? '',
    scope: a.scope,
    written: a.written,
  });
  const [f, setF] = useState(initial);
  const { fieldErrors, formError, busy, run } = useSubmit();
  if (!open)
    return (
      <button
        type="button"
        className="link"
        aria-label={t('volunteers.correctAgreementButton', { number: a.number })}
        onClick={() => {
          setF(initial());
          setOpen(true);
        }}
      >
        {t('volunteers.correct')}
      </button>
    );
  const labels: Record<string, string> = {
    signedOn: t('volunteers.signedOn'),
    validFrom: t('volunteers.validFrom'),
    validUntil: t('volunteers.validUntil'),
    scope: t('volunteers.scope'),
    written: t('volunteers.writtenLabel'),
  };
  const key = `ac${a.id.slice(0, 8)}`;
  const date = (k: 'signedOn' | 'validFrom' | 'validUntil', required: boolean) => (
    <Field name={`${key}.${k}`} label={labels[k]!} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} type="date" value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />}
    </Field>
  );
  return (
    <form
      className="card"
      noValidate
      aria-label={t('volunteers.correctAgreementOf', { number: a.number })}
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await run(() =>
          api<Volunteer>('PATCH', `/api/v1/volunteers/${volunteerId}/agreements/${a.id}`, {
            ...f,
            validUntil: f.validUntil || null,
            version: a.version,
          }),
        );
        if (saved) {
          onChange(saved);
          setOpen(false);
        }
      }}
    >
      <h3>{t('volunteers.correctAgreementOf', { number: a.number })}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {date('signedOn', true)}
      {date('validFrom', true)}
      {date('validUntil', false)}
      <Field name={`${key}.scope`} label={labels.scope!} error={fieldErrors.scope} required>
        {(p) => (
          <textarea {...p} rows={2} value={f.scope} onChange={(e) => setF({ ...f, scope: e.target.value })} />
        )}
      </Field>
      <div className={`field${fieldErrors.written ? ' field-invalid' : ''}`}>
        <label htmlFor={`${key}-written`}>
          <input
            id={`${key}-written`}
            type="checkbox"
            checked={f.written}
            onChange={(e) => setF({ ...f, written: e.target.checked })}
            {...(fieldErrors.written
              ? { 'aria-invalid': true, 'aria-describedby': `${key}-written-error` }
              : {})}
          />{' '}
          {labels.written}
        </label>
        {fieldErrors.written && (
          <p className="field-error" id={`${key}-written-error`}>
            {fieldErrors.written}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('volunteers.saveChanges')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('volunteers.cancel')}
      </button>
    </form>
  );
}
