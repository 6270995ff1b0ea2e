import {
  type Art200AgreementDetail,
  Art200EnrolmentEndSchema,
  Art200EnrolmentInputSchema,
} from '../../../src/contracts/art200.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import './art200.i18n';

/** The end of a person's activities: the last day (not before a recorded day) and why. */
export function EndForm({
  agreementId,
  enrolment,
  onDone,
}: {
  agreementId: string;
  enrolment: Art200AgreementDetail['enrolments'][number];
  onDone: () => Promise<void>;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    endedOn: string;
    reason: string;
  }>({
    defaultValues: { endedOn: '', reason: '' },
    schema: Art200EnrolmentEndSchema.omit({ version: true }),
  });
  const labels = { endedOn: t('a200.endedOn'), reason: t('a200.endReason') };
  const submit = onSubmit(async (v) => {
    await api<Art200AgreementDetail>(
      'POST',
      `/api/v1/art200/agreements/${agreementId}/enrolments/${enrolment.id}/end`,
      { ...v, version: enrolment.version },
    );
    await onDone();
  });
  return (
    <section className="card" aria-labelledby="a200-end">
      <h3 id="a200-end">{t('a200.endTitle', { name: `${enrolment.lastName} ${enrolment.firstName}` })}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field name="endedOn" label={labels.endedOn} error={fieldErrors.endedOn} required>
            {(f) => <input {...f} type="date" {...register('endedOn')} />}
          </Field>
          <Field name="reason" label={labels.reason} error={fieldErrors.reason} required>
            {(f) => <input {...f} {...register('reason')} />}
          </Field>
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('a200.endSave')}
          </button>
        </p>
      </form>
    </section>
  );
}

const EMPTY = { firstName: '', lastName: '', pesel: '', pupReference: '', startDate: '', plannedEndDate: '' };

/** A person enrolled under the agreement; the PESEL (optional) checked in the browser as by the server. */
export function EnrolForm({ agreementId, onDone }: { agreementId: string; onDone: () => Promise<void> }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<typeof EMPTY>({
    defaultValues: EMPTY,
    schema: Art200EnrolmentInputSchema,
  });
  const labels: Record<keyof typeof EMPTY, string> = {
    firstName: t('a200.firstName'),
    lastName: t('a200.lastName'),
    pesel: t('a200.pesel'),
    pupReference: t('a200.pupReference'),
    startDate: t('a200.startDate'),
    plannedEndDate: t('a200.plannedEndDate'),
  };
  const submit = onSubmit(async (v) => {
    await api<Art200AgreementDetail>('POST', `/api/v1/art200/agreements/${agreementId}/enrolments`, {
      ...v,
      pesel: v.pesel || null,
      pupReference: v.pupReference || null,
    });
    form.reset(EMPTY);
    await onDone();
  });
  const input = (k: keyof typeof EMPTY, required: boolean, type = 'text') => (
    <Field name={k} label={labels[k]} error={fieldErrors[k]} required={required}>
      {(f) => <input {...f} type={type} {...register(k)} />}
    </Field>
  );
  return (
    <section className="card" aria-labelledby="a200-enrol">
      <h2 id="a200-enrol">{t('a200.enrolTitle')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          {input('lastName', true)}
          {input('firstName', true)}
          {input('pesel', false)}
          {input('pupReference', false)}
        </div>
        <div className="row">
          {input('startDate', true, 'date')}
          {input('plannedEndDate', true, 'date')}
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('a200.enrol')}
          </button>
        </p>
      </form>
    </section>
  );
}
