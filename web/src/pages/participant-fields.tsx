/** The pieces of a participant's record shared by registration and correction: labels, address, the minor check. */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { polishDate } from '../../../src/domain/calendar';
import { validateNrb } from '../../../src/domain/identifiers/nrb';
import { validatePesel } from '../../../src/domain/identifiers/pesel';
import { ageOn } from '../../../src/domain/participants/record-rules';
import { Field } from '../components/form';
import { t } from '../i18n';
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

/**
 * While typing: a complete PESEL or account number that fails its check is named at once (before saving),
 * and a valid PESEL is decoded.
 */
export function liveIdentifiers(peselText: string, bankText: string) {
  const pesel = peselText.trim() ? validatePesel(peselText) : null;
  const nrb = bankText.trim() ? validateNrb(bankText) : null;
  const live: Record<string, string> = {};
  if (pesel && !pesel.valid && peselText.trim().length >= 11) live.pesel = pesel.message;
  if (nrb && !nrb.valid && bankText.replace(/\D/g, '').length >= 26) live.bankAccount = nrb.message;
  return { pesel, live };
}

/** The PESEL input keeps only digits, as it is typed. */
export const digitsOnly = (field: UseFormRegisterReturn): UseFormRegisterReturn => ({
  ...field,
  onChange: (e: { target: { value: string } }) => {
    e.target.value = e.target.value.replace(/\D/g, '');
    return field.onChange(e);
  },
});

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
  register,
  err,
  prefix = '',
}: {
  register: (key: keyof AddressForm) => UseFormRegisterReturn;
  err: (key: string) => string | undefined;
  prefix?: string;
}) {
  const text = (key: keyof AddressForm, type = 'text', autoComplete?: string) => (
    <Field name={`${prefix}${key}`} label={recordLabels()[key]} error={err(key)}>
      {(p) => <input {...p} type={type} autoComplete={autoComplete ?? 'off'} {...register(key)} />}
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
            <select {...p} {...register('educationLevel')}>
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

/** The director's explicit confirmation for a person under 18 (the Act sets no age); others see why they cannot. */
export function MinorConfirmation({
  isDirector,
  checkbox,
}: {
  isDirector: boolean;
  /** The form's `register('confirmMinor')`. */
  checkbox: UseFormRegisterReturn;
}) {
  return (
    <div className="alert alert-demo" role="note">
      <p>{t('rec.minorHint')}</p>
      {isDirector && (
        <label className="check">
          <input type="checkbox" {...checkbox} />
          {t('rec.confirmMinor')}
        </label>
      )}
    </div>
  );
}
