import { useId } from 'react';
import {
  CONTRACT_TYPES,
  EMPLOYMENT_FORMS,
  SOCIAL_EFFECTS,
  WORK_SITUATIONS,
} from '../../../src/domain/reports/outcomes';
import { td, t } from '../i18n';
import './reports.i18n';

/** The person's situation in the reports' categories, as the exit and follow-up forms hold it ('' = not given). */
export interface SituationForm {
  work: string;
  employmentForm: string;
  contractType: string;
  socialEffects: string[];
}
export const emptySituation: SituationForm = {
  work: '',
  employmentForm: '',
  contractType: '',
  socialEffects: [],
};

/** The request body part: undefined when staff gave no situation (the exit type or outcome decides). */
export function situationBody(s: SituationForm) {
  if (!s.work) return undefined;
  const employed = s.work === 'EMPLOYMENT';
  return {
    work: s.work,
    employmentForm: employed && s.employmentForm ? s.employmentForm : null,
    contractType: employed && s.contractType ? s.contractType : null,
    socialEffects: s.socialEffects,
  };
}

/** Fields for the situation after an exit or at a follow-up (the annual report's outcome rows). */
export function SituationFields({
  value,
  onChange,
  errors = {},
}: {
  value: SituationForm;
  onChange: (v: SituationForm) => void;
  errors?: Record<string, string>;
}) {
  const id = useId();
  const select = (name: 'work' | 'employmentForm' | 'contractType', options: readonly string[]) => (
    <div className={`field${errors[`situation.${name}`] ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{t(`outcome.${name}`)}</label>
      <select
        id={`${id}-${name}`}
        value={value[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
      >
        <option value="">{t('outcome.notGiven')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {td(`outcome.${name}.${o}`)}
          </option>
        ))}
      </select>
      {errors[`situation.${name}`] && <p className="field-error">{errors[`situation.${name}`]}</p>}
    </div>
  );
  return (
    <fieldset className="field">
      <legend>{t('outcome.legend')}</legend>
      <p className="hint">{t('outcome.hint')}</p>
      {select('work', WORK_SITUATIONS)}
      {value.work === 'EMPLOYMENT' && (
        <>
          {select('employmentForm', EMPLOYMENT_FORMS)}
          {select('contractType', CONTRACT_TYPES)}
        </>
      )}
      <fieldset>
        <legend>{t('outcome.socialEffects')}</legend>
        {SOCIAL_EFFECTS.map((e) => (
          <label key={e} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={value.socialEffects.includes(e)}
              onChange={(ev) =>
                onChange({
                  ...value,
                  socialEffects: ev.target.checked
                    ? [...value.socialEffects, e]
                    : value.socialEffects.filter((x) => x !== e),
                })
              }
            />{' '}
            {t(`outcome.socialEffects.${e}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
