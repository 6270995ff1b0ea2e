import { Field } from '../components/form';
import { t } from '../i18n';
import './volunteers.i18n';

/** A volunteer's record as the form holds it (empty strings for empty fields). */
export const blankVolunteer = {
  firstName: '',
  lastName: '',
  sex: '',
  birthDate: '',
  email: '',
  phone: '',
  guardianName: '',
  guardianConsentOn: '',
  insuranceNote: '',
};
export type VolunteerForm = typeof blankVolunteer;

/** The field labels, for the fields and the error summary. */
export const volunteerLabels = (): Record<string, string> => ({
  firstName: t('volunteers.firstName'),
  lastName: t('volunteers.lastName'),
  sex: t('volunteers.sex'),
  birthDate: t('volunteers.birthDate'),
  email: t('volunteers.email'),
  phone: t('volunteers.phone'),
  guardianName: t('volunteers.guardianName'),
  guardianConsentOn: t('volunteers.guardianConsentOn'),
  insuranceNote: t('volunteers.insuranceNote'),
});

/** What the API takes: empty optional fields as null, no sex chosen as absent (the server says it is missing). */
export const volunteerBody = (f: VolunteerForm) => ({
  ...f,
  sex: f.sex || undefined,
  email: f.email || null,
  phone: f.phone || null,
  guardianName: f.guardianName || null,
  guardianConsentOn: f.guardianConsentOn || null,
  insuranceNote: f.insuranceNote || null,
});

/** The fields of a volunteer's record, the same for a new volunteer and a correction. */
export function VolunteerFields({
  prefix,
  form,
  onChange,
  fieldErrors,
}: {
  /** Keeps the ids of two forms on one page apart ('' for the new-volunteer form). */
  prefix: string;
  form: VolunteerForm;
  onChange: (f: VolunteerForm) => void;
  fieldErrors: Record<string, string | undefined>;
}) {
  const labels = volunteerLabels();
  const input = (k: keyof VolunteerForm, type = 'text', required = false, hint?: string) => (
    <Field
      name={`${prefix}${k}`}
      label={labels[k]!}
      error={fieldErrors[k]}
      required={required}
      {...(hint ? { hint } : {})}
    >
      {(p) => (
        <input
          {...p}
          type={type}
          value={form[k]}
          onChange={(e) => onChange({ ...form, [k]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      {input('firstName', 'text', true)}
      {input('lastName', 'text', true)}
      <Field name={`${prefix}sex`} label={labels.sex!} error={fieldErrors.sex} required>
        {(p) => (
          <select {...p} value={form.sex} onChange={(e) => onChange({ ...form, sex: e.target.value })}>
            {form.sex === '' && <option value="">—</option>}
            <option value="F">{t('volunteers.sex.F')}</option>
            <option value="M">{t('volunteers.sex.M')}</option>
          </select>
        )}
      </Field>
      {input('birthDate', 'date', true)}
      {input('email', 'email')}
      {input('phone', 'tel')}
      {input('guardianName', 'text', false, t('volunteers.guardianHint'))}
      {input('guardianConsentOn', 'date')}
      {input('insuranceNote')}
    </>
  );
}
