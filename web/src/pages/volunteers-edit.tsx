import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { EmailSchema, IsoDateSchema } from '../../../src/contracts/common';
import { AgreementCreateSchema, VolunteerCreateSchema } from '../../../src/contracts/volunteers.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import type { Volunteer } from './volunteers';
import { type VolunteerForm, VolunteerFields, volunteerBody, volunteerLabels } from './volunteers-fields';
import './volunteers.i18n';

type Agreement = Volunteer['agreements'][number];

/** The contract's checks of a volunteer's record, on the text the form holds (blank optional fields). */
export const volunteerForm = VolunteerCreateSchema.extend({
  email: orEmpty(EmailSchema),
  guardianConsentOn: orEmpty(IsoDateSchema),
});

/** The contract's checks of an agreement (no end date left blank). */
export const agreementForm = AgreementCreateSchema.extend({ validUntil: orEmpty(IsoDateSchema) });
export type AgreementValues = z.input<typeof agreementForm> & { validUntil: string };

/** The shared volunteer fields report the whole record; each field goes into the form. */
export function setFields(form: UseFormReturn<VolunteerForm>, next: VolunteerForm) {
  for (const [name, value] of Object.entries(next)) form.setValue(name as keyof VolunteerForm, value);
}

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
  const { form, fieldErrors, formError, busy, onSubmit } = useApiForm<VolunteerForm>({
    defaultValues: initial(),
    schema: volunteerForm,
  });
  const f = form.watch();
  const save = onSubmit(async (values) => {
    const saved = await api<Volunteer>('PATCH', `/api/v1/volunteers/${v.id}`, {
      ...volunteerBody(values),
      version: v.version,
    });
    onChange(saved);
    setOpen(false);
  });
  if (!open)
    return (
      <p>
        <button
          type="button"
          onClick={() => {
            form.reset(initial());
            setOpen(true);
          }}
        >
          {t('volunteers.edit')}
        </button>
      </p>
    );
  return (
    <form className="card" noValidate aria-labelledby="ve-title" onSubmit={save}>
      <h2 id="ve-title">{t('volunteers.editTitle')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={volunteerLabels()} />
      <VolunteerFields
        prefix="ve."
        form={f}
        onChange={(next) => setFields(form, next)}
        fieldErrors={fieldErrors}
      />
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
  const initial = (): AgreementValues => ({
    signedOn: a.signedOn,
    validFrom: a.validFrom,
    validUntil: a.validUntil ?? '',
    scope: a.scope,
    written: a.written,
  });
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<AgreementValues>({
    defaultValues: initial(),
    schema: agreementForm,
  });
  const save = onSubmit(async (f) => {
    const saved = await api<Volunteer>('PATCH', `/api/v1/volunteers/${volunteerId}/agreements/${a.id}`, {
      ...f,
      validUntil: f.validUntil || null,
      version: a.version,
    });
    onChange(saved);
    setOpen(false);
  });
  if (!open)
    return (
      <button
        type="button"
        className="link"
        aria-label={t('volunteers.correctAgreementButton', { number: a.number })}
        onClick={() => {
          form.reset(initial());
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
      {(p) => <input {...p} type="date" {...register(k)} />}
    </Field>
  );
  return (
    <form
      className="card"
      noValidate
      aria-label={t('volunteers.correctAgreementOf', { number: a.number })}
      onSubmit={save}
    >
      <h3>{t('volunteers.correctAgreementOf', { number: a.number })}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {date('signedOn', true)}
      {date('validFrom', true)}
      {date('validUntil', false)}
      <Field name={`${key}.scope`} label={labels.scope!} error={fieldErrors.scope} required>
        {(p) => <textarea {...p} rows={2} {...register('scope')} />}
      </Field>
      <div className={`field${fieldErrors.written ? ' field-invalid' : ''}`}>
        <label htmlFor={`${key}-written`}>
          <input
            id={`${key}-written`}
            type="checkbox"
            {...register('written')}
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
