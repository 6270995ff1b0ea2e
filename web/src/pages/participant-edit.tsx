import { useState } from 'react';
import { z } from 'zod';
import type { Role } from '../../../src/contracts/common';
import { type Participant, ParticipantUpdateSchema } from '../../../src/contracts/participant.contract';
import { editableFields } from '../../../src/domain/participants/record-rules';
import { ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate } from '../query';
import {
  AddressFields,
  type AddressForm,
  isMinor,
  liveIdentifiers,
  MinorConfirmation,
  recordLabels,
} from './participant-fields';
import './records.i18n';

type EditForm = AddressForm & {
  firstName: string;
  lastName: string;
  pesel: string;
  birthDate: string;
  sex: string;
  citizenship: string;
  phone: string;
  bankAccount: string;
  paidInCash: boolean;
  eligibilityGroups: string[];
  eligibilityJustification: string;
  confirmMinor: boolean;
};

const formOf = (p: Participant, showsBank: boolean): EditForm => ({
  firstName: p.firstName,
  lastName: p.lastName,
  pesel: p.pesel ?? '',
  birthDate: p.birthDate ?? '',
  sex: p.sex ?? '',
  citizenship: p.citizenship ?? 'PL',
  street: p.street ?? '',
  buildingNo: p.buildingNo ?? '',
  flatNo: p.flatNo ?? '',
  postalCode: p.postalCode ?? '',
  city: p.city ?? '',
  email: p.email ?? '',
  educationLevel: p.educationLevel ?? '',
  phone: p.phone ?? '',
  bankAccount: showsBank ? (p.bankAccount ?? '') : '',
  paidInCash: p.paidInCash ?? false,
  eligibilityGroups: p.eligibilityGroups ?? [],
  eligibilityJustification: p.eligibilityJustification ?? '',
  confirmMinor: false,
});

/**
 * Corrects a registered person's record: each role sees the fields it may change (decision 0002); a social
 * worker may enter a bank account she cannot read back. Only changed fields are sent, with the version seen.
 */
export function EditParticipant({
  participant,
  roles,
  onSaved,
  onCancel,
}: {
  participant: Participant;
  roles: readonly Role[];
  onSaved: (p: Participant | null) => void;
  onCancel: () => void;
}) {
  const editable = editableFields(roles);
  const can = (f: string) => editable.has(f as never);
  const showsBank = !participant.hidden.includes('payment');
  const [initial] = useState(() => formOf(participant, showsBank));

  /** The change as sent: the fields this role may change that differ from what was shown, with the version. */
  const bodyOf = (form: EditForm) => {
    const body: Record<string, unknown> = { version: participant.version };
    for (const key of Object.keys(form) as (keyof EditForm)[]) {
      if (!can(key)) continue;
      const value = form[key];
      if (JSON.stringify(value) === JSON.stringify(initial[key])) continue;
      body[key] = typeof value === 'string' && key !== 'citizenship' ? value.trim() || null : value;
    }
    if (liveIdentifiers(form.pesel, '').pesel?.valid) {
      delete body.birthDate;
      delete body.sex;
    }
    if (form.confirmMinor) body.confirmMinor = true;
    return body;
  };
  // The browser checks exactly the change the server will check (its contract), before anything is sent.
  const [schema] = useState(() => z.preprocess((v) => bodyOf(v as EditForm), ParticipantUpdateSchema));
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<EditForm>({
    defaultValues: initial,
    schema,
  });
  const labels: Record<string, string> = recordLabels();
  const [peselText, bankText, birthDateText] = form.watch(['pesel', 'bankAccount', 'birthDate']);
  const { pesel, live } = liveIdentifiers(peselText, bankText);
  const err = (k: string) => fieldErrors[k] ?? live[k];
  const birthDate = pesel?.valid ? pesel.birthDate : birthDateText;
  const minorNow = isMinor(birthDate) && birthDate !== participant.birthDate;

  const submit = onSubmit(async (values) => {
    const body = bodyOf(values);
    if (Object.keys(body).length === 1) return onSaved(null);
    const saved = await api<Participant>('PATCH', `/api/v1/participants/${participant.id}`, body);
    await invalidate(`/api/v1/participants/${participant.id}/changes`);
    onSaved(saved);
  });

  const text = (key: keyof EditForm, extra: { type?: string; hint?: string; inputMode?: 'numeric' } = {}) =>
    can(key) && (
      <Field
        name={`edit-${key}`}
        label={labels[key]!}
        error={err(key)}
        {...(extra.hint ? { hint: extra.hint } : {})}
      >
        {(p) => (
          <input
            {...p}
            type={extra.type ?? 'text'}
            autoComplete="off"
            {...(extra.inputMode ? { inputMode: extra.inputMode } : {})}
            {...register(key)}
          />
        )}
      </Field>
    );

  return (
    <section className="card" aria-labelledby="edit-participant">
      <h2 id="edit-participant">{t('rec.editTitle')}</h2>
      <p className="muted">{t('rec.editHint')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          errors={Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`edit-${k}`, v]))}
          formError={formError}
          labels={Object.fromEntries(Object.entries(labels).map(([k, v]) => [`edit-${k}`, v]))}
        />
        <div className="row">
          {text('firstName')}
          {text('lastName')}
        </div>
        {can('pesel') && (
          <div className="row">
            {text('pesel', {
              inputMode: 'numeric',
              hint: pesel?.valid
                ? t('participants.peselDecoded', { date: pesel.birthDate, sex: t(`sex.${pesel.sex}`) })
                : t('participants.peselHint'),
            })}
            {!pesel?.valid && (
              <>
                {text('birthDate', { type: 'date' })}
                <Field name="edit-sex" label={labels.sex!} error={err('sex')}>
                  {(p) => (
                    <select {...p} {...register('sex')}>
                      <option value="">—</option>
                      <option value="F">{t('sex.F')}</option>
                      <option value="M">{t('sex.M')}</option>
                    </select>
                  )}
                </Field>
              </>
            )}
          </div>
        )}
        {minorNow && (
          <MinorConfirmation isDirector={roles.includes('DIRECTOR')} checkbox={register('confirmMinor')} />
        )}
        {can('phone') && (
          <div className="row">
            {text('phone', { type: 'tel' })}
            {text('citizenship')}
          </div>
        )}
        {can('street') && <AddressFields register={register} err={err} prefix="edit-" />}
        {can('bankAccount') && (
          <div className="row">
            {text('bankAccount', {
              inputMode: 'numeric',
              ...(showsBank
                ? {}
                : {
                    hint:
                      `${t('rec.bankWriteOnly')}` +
                      ` (${participant.bankAccountSet ? t('rec.bankSet') : t('rec.bankNotSet')})`,
                  }),
            })}
          </div>
        )}
        {can('paidInCash') && (
          <label className="check">
            <input type="checkbox" {...register('paidInCash')} />
            {labels.paidInCash}
          </label>
        )}
        {can('eligibilityGroups') && !participant.hidden.includes('sensitive') && (
          <>
            <CheckboxGroup
              name="edit-eligibilityGroups"
              legend={labels.eligibilityGroups!}
              value={form.watch('eligibilityGroups')}
              onChange={(v) => form.setValue('eligibilityGroups', v, { shouldDirty: true })}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              error={fieldErrors.eligibilityGroups}
            />
            <Field
              name="edit-eligibilityJustification"
              label={labels.eligibilityJustification!}
              error={err('eligibilityJustification')}
            >
              {(p) => <textarea {...p} rows={3} {...register('eligibilityJustification')} />}
            </Field>
          </>
        )}
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
