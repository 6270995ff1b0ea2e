/** The form that registers a new person (with the duplicate check). */
import { useState } from 'react';
import type { DuplicateCandidate, Participant } from '../../../src/contracts/participant.contract';
import { validateNrb } from '../../../src/domain/identifiers/nrb';
import { validatePesel } from '../../../src/domain/identifiers/pesel';
import { ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api, ApiError } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { linkProps } from '../router';
import { AddressFields, isMinor, MinorConfirmation, recordLabels } from './participant-record';

export function NewParticipant({
  canSeeSensitive,
  isDirector,
  onDone,
}: {
  canSeeSensitive: boolean;
  isDirector: boolean;
  onDone: () => void;
}) {
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
  };
  const [form, setForm] = useState(empty);
  const [confirmMinor, setConfirmMinor] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const { fieldErrors, formError, setFormError, busy, run } = useSubmit();
  const pesel = form.pesel.trim() ? validatePesel(form.pesel) : null;
  const nrb = form.bankAccount.trim() ? validateNrb(form.bankAccount) : null;
  const live: Record<string, string> = {};
  if (pesel && !pesel.valid && form.pesel.trim().length >= 11) live.pesel = pesel.message;
  if (nrb && !nrb.valid && form.bankAccount.replace(/\D/g, '').length >= 26) live.bankAccount = nrb.message;
  const err = (k: string) => fieldErrors[k] ?? live[k];
  const labels = recordLabels();
  const birthDate = pesel?.valid ? pesel.birthDate : form.birthDate;

  async function submit(acknowledge: boolean) {
    const body = {
      ...form,
      pesel: form.pesel || null,
      birthDate: form.birthDate || null,
      sex: form.sex || null,
      bankAccount: form.bankAccount || null,
      educationLevel: form.educationLevel || null,
      eligibilityJustification: form.eligibilityJustification || null,
      acknowledgeDuplicates: acknowledge,
      confirmMinor,
    };
    const created = await run(async () => {
      try {
        return await api<Participant>('POST', '/api/v1/participants', body);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'POSSIBLE_DUPLICATE')
          setDuplicates((error.details as { candidates: DuplicateCandidate[] }).candidates);
        throw error;
      }
    });
    if (created) {
      setDuplicates([]);
      setForm(empty);
      onDone();
    }
  }

  return (
    <section className="card" aria-labelledby="new-participant">
      <h2 id="new-participant">{t('participants.add')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
      >
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
            <button
              type="button"
              onClick={() => {
                setFormError(null);
                void submit(true);
              }}
            >
              {t('participants.saveAnyway')}
            </button>
          </div>
        )}
        <div className="row">
          <Field name="firstName" label={labels.firstName} error={err('firstName')} required>
            {(p) => (
              <input
                {...p}
                value={form.firstName}
                onChange={(e) => setForm({ ...form, firstName: e.target.value })}
              />
            )}
          </Field>
          <Field name="lastName" label={labels.lastName} error={err('lastName')} required>
            {(p) => (
              <input
                {...p}
                value={form.lastName}
                onChange={(e) => setForm({ ...form, lastName: e.target.value })}
              />
            )}
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
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                maxLength={11}
                value={form.pesel}
                onChange={(e) => setForm({ ...form, pesel: e.target.value.replace(/\D/g, '') })}
              />
            )}
          </Field>
          {!pesel?.valid && (
            <>
              <Field name="birthDate" label={labels.birthDate} error={err('birthDate')}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    value={form.birthDate}
                    onChange={(e) => setForm({ ...form, birthDate: e.target.value })}
                  />
                )}
              </Field>
              <Field name="sex" label={labels.sex} error={err('sex')}>
                {(p) => (
                  <select {...p} value={form.sex} onChange={(e) => setForm({ ...form, sex: e.target.value })}>
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
          <MinorConfirmation isDirector={isDirector} checked={confirmMinor} onChange={setConfirmMinor} />
        )}
        <AddressFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} err={err} />
        <div className="row">
          <Field name="phone" label={t('participants.phone')} error={err('phone')}>
            {(p) => (
              <input
                {...p}
                type="tel"
                value={form.phone}
                onChange={(e) => setForm({ ...form, phone: e.target.value })}
              />
            )}
          </Field>
          <Field name="bankAccount" label={labels.bankAccount} error={err('bankAccount')}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={form.bankAccount}
                onChange={(e) => setForm({ ...form, bankAccount: e.target.value })}
              />
            )}
          </Field>
        </div>
        {canSeeSensitive && (
          <>
            <CheckboxGroup
              name="eligibilityGroups"
              legend={t('participants.groups')}
              value={form.eligibilityGroups}
              onChange={(v) => setForm({ ...form, eligibilityGroups: v })}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              error={fieldErrors.eligibilityGroups}
            />
            <Field
              name="eligibilityJustification"
              label={t('participants.justification')}
              error={err('eligibilityJustification')}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  value={form.eligibilityJustification}
                  onChange={(e) => setForm({ ...form, eligibilityJustification: e.target.value })}
                />
              )}
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
