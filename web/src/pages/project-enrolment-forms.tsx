import { z } from 'zod';
import {
  type Enrolment,
  EnrolmentCreateSchema,
  EnrolmentUpdateSchema,
  type Project,
} from '../../../src/contracts/projects.contract';
import { requiredText, UuidSchema } from '../../../src/contracts/common';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, t } from '../i18n';
import { useApiQuery } from '../query';
import './projects.i18n';

const FLAGS = ['YES', 'NO', 'REFUSED'] as const;
const STATUSES = ['UNEMPLOYED', 'INACTIVE', 'EMPLOYED'] as const;
const EXITS = ['JOB_SEARCHING', 'EDUCATION', 'QUALIFICATION', 'EMPLOYED', 'SELF_EMPLOYED', 'OTHER'] as const;
const FLAG_FIELDS = ['foreignOrigin', 'thirdCountryNational', 'minority', 'homeless', 'disability'] as const;

type EnrolValues = {
  participantId: string;
  projectStart: string;
  supportStart: string;
  supportForms: string[];
};
const NO_ONE: EnrolValues = { participantId: '', projectStart: '', supportStart: '', supportForms: [] };

/** The body sent: the support starts with the project unless another day is given. */
const enrolBody = (v: EnrolValues) => ({
  participantId: v.participantId,
  projectStart: v.projectStart,
  supportStart: v.supportStart || v.projectStart,
  supportForms: v.supportForms,
});
/** The contract on the exact body; no one chosen is said as a required field, not as a wrong identifier. */
const enrolForm = z
  .custom<EnrolValues>()
  .transform((v): unknown => enrolBody(v))
  .pipe(EnrolmentCreateSchema.extend({ participantId: requiredText(36).pipe(UuidSchema) }));

