/** A programme's content (IPZS or KIS contract): the form's values, the body sent, and the fields. */
import type { UseFormRegister } from 'react-hook-form';
import type { Programme } from '../../../src/contracts/pathway.contract';
import { td, t } from '../i18n';
import { FormInput } from './pathway-field';
import { lines, orNull } from './pathway-shared';
import './pathway.i18n';

export type ContentForm = {
  admissionDate: string;
  workshop: string;
  weeklyHours: string;
  disabilityDegree: string;
  vocationalScope: string;
  vocationalForms: string;
  socialScope: string;
  socialForms: string;
  persons: string;
  contractNumber: string;
  contractOps: string;
  contractFrom: string;
  contractTo: string;
  plannedEnd: string;
  reason: string;
};

export const contentForm = (p?: Programme): ContentForm => ({
  admissionDate: p?.admissionDate ?? '',
  workshop: p?.workshop ?? '',
  weeklyHours: p?.weeklyHours != null ? String(p.weeklyHours) : '35',
  disabilityDegree: p?.disabilityDegree ?? 'NONE',
  vocationalScope: p?.vocationalScope ?? '',
  vocationalForms: p?.vocationalForms ?? '',
  socialScope: p?.socialScope ?? '',
  socialForms: p?.socialForms ?? '',
  persons: (p?.responsiblePersons ?? []).map((r) => `${r.name} — ${r.role}`).join('\n'),
  contractNumber: p?.contractNumber ?? '',
  contractOps: p?.contractOps ?? '',
  contractFrom: p?.contractFrom ?? '',
  contractTo: p?.contractTo ?? '',
  plannedEnd: p?.kind === 'KIS_CONTRACT' ? p.plannedEnd : '',
  reason: '',
});

export function contentBody(form: ContentForm, kis: boolean) {
  const persons = lines(form.persons).map((l) => {
    const [name, ...role] = l.split(/\s+[—–-]\s+/);
    return { name: name!.trim(), role: role.join(' — ').trim() || '—' };
  });
  return {
    admissionDate: form.admissionDate,
    workshop: orNull(form.workshop),
    weeklyHours: form.weeklyHours ? Number(form.weeklyHours.replace(',', '.')) : null,
    disabilityDegree: form.disabilityDegree,
    vocationalScope: form.vocationalScope,
    vocationalForms: form.vocationalForms,
    socialScope: form.socialScope,
    socialForms: form.socialForms,
    responsiblePersons: persons,
    ...(kis
      ? {
          contractNumber: orNull(form.contractNumber),
          contractOps: orNull(form.contractOps),
          contractFrom: orNull(form.contractFrom),
          contractTo: orNull(form.contractTo),
          plannedEnd: orNull(form.plannedEnd),
        }
      : {}),
  };
}

/** The programme's written parts (the scopes and forms of support, the responsible persons) and their rows. */
const TEXTS = [
  ['vocationalScope', 3],
  ['vocationalForms', 2],
  ['socialScope', 3],
  ['socialForms', 2],
  ['persons', 3],
] as const;

export function ProgrammeFields({
  register,
  errors,
  kis,
  lockAdmission,
}: {
  register: UseFormRegister<ContentForm>;
  errors: Record<string, string>;
  kis: boolean;
  lockAdmission?: boolean;
}) {
  return (
    <>
      <div className="row">
        {!lockAdmission && (
          <FormInput
            register={register}
            name="admissionDate"
            label={t('prog.admissionDate')}
            type="date"
            errors={errors}
            required
          />
        )}
        <FormInput register={register} name="workshop" label={t('prog.workshop')} errors={errors} />
        {!kis && (
          <FormInput
            register={register}
            name="weeklyHours"
            label={t('prog.weeklyHours')}
            type="number"
            errors={errors}
            required
            hint={t('prog.weeklyHoursHint')}
          />
        )}
        {!kis && (
          <FormInput
            register={register}
            name="disabilityDegree"
            label={t('prog.disability')}
            errors={errors}
            options={['NONE', 'MILD', 'MODERATE', 'SIGNIFICANT'].map((d) => ({
              value: d,
              label: td(`prog.disability.${d}`),
            }))}
          />
        )}
      </div>
      {kis && (
        <div className="row">
          <FormInput
            register={register}
            name="contractNumber"
            label={t('prog.contractNumber')}
            errors={errors}
            required
          />
          <FormInput register={register} name="contractOps" label={t('prog.contractOps')} errors={errors} />
          <FormInput
            register={register}
            name="contractFrom"
            label={t('prog.contractFrom')}
            type="date"
            errors={errors}
          />
          <FormInput
            register={register}
            name="contractTo"
            label={t('prog.contractTo')}
            type="date"
            errors={errors}
          />
          <FormInput
            register={register}
            name="plannedEnd"
            label={t('prog.kisEnd')}
            type="date"
            errors={errors}
            required
          />
        </div>
      )}
      {TEXTS.map(([name, rows]) => (
        <FormInput
          key={name}
          register={register}
          name={name}
          label={t(`prog.${name}`)}
          errors={errors}
          rows={rows}
        />
      ))}
    </>
  );
}
