import { useEffect, useState } from 'react';
import type { Role } from '../../../src/contracts/common';
import type { Participant, ParticipantChange } from '../../../src/contracts/participant.contract';
import { polishDate } from '../../../src/domain/calendar';
import { validateNrb } from '../../../src/domain/identifiers/nrb';
import { validatePesel } from '../../../src/domain/identifiers/pesel';
import { ageOn, editableFields } from '../../../src/domain/participants/record-rules';
import { ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { formatDateTime, t } from '../i18n';
import './records.i18n';

const EDUCATION = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;

/** The label of every field of the record, for forms, error summaries and the history. */
export function recordLabels() {
  return {
    firstName: t('participants.firstName'),
    lastName: t('participants.lastName'),
    pesel: 'PESEL',
    birthDate: t('participants.birthDate'),
    sex: t('participants.sex'),
    citizenship: t('rec.citizenship'),
    street: t('rec.street'),
    buildingNo: t('rec.buildingNo'),
    flatNo: t('rec.flatNo'),
    postalCode: t('rec.postalCode'),
    city: t('rec.city'),
    gminaCode: t('rec.gminaCode'),
    phone: t('participants.phone'),
    email: t('rec.email'),
    educationLevel: t('rec.education'),
    bankAccount: t('participants.bankAccount'),
    paidInCash: t('rec.paidInCash'),
    eligibilityGroups: t('participants.groups'),
    eligibilityJustification: t('participants.justification'),
  };
}

export const formatNrb = (nrb: string) =>
  nrb.replace(
    /^(\d{2})(\d+)$/,
    (_, cc: string, rest: string) => `${cc} ${rest.replace(/(\d{4})(?=\d)/g, '$1 ')}`,
  );

/** Whether a birth date makes the person a minor today (Polish time). */
export const isMinor = (birthDate: string | null | undefined) =>
  !!birthDate && ageOn(birthDate, polishDate(new Date())) < 18;

export type AddressForm = {
  street: string;
  buildingNo: string;
  flatNo: string;
  postalCode: string;
  city: string;
  email: string;
  educationLevel: string;
};

/** Address, e-mail and education: asked at registration and correctable later (reports and EU data need them). */
export function AddressFields({
  form,
  onChange,
  err,
  prefix = '',
}: {
  form: AddressForm;
  onChange: (patch: Partial<AddressForm>) => void;
  err: (key: string) => string | undefined;
  prefix?: string;
}) {
  const text = (key: keyof AddressForm, type = 'text', autoComplete?: string) => (
    <Field name={`${prefix}${key}`} label={recordLabels()[key]} error={err(key)}>
      {(p) => (
        <input
          {...p}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          value={form[key]}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <div className="row">
        {text('street')}
        {text('buildingNo')}
        {text('flatNo')}
      </div>
      <div className="row">
        {text('postalCode')}
        {text('city')}
      </div>
      <div className="row">
        {text('email', 'email')}
        <Field name={`${prefix}educationLevel`} label={t('rec.education')} error={err('educationLevel')}>
          {(p) => (
            <select
              {...p}
              value={form.educationLevel}
              onChange={(e) => onChange({ educationLevel: e.target.value })}
            >
              <option value="">{t('edu.none')}</option>
              {EDUCATION.map((level) => (
                <option key={level} value={level}>
                  {t(`edu.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

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
  const showsBank = !participant.hidden.includes('payment');
  const initial = formOf(participant, showsBank);
  const [form, setForm] = useState(initial);
  const [confirmMinor, setConfirmMinor] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels: Record<string, string> = recordLabels();
  const pesel = form.pesel.trim() ? validatePesel(form.pesel) : null;
  const nrb = form.bankAccount.trim() ? validateNrb(form.bankAccount) : null;
  const live: Record<string, string> = {};
  if (pesel && !pesel.valid && form.pesel.trim().length >= 11) live.pesel = pesel.message;
  if (nrb && !nrb.valid && form.bankAccount.replace(/\D/g, '').length >= 26) live.bankAccount = nrb.message;
  const err = (k: string) => fieldErrors[k] ?? live[k];
  const can = (f: string) => editable.has(f as never);
  const set = (patch: Partial<EditForm>) => setForm({ ...form, ...patch });
  const birthDate = pesel?.valid ? pesel.birthDate : form.birthDate;
  const minorNow = isMinor(birthDate) && birthDate !== participant.birthDate;

  async function submit() {
    const body: Record<string, unknown> = { version: participant.version };
    for (const key of Object.keys(form) as (keyof EditForm)[]) {
      if (!can(key)) continue;
      const value = form[key];
      if (JSON.stringify(value) === JSON.stringify(initial[key])) continue;
      body[key] = typeof value === 'string' && key !== 'citizenship' ? value.trim() || null : value;
    }
    if (pesel?.valid) {
      delete body.birthDate;
      delete body.sex;
    }
    if (confirmMinor) body.confirmMinor = true;
    if (Object.keys(body).length === 1) return onSaved(null);
    const saved = await run(() => api<Participant>('PATCH', `/api/v1/participants/${participant.id}`, body));
    if (saved) onSaved(saved);
  }

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
            value={form[key] as string}
            onChange={(e) => set({ [key]: e.target.value })}
          />
        )}
      </Field>
    );

  return (
    <section className="card" aria-labelledby="edit-participant">
      <h2 id="edit-participant">{t('rec.editTitle')}</h2>
      <p className="muted">{t('rec.editHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
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
                    <select {...p} value={form.sex} onChange={(e) => set({ sex: e.target.value })}>
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
          <MinorConfirmation
            isDirector={roles.includes('DIRECTOR')}
            checked={confirmMinor}
            onChange={setConfirmMinor}
          />
        )}
        {can('phone') && (
          <div className="row">
            {text('phone', { type: 'tel' })}
            {text('citizenship')}
          </div>
        )}
        {can('street') && <AddressFields form={form} onChange={set} err={err} prefix="edit-" />}
        {can('bankAccount') && (
          <div className="row">
            {text('bankAccount', {
              inputMode: 'numeric',
              ...(showsBank
                ? {}
                : {
                    hint: `${t('rec.bankWriteOnly')} (${participant.bankAccountSet ? t('rec.bankSet') : t('rec.bankNotSet')})`,
                  }),
            })}
          </div>
        )}
        {can('paidInCash') && (
          <label className="check">
            <input
              type="checkbox"
              checked={form.paidInCash}
              onChange={(e) => set({ paidInCash: e.target.checked })}
            />
            {labels.paidInCash}
          </label>
        )}
        {can('eligibilityGroups') && !participant.hidden.includes('sensitive') && (
          <>
            <CheckboxGroup
              name="edit-eligibilityGroups"
              legend={labels.eligibilityGroups!}
              value={form.eligibilityGroups}
              onChange={(v) => set({ eligibilityGroups: v })}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              error={fieldErrors.eligibilityGroups}
            />
            <Field
              name="edit-eligibilityJustification"
              label={labels.eligibilityJustification!}
              error={err('eligibilityJustification')}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  value={form.eligibilityJustification}
                  onChange={(e) => set({ eligibilityJustification: e.target.value })}
                />
              )}
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

/** The director's explicit confirmation for a person under 18 (the Act sets no age); others see why they cannot. */
export function MinorConfirmation({
  isDirector,
  checked,
  onChange,
}: {
  isDirector: boolean;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="alert alert-demo" role="note">
      <p>{t('rec.minorHint')}</p>
      {isDirector && (
        <label className="check">
          <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
          {t('rec.confirmMinor')}
        </label>
      )}
    </div>
  );
}

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('rec.empty');
  if (field === 'sex') return t(`sex.${value as 'F'}`);
  if (field === 'educationLevel') return t(`edu.${value as '0'}`);
  if (field === 'paidInCash') return value ? t('form.yes') : t('form.no');
  if (field === 'bankAccount') return formatNrb(String(value));
  if (field === 'eligibilityGroups')
    return (value as string[]).length
      ? (value as string[]).map((g) => t(`group.${g as 'OTHER'}`)).join(', ')
      : t('rec.empty');
  return String(value);
}

/** Who corrected what and when (old → new); withheld values say only that one was entered. */
export function ParticipantHistory({ participantId, version }: { participantId: string; version: number }) {
  const [items, setItems] = useState<ParticipantChange[] | null>(null);
  useEffect(() => {
    api<{ items: ParticipantChange[] }>('GET', `/api/v1/participants/${participantId}/changes`)
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, [participantId, version]);
  const labels: Record<string, string> = recordLabels();
  return (
    <section className="card" aria-labelledby="record-history">
      <h2 id="record-history">{t('rec.history')}</h2>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('rec.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {items.map((c) => (
            <li key={c.id}>
              <strong>
                {t('rec.historyBy', { when: formatDateTime(c.changedAt), who: c.changedBy ?? '—' })}
              </strong>
              <ul>
                {c.changes.map((f) => (
                  <li key={f.field}>
                    {labels[f.field] ?? t('audit.detail.other')}:{' '}
                    {f.hidden
                      ? f.set
                        ? t('rec.hiddenSet')
                        : t('rec.hiddenCleared')
                      : `${formatValue(f.field, f.from)} → ${formatValue(f.field, f.to)}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