/** A participant enrolled in the project: who, from when, and which of the project's forms of support. */
export function EnrolForm({
  projectId,
  project,
  onDone,
}: {
  projectId: string;
  project: Project;
  onDone: () => Promise<void>;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<EnrolValues>({
    defaultValues: NO_ONE,
    schema: enrolForm,
  });
  const people =
    useApiQuery<{ items: { id: string; firstName: string; lastName: string }[] }>(
      '/api/v1/participants?pageSize=500',
    ).data?.items ?? [];
  const labels = {
    participantId: t('prj.enrolWho'),
    projectStart: t('prj.projectStart'),
    supportStart: t('prj.supportStart'),
  };
  const chosen = form.watch('supportForms');
  const submit = onSubmit(async (v) => {
    await api('POST', `/api/v1/projects/${projectId}/participants`, enrolBody(v));
    form.reset(NO_ONE);
    await onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="prj-enrol">
      <h3 id="prj-enrol">{t('prj.enrol')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Field name="participantId" label={labels.participantId} error={fieldErrors.participantId} required>
          {(p) => (
            <select {...p} {...register('participantId')}>
              <option value="">{t('prj.choose')}</option>
              {people.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.lastName} {x.firstName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="projectStart" label={labels.projectStart} error={fieldErrors.projectStart} required>
          {(p) => <input {...p} type="date" {...register('projectStart')} />}
        </Field>
        <Field name="supportStart" label={labels.supportStart} error={fieldErrors.supportStart}>
          {(p) => <input {...p} type="date" {...register('supportStart')} />}
        </Field>
      </div>
      {project.supportForms.length > 0 && (
        <fieldset className="field">
          <legend>{t('prj.supportForms')}</legend>
          {project.supportForms.map((f) => (
            <label key={f} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(f)}
                onChange={(e) =>
                  form.setValue(
                    'supportForms',
                    e.target.checked ? [...chosen, f] : chosen.filter((x) => x !== f),
                  )
                }
              />
              {f}
            </label>
          ))}
        </fieldset>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('prj.enrol')}
        </button>
      </div>
    </form>
  );
}

type EditValues = {
  projectEnd: string;
  supportEnd: string;
  labourMarketStatus: string;
  longTermUnemployed: boolean;
  degurba: string;
  exitSituation: string;
  exitAsPlanned: string;
  businessStartedOn: string;
  notes: string;
} & Record<(typeof FLAG_FIELDS)[number], string>;

const orNull = (s: string) => (s === '' ? null : s);
/** The body sent for the form's choices ("not set" is null; the long-term flag only for the unemployed). */
const editBody = (v: EditValues) => ({
  projectEnd: orNull(v.projectEnd),
  supportEnd: orNull(v.supportEnd),
  labourMarketStatus: orNull(v.labourMarketStatus),
  longTermUnemployed: v.labourMarketStatus === 'UNEMPLOYED' ? v.longTermUnemployed : null,
  degurba: orNull(v.degurba),
  exitSituation: orNull(v.exitSituation),
  exitAsPlanned: v.exitAsPlanned === '' ? null : v.exitAsPlanned === 'true',
  businessStartedOn: orNull(v.businessStartedOn),
  notes: orNull(v.notes),
  ...Object.fromEntries(FLAG_FIELDS.map((f) => [f, orNull(v[f])])),
});
/** The contract on the exact body (its version is the one the form was opened with). */
const editForm = z
  .custom<EditValues>()
  .transform((v): unknown => editBody(v))
  .pipe(EnrolmentUpdateSchema.omit({ version: true }));

const editValues = (e: Enrolment): EditValues => ({
  projectEnd: e.projectEnd ?? '',
  supportEnd: e.supportEnd ?? '',
  labourMarketStatus: e.labourMarketStatus ?? '',
  longTermUnemployed: e.longTermUnemployed ?? false,
  degurba: e.degurba ?? '',
  exitSituation: e.exitSituation ?? '',
  exitAsPlanned: e.exitAsPlanned === null ? '' : String(e.exitAsPlanned),
  businessStartedOn: e.businessStartedOn ?? '',
  notes: e.notes ?? '',
  foreignOrigin: e.foreignOrigin ?? '',
  thirdCountryNational: e.thirdCountryNational ?? '',
  minority: e.minority ?? '',
  homeless: e.homeless ?? '',
  disability: e.disability ?? '',
});

/** The monitoring data of one enrolment that the participant's record does not hold (for the SM EFS export). */
export function EnrolmentForm({
  projectId,
  enrolment: e,
  onDone,
  onCancel,
}: {
  projectId: string;
  enrolment: Enrolment;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<EditValues>({
    defaultValues: editValues(e),
    schema: editForm,
  });
  const labels: Record<string, string> = {
    projectEnd: t('prj.projectEnd'),
    supportEnd: t('prj.supportEnd'),
    labourMarketStatus: t('prj.labourMarketStatus'),
    longTermUnemployed: t('prj.longTermUnemployed'),
    degurba: t('prj.degurba'),
    exitSituation: t('prj.exitSituation'),
    exitAsPlanned: t('prj.exitAsPlanned'),
    businessStartedOn: t('prj.businessStartedOn'),
    notes: t('prj.notes'),
    ...Object.fromEntries(FLAG_FIELDS.map((f) => [f, t(`prj.${f}`)])),
  };
  const submit = onSubmit(async (v) => {
    await api('PATCH', `/api/v1/projects/${projectId}/participants/${e.id}`, {
      version: e.version,
      ...editBody(v),
    });
    await onDone();
  });
  const select = (name: keyof EditValues, options: readonly string[], label: (o: string) => string) => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]}>
      {(p) => (
        <select {...p} {...register(name)}>
          <option value="">{t('prj.unset')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const date = (name: 'projectEnd' | 'supportEnd' | 'businessStartedOn') => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]}>
      {(p) => <input {...p} type="date" {...register(name)} />}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="prj-edit" className="card">
      <h3 id="prj-edit">
        {t('prj.edit')}: {e.fullName}
      </h3>
      <p className="hint">{t('prj.recordHint')}</p>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        {select('labourMarketStatus', STATUSES, (o) => td(`prj.status.${o}`))}
        {select('degurba', ['1', '2', '3'], (o) => td(`prj.degurba.${o}`))}
      </div>
      {form.watch('labourMarketStatus') === 'UNEMPLOYED' && (
        <label className="check">
          <input type="checkbox" {...register('longTermUnemployed')} />
          {t('prj.longTermUnemployed')}
        </label>
      )}
      <div className="row">
        {FLAG_FIELDS.map((f) => (
          <div key={f}>{select(f, FLAGS, (o) => td(`prj.flag.${o}`))}</div>
        ))}
      </div>
      <div className="row">
        {date('projectEnd')}
        {date('supportEnd')}
        {select('exitSituation', EXITS, (o) => td(`prj.exit.${o}`))}
        {select('exitAsPlanned', ['true', 'false'], (o) => t(o === 'true' ? 'prj.yes' : 'prj.no'))}
        {date('businessStartedOn')}
      </div>
      <Field name="notes" label={labels.notes!} error={fieldErrors.notes}>
        {(p) => <textarea {...p} rows={2} {...register('notes')} />}
      </Field>
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('prj.saveData')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('prj.cancel')}
        </button>
      </div>
    </form>
  );
}
