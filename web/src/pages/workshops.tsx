import { useState } from 'react';
import { z } from 'zod';
import type { User } from '../../../src/contracts/user.contract';
import { WORKSHOP_TYPES, type Workshop, WorkshopInputSchema } from '../../../src/contracts/workshop.contract';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './workshops.i18n';

export { SocialActivities } from './social-activities';
export { ParticipantWorkshop } from './workshop-assignment';

type WorkshopFormValues = {
  name: string;
  type: string;
  place: string;
  capacity: string;
  instructorIds: string[];
  active: boolean;
};
const toForm = (w?: Workshop): WorkshopFormValues => ({
  name: w?.name ?? '',
  type: w?.type ?? 'GASTRONOMY',
  place: w?.place ?? '',
  capacity: w?.capacity ? String(w.capacity) : '',
  instructorIds: w?.instructors.map((i) => i.id) ?? [],
  active: w?.active ?? true,
});

/** The contract's checks on the text the form holds: the capacity typed as text, blank for none. */
const capacityNumber = (v: string) => (v ? Number(v) : null);
const workshopForm = WorkshopInputSchema.extend({
  capacity: z.string().transform(capacityNumber).pipe(WorkshopInputSchema.shape.capacity.unwrap()),
  active: z.boolean(),
});

/** The centre's workshops: who teaches where, how many people are in each today; the director adds and edits them. */
export function WorkshopsPage({ canManage }: { canManage: boolean }) {
  const items = useApiQuery<{ items: Workshop[] }>('/api/v1/workshops').data?.items ?? null;
  const users = useApiQuery<{ items: User[] }>('/api/v1/users', { enabled: canManage });
  const staff = (users.data?.items ?? []).filter((u) => u.isActive && u.roles.includes('INSTRUCTOR'));
  const [editing, setEditing] = useState<Workshop | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <main id="main">
      <h1>{t('ws.title')}</h1>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-ok">{status}</p>}
      </div>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('ws.none')}</p>
      ) : (
        <>
          <p className="muted">{t('ws.count', { count: items.length })}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('ws.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.name')}</th>
                  <th scope="col">{t('ws.type')}</th>
                  <th scope="col">{t('ws.place')}</th>
                  <th scope="col">{t('ws.instructors')}</th>
                  <th scope="col">{t('ws.assigned')}</th>
                  <th scope="col">{t('ws.capacity')}</th>
                  {canManage && (
                    <th scope="col">
                      <span className="sr-only">{t('ws.edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {items.map((w) => (
                  <tr key={w.id} className={w.active ? undefined : 'inactive'}>
                    <td>
                      {w.name}
                      {!w.active && <span className="muted"> ({t('ws.closed')})</span>}
                    </td>
                    <td>{t(`ws.type.${w.type}`)}</td>
                    <td>{w.place ?? '—'}</td>
                    <td>{w.instructors.map((i) => i.fullName).join(', ') || '—'}</td>
                    <td>{w.assigned}</td>
                    <td>{w.capacity ?? '—'}</td>
                    {canManage && (
                      <td className="actions">
                        <button
                          type="button"
                          onClick={() => setEditing(w)}
                          aria-label={`${t('ws.edit')}: ${w.name}`}
                        >
                          {t('ws.edit')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {canManage && editing === null && (
        <p>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('ws.add')}
          </button>
        </p>
      )}
      {canManage && editing !== null && (
        <WorkshopForm
          key={editing === 'new' ? 'new' : editing.id}
          workshop={editing === 'new' ? undefined : editing}
          staff={staff}
          onDone={async (name) => {
            setEditing(null);
            if (name) {
              setStatus(t('ws.saved', { name }));
              await invalidate('/api/v1/workshops');
            }
          }}
        />
      )}
    </main>
  );
}

function WorkshopForm({
  workshop,
  staff,
  onDone,
}: {
  workshop?: Workshop;
  staff: User[];
  onDone: (savedName?: string) => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<WorkshopFormValues>({
    defaultValues: toForm(workshop),
    schema: workshopForm,
  });
  const instructorIds = form.watch('instructorIds');
  const submit = onSubmit(async (v) => {
    const body = {
      name: v.name,
      type: v.type,
      place: v.place || null,
      capacity: capacityNumber(v.capacity),
      instructorIds: v.instructorIds,
    };
    const saved = workshop
      ? await api<Workshop>('PATCH', `/api/v1/workshops/${workshop.id}`, {
          ...body,
          active: v.active,
          version: workshop.version,
        })
      : await api<Workshop>('POST', '/api/v1/workshops', body);
    onDone(saved.name);
  });
  const labels = {
    name: t('ws.name'),
    type: t('ws.type'),
    place: t('ws.place'),
    capacity: t('ws.capacity'),
    instructorIds: t('ws.instructors'),
  };
  return (
    <section className="card" aria-labelledby="ws-form">
      <h2 id="ws-form">{workshop ? `${t('ws.edit')}: ${workshop.name}` : t('ws.add')}</h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <div className="row">
          <Field name="ws-name" label={labels.name} error={fieldErrors.name} required>
            {(p) => <input {...p} {...register('name')} />}
          </Field>
          <Field name="ws-type" label={labels.type} error={fieldErrors.type}>
            {(p) => (
              <select {...p} {...register('type')}>
                {WORKSHOP_TYPES.map((w) => (
                  <option key={w} value={w}>
                    {t(`ws.type.${w}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <Field name="ws-place" label={labels.place} error={fieldErrors.place}>
            {(p) => <input {...p} {...register('place')} />}
          </Field>
          <Field name="ws-capacity" label={labels.capacity} error={fieldErrors.capacity}>
            {(p) => <input {...p} type="number" min={1} inputMode="numeric" {...register('capacity')} />}
          </Field>
        </div>
        {staff.length > 0 && (
          <CheckboxGroup
            name="instructorIds"
            legend={labels.instructorIds}
            value={instructorIds}
            onChange={(v) => form.setValue('instructorIds', v)}
            options={staff.map((u) => ({
              value: u.id,
              label: u.fullName,
            }))}
            error={fieldErrors.instructorIds}
          />
        )}
        {workshop && (
          <div className="field">
            <label className="check">
              <input type="checkbox" {...register('active')} /> {t('ws.active')}
            </label>
          </div>
        )}
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
          <button type="button" onClick={() => onDone()}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
