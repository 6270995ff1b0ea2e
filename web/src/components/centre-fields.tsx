import type { CentreInputRaw } from '../../../src/contracts/centre.contract';
import { validateNip } from '../../../src/domain/identifiers/nip';
import { validateRegon } from '../../../src/domain/identifiers/regon';
import { td, t } from '../i18n';
import { Field, type FieldErrors } from './form';
import { GminaPicker } from './gmina-picker';

export type CentreForm = Omit<CentreInputRaw, 'flatNo' | 'email' | 'phone'> & {
  flatNo: string;
  email: string;
  phone: string;
};

export const emptyCentre: CentreForm = {
  type: 'CIS',
  name: '',
  regon: '',
  nip: '',
  street: '',
  buildingNo: '',
  flatNo: '',
  postalCode: '',
  city: '',
  gminaCode: '',
  email: '',
  phone: '',
  foundingInstitutionName: '',
  foundingInstitutionType: 'JST',
  statusDate: '',
};

export const centreLabels = (type: string): Record<string, string> => ({
  type: t('centre.type'),
  name: t('centre.name'),
  regon: t('centre.regon'),
  nip: t('centre.nip'),
  street: t('centre.street'),
  buildingNo: t('centre.buildingNo'),
  flatNo: t('centre.flatNo'),
  postalCode: t('centre.postalCode'),
  city: t('centre.city'),
  gminaCode: t('centre.gmina'),
  email: t('centre.email'),
  phone: t('centre.phone'),
  foundingInstitutionName: t('centre.foundingName'),
  foundingInstitutionType: t('centre.foundingType'),
  statusDate: td(`centre.statusDate.${type}`),
});

/** Live check digit validation in the browser, with the same domain code the server uses. */
export function liveCentreErrors(form: CentreForm): FieldErrors {
  const errors: FieldErrors = {};
  if (form.regon.replace(/\D/g, '').length >= 9) {
    const r = validateRegon(form.regon);
    if (!r.valid) errors.regon = r.message;
  }
  if (form.nip.replace(/\D/g, '').length >= 10) {
    const r = validateNip(form.nip);
    if (!r.valid) errors.nip = r.message;
  }
  return errors;
}

/** The fields describing a centre (setup page, centre settings, new centre). */
export function CentreFields({
  form,
  set,
  errors,
  disabled,
  idPrefix = '',
}: {
  form: CentreForm;
  set: (patch: Partial<CentreForm>) => void;
  errors: FieldErrors;
  disabled?: boolean;
  idPrefix?: string;
}) {
  const live = liveCentreErrors(form);
  const err = (name: string) => errors[name] ?? live[name];
  const labels = centreLabels(form.type);
  const text = (
    name: keyof CentreForm,
    opts: {
      required?: boolean;
      type?: string;
      autoComplete?: string;
      hint?: string;
      inputMode?: 'numeric' | 'tel' | 'email';
    } = {},
  ) => (
    <Field
      name={idPrefix + name}
      label={labels[name]!}
      error={err(name)}
      required={opts.required}
      {...(opts.hint ? { hint: opts.hint } : {})}
    >
      {(p) => (
        <input
          {...p}
          type={opts.type ?? 'text'}
          value={String(form[name] ?? '')}
          disabled={disabled}
          autoComplete={opts.autoComplete}
          inputMode={opts.inputMode}
          onChange={(e) => set({ [name]: e.target.value } as Partial<CentreForm>)}
        />
      )}
    </Field>
  );
  return (
    <>
      <Field name={`${idPrefix}type`} label={labels.type!} error={err('type')} required>
        {(p) => (
          <select
            {...p}
            value={form.type}
            disabled={disabled}
            onChange={(e) => set({ type: e.target.value as 'CIS' | 'KIS' })}
          >
            <option value="CIS">{t('centreType.CIS')}</option>
            <option value="KIS">{t('centreType.KIS')}</option>
          </select>
        )}
      </Field>
      {text('name', { required: true, autoComplete: 'organization' })}
      <div className="row">
        {text('regon', { required: true, inputMode: 'numeric' })}
        {text('nip', { required: true, inputMode: 'numeric' })}
      </div>
      <div className="row">
        {text('street', { required: true, autoComplete: 'address-line1' })}
        {text('buildingNo', { required: true })}
        {text('flatNo')}
      </div>
      <div className="row">
        {text('postalCode', { required: true, autoComplete: 'postal-code' })}
        {text('city', { required: true, autoComplete: 'address-level2' })}
      </div>
      <Field
        name={`${idPrefix}gminaCode`}
        label={labels.gminaCode!}
        error={err('gminaCode')}
        hint={t('centre.gminaHint')}
        required
      >
        {(p) => (
          <GminaPicker
            id={p.id}
            value={form.gminaCode}
            invalid={p['aria-invalid']}
            describedBy={p['aria-describedby']}
            onChange={(code) => set({ gminaCode: code })}
          />
        )}
      </Field>
      <div className="row">
        {text('email', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
        {text('phone', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
      </div>
      {text('foundingInstitutionName', { required: true })}
      <Field
        name={`${idPrefix}foundingInstitutionType`}
        label={labels.foundingInstitutionType!}
        error={err('foundingInstitutionType')}
        required
      >
        {(p) => (
          <select
            {...p}
            value={form.foundingInstitutionType}
            disabled={disabled}
            onChange={(e) =>
              set({ foundingInstitutionType: e.target.value as CentreForm['foundingInstitutionType'] })
            }
          >
            {(['JST', 'NGO', 'CHURCH_LEGAL_PERSON', 'SOCIAL_COOPERATIVE'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`founding.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('statusDate', { required: true, type: 'date' })}
    </>
  );
}

/** The form's values as the API expects them (empty optional fields as null). */
export function centrePayload(form: CentreForm): CentreInputRaw {
  return { ...form, flatNo: form.flatNo || null, email: form.email || null, phone: form.phone || null };
}
