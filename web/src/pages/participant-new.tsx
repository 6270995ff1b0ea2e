/** The form that registers a new person (with the duplicate check). */
import { useState } from 'react';
import { z } from 'zod';
import {
  type DuplicateCandidate,
  type Participant,
  ParticipantCreateSchema,
} from '../../../src/contracts/participant.contract';
import { ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api, ApiError } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { linkProps } from '../router';
import {
  AddressFields,
  digitsOnly,
  isMinor,
  liveIdentifiers,
  MinorConfirmation,
  recordLabels,
} from './participant-fields';

const empty = {
  firstName: '',
  lastName: '',
  pesel: '',
  birthDate: '',
  sex: '',
  phone: '',
  street: '',
  buildingNo: '',
  flatNo: '',
  postalCode: '',
  city: '',
  email: '',
  educationLevel: '',
  bankAccount: '',
  eligibilityGroups: [] as string[],
  eligibilityJustification: '',
  confirmMinor: false,
};
type NewForm = typeof empty;

/** The registration as sent: a field left blank is no value. */
const bodyOf = (form: NewForm, acknowledgeDuplicates: boolean) => ({
  ...form,
  pesel: form.pesel || null,
  birthDate: form.birthDate || null,
  sex: form.sex || null,
  bankAccount: form.bankAccount || null,
  educationLevel: form.educationLevel || null,
  eligibilityJustification: form.eligibilityJustification || null,
  acknowledgeDuplicates,
});

/** The browser checks exactly what the server will (the contract, PESEL or birth date and sex included). */
const newForm = z.preprocess((v) => bodyOf(v as NewForm, false), ParticipantCreateSchema);

export function NewParticipant({
  canSeeSensitive,
  isDirector,
  onDone,
}: {
  canSeeSensitive: boolean;
  isDirector: boolean;
  onDone: () => void;
}) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<NewForm>({
    defaultValues: empty,
    schema: newForm,
  });
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [peselText, bankText, birthDateText] = form.watch(['pesel', 'bankAccount', 'birthDate']);
  const { pesel, live } = liveIdentifiers(peselText, bankText);
  const err = (k: string) => fieldErrors[k] ?? live[k];
  const labels = recordLabels();
  const birthDate = pesel?.valid ? pesel.birthDate : birthDateText;

  const save = (acknowledge: boolean) =>
    onSubmit(async (values) => {
      try {
        await api<Participant>('POST', '/api/v1/participants', bodyOf(values, acknowledge));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'POSSIBLE_DUPLICATE')
          setDuplicates((error.details as { candidates: DuplicateCandidate[] }).candidates);
        throw error;
      }
      setDuplicates([]);
      form.reset(empty);
      onDone();
    });

  return (
    <section className="card" aria-labelledby="new-participant">
      <h2 id="new-participant">{t('participants.add')}</h2>
      <form noValidate onSubmit={save(false)}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        {duplicates.length > 0 && (
          <div className="alert alert-demo" role="alert">
            <p>{t('participants.duplicates')}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <a {...linkProps(`/participants/${d.id}`)}>
                    {d.lastName} {d.firstName}
                  </a>{' '}
                  {d.birthDate}
                </li>
              ))}
            </ul>
            <button type="button" onClick={save(true)}>
              {t('participants.saveAnyway')}
            </button>
          </div>
        )}
        <div className="row">
          <Field name="firstName" label={labels.firstName} error={err('firstName')} required>
            {(p) => <input {...p} {...register('firstName')} />}
          </Field>
          <Field name="lastName" label={labels.lastName} error={err('lastName')} required>
            {(p) => <input {...p} {...register('lastName')} />}
          </Field>
        </div>
        <div className="row">
          <Field
            name="pesel"
            label="PESEL"
            error={err('pesel')}
            hint={
              pesel?.valid
                ? t('participants.peselDecoded', { date: pesel.birthDate, sex: t(`sex.${pesel.sex}`) })
                : t('participants.peselHint')
            }
          >
            {(p) => <input {...p} inputMode="numeric" maxLength={11} {...digitsOnly(register('pesel'))} />}
          </Field>
          {!pesel?.valid && (
            <>
              <Field name="birthDate" label={labels.birthDate} error={err('birthDate')}>
                {(p) => <input {...p} type="date" {...register('birthDate')} />}
              </Field>
              <Field name="sex" label={labels.sex} error={err('sex')}>
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
        {isMinor(birthDate) && (
          <MinorConfirmation isDirector={isDirector} checkbox={register('confirmMinor')} />
        )}
        <AddressFields register={register} err={err} />
        <div className="row">
          <Field name="phone" label={t('participants.phone')} error={err('phone')}>
            {(p) => <input {...p} type="tel" {...register('phone')} />}
          </Field>
          <Field name="bankAccount" label={labels.bankAccount} error={err('bankAccount')}>
            {(p) => <input {...p} inputMode="numeric" {...register('bankAccount')} />}
          </Field>
        </div>
        {canSeeSensitive && (
          <>
            <CheckboxGroup
              name="eligibilityGroups"
              legend={t('participants.groups')}
              value={form.watch('eligibilityGroups')}
              onChange={(v) => form.setValue('eligibilityGroups', v, { shouldDirty: true })}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              error={fieldErrors.eligibilityGroups}
            />
            <Field
              name="eligibilityJustification"
              label={t('participants.justification')}
              error={err('eligibilityJustification')}
            >
              {(p) => <textarea {...p} rows={3} {...register('eligibilityJustification')} />}
            </Field>
          </>
        )}
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One participant, showing only the fields the caller's role may see (sensitive reads are audited by the server). */
