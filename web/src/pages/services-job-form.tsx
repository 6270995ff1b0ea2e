import { useEffect } from 'react';
import { JobCreateSchema, type Order } from '../../../src/contracts/services.contract';
import type { Assignment, Workshop } from '../../../src/contracts/workshop.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { todayPl } from './services-shared';
import './services.i18n';

type JobForm = {
  instructorId: string;
  fromDate: string;
  toDate: string;
  place: string;
  address: string;
  task: string;
  materials: string;
  crew: string[];
};

/** A job for a crew of the order's workshop: instructor, days, place, task and the people on it. */
export function JobForm({ order, onSaved }: { order: Order; onSaved: () => Promise<void> }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<JobForm>({
    defaultValues: {
      instructorId: '',
      fromDate: order.orderDate ?? todayPl(),
      toDate: order.orderDate ?? todayPl(),
      place: '',
      address: '',
      task: '',
      materials: '',
      crew: [],
    },
    // The contract's own checks (materials left blank are "none": the contract takes an empty text).
    schema: JobCreateSchema,
  });
  const workshops = useApiQuery<{ items: Workshop[] }>('/api/v1/workshops');
  const instructors = workshops.data?.items.find((w) => w.id === order.workshopId)?.instructors ?? [];
  const first = instructors[0]?.id ?? '';
  useEffect(() => {
    if (first && !form.getValues('instructorId')) form.setValue('instructorId', first);
  }, [first]);
  const [fromDate, toDate, crew] = form.watch(['fromDate', 'toDate', 'crew']);
  // The people assigned to the workshop during the job's days (the last list stays while the dates are wrong).
  const assignments = useApiQuery<{ items: Assignment[] }>(
    `/api/v1/workshops/${order.workshopId}/assignments?from=${fromDate}&to=${toDate}`,
    { enabled: !!fromDate && !!toDate && fromDate <= toDate, placeholderData: (previous) => previous },
  );
  const people = (assignments.error ? [] : (assignments.data?.items ?? [])).filter(
    (a, i, all) => all.findIndex((b) => b.participantId === a.participantId) === i,
  );
  const labels: Record<string, string> = {
    instructorId: t('sv.job.instructor'),
    fromDate: t('sv.job.from'),
    toDate: t('sv.job.to'),
    place: t('sv.job.place'),
    address: t('sv.job.address'),
    task: t('sv.job.task'),
    crew: t('sv.job.crew'),
  };
  crew.forEach((id, i) => {
    labels[`crew.${i}`] = people.find((p) => p.participantId === id)?.participantName ?? t('sv.job.crew');
  });
  const text = (k: 'place' | 'address' | 'task' | 'materials', area = false) => (
    <Field
      name={k}
      label={k === 'materials' ? t('sv.job.materials') : labels[k]!}
      error={fieldErrors[k]}
      required={k !== 'materials'}
    >
      {(p) => (area ? <textarea {...p} {...register(k)} /> : <input {...p} {...register(k)} />)}
    </Field>
  );
  const save = onSubmit(async (v) => {
    await api('POST', `/api/v1/services/orders/${order.id}/jobs`, { ...v, materials: v.materials || null });
    await onSaved();
  });
  return (
    <form onSubmit={save} noValidate>
      <h3>{t('sv.job.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="instructorId" label={labels.instructorId!} error={fieldErrors.instructorId}>
          {(p) => (
            <select {...p} {...register('instructorId')}>
              {instructors.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="fromDate" label={labels.fromDate!} error={fieldErrors.fromDate} required>
          {(p) => <input {...p} type="date" {...register('fromDate')} />}
        </Field>
        <Field name="toDate" label={labels.toDate!} error={fieldErrors.toDate} required>
          {(p) => <input {...p} type="date" {...register('toDate')} />}
        </Field>
        {text('place')}
        {text('address')}
      </div>
      {text('task', true)}
      {text('materials', true)}
      <fieldset>
        <legend>{labels.crew}</legend>
        {fieldErrors.crew && <p className="field-error">{fieldErrors.crew}</p>}
        {people.map((p) => {
          const index = crew.indexOf(p.participantId);
          const error = index >= 0 ? fieldErrors[`crew.${index}`] : undefined;
          return (
            <div key={p.participantId} className={error ? 'field-invalid' : undefined}>
              <label>
                <input
                  id={index >= 0 ? `f-crew-${index}` : undefined}
                  type="checkbox"
                  checked={index >= 0}
                  onChange={(e) =>
                    form.setValue(
                      'crew',
                      e.target.checked
                        ? [...crew, p.participantId]
                        : crew.filter((x) => x !== p.participantId),
                    )
                  }
                />{' '}
                {p.participantName}
              </label>
              {error && <p className="field-error">{error}</p>}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" disabled={busy}>
        {t('sv.job.add')}
      </button>
    </form>
  );
}
