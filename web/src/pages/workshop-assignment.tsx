import { useEffect } from 'react';
import {
  AssignmentCreateSchema,
  type Assignment,
  type Workshop,
} from '../../../src/contracts/workshop.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './workshops.i18n';

/** The contract's check of the date; the workshop is one of the list. */
const assignmentForm = AssignmentCreateSchema.pick({ fromDate: true });

/** A participant's workshop now and before; social workers and the director assign or move them. */
export function ParticipantWorkshop({
  participantId,
  canEdit,
  participating,
}: {
  participantId: string;
  canEdit: boolean;
  participating: boolean;
}) {
  const url = `/api/v1/participants/${participantId}/assignments`;
  const items = useApiQuery<{ items: Assignment[] }>(url).data?.items ?? null;
  const all = useApiQuery<{ items: Workshop[] }>('/api/v1/workshops', { enabled: canEdit }).data?.items;
  const workshops = (all ?? []).filter((w) => w.active);
  const firstOpen = workshops[0]?.id ?? '';
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<{
    workshopId: string;
    fromDate: string;
  }>({
    defaultValues: { workshopId: '', fromDate: polishDate(new Date()) },
    schema: assignmentForm,
  });
  // The first open workshop is chosen once the list is read.
  useEffect(() => {
    if (firstOpen && !form.getValues('workshopId')) form.setValue('workshopId', firstOpen);
  }, [firstOpen, form]);
  const submit = onSubmit(async (v) => {
    await api('POST', `/api/v1/workshops/${v.workshopId}/assignments`, {
      participantId,
      fromDate: v.fromDate,
    });
    await invalidate(url, '/api/v1/workshops');
  });
  if (!items) return null;
  const current = items.find((a) => a.toDate === null);
  return (
    <section className="card" aria-labelledby="asg">
      <h2 id="asg">{t('asg.title')}</h2>
      <p>
        {current ? (
          <>
            <strong>{current.workshopName}</strong> — {t('asg.from').toLowerCase()} {current.fromDate}
          </>
        ) : (
          <span className="muted">{t('asg.none')}</span>
        )}
      </p>
      {items.length > 1 && (
        <details>
          <summary>{t('asg.history')}</summary>
          <ul className="plain">
            {items.map((a) => (
              <li key={a.id}>
                {a.workshopName}: {a.fromDate} – {a.toDate ?? '…'}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canEdit &&
        workshops.length > 0 &&
        (participating ? (
          <form noValidate onSubmit={submit}>
            <h3>{current ? t('asg.move') : t('asg.assign')}</h3>
            <ErrorSummary
              errors={fieldErrors}
              formError={formError}
              labels={{ fromDate: t('asg.from'), participantId: t('asg.title') }}
            />
            <div className="row">
              <Field name="asg-workshop" label={t('asg.workshop')}>
                {(p) => (
                  <select {...p} {...register('workshopId')}>
                    {workshops.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name="asg-from" label={t('asg.from')} error={fieldErrors.fromDate}>
                {(p) => <input {...p} type="date" {...register('fromDate')} />}
              </Field>
            </div>
            <button type="submit" disabled={busy}>
              {current ? t('asg.move') : t('asg.assign')}
            </button>
          </form>
        ) : (
          <p className="hint">{t('asg.onlyActive')}</p>
        ))}
    </section>
  );
}
