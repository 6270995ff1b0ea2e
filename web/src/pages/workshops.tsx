import { decimal } from '../../../src/domain/polish-format';
import { useEffect, useState } from 'react';
import type { User } from '../../../src/contracts/user.contract';
import { WORKSHOP_TYPES, type Assignment, type Workshop } from '../../../src/contracts/workshop.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import './workshops.i18n';

type Form = {
  name: string;
  type: string;
  place: string;
  capacity: string;
  instructorIds: string[];
  active: boolean;
};
const toForm = (w?: Workshop): Form => ({
  name: w?.name ?? '',
  type: w?.type ?? 'GASTRONOMY',
  place: w?.place ?? '',
  capacity: w?.capacity ? String(w.capacity) : '',
  instructorIds: w?.instructors.map((i) => i.id) ?? [],
  active: w?.active ?? true,
});

/** The centre's workshops: who teaches where, how many people are in each today; the director adds and edits them. */
export function WorkshopsPage({ canManage }: { canManage: boolean }) {
  const [items, setItems] = useState<Workshop[] | null>(null);
  const [staff, setStaff] = useState<User[]>([]);
  const [editing, setEditing] = useState<Workshop | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = () => api<{ items: Workshop[] }>('GET', '/api/v1/workshops').then((r) => setItems(r.items));
  useEffect(() => {
    void load();
    if (canManage)
      void api<{ items: User[] }>('GET', '/api/v1/users')
        .then((r) => setStaff(r.items.filter((u) => u.isActive && u.roles.includes('INSTRUCTOR'))))
        .catch(() => setStaff([]));
  }, []);
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
              await load();
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
  const [form, setForm] = useState<Form>(toForm(workshop));
  const { fieldErrors, formError, busy, run } = useSubmit();
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
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const body = {
            name: form.name,
            type: form.type,
            place: form.place || null,
            capacity: form.capacity ? Number(form.capacity) : null,
            instructorIds: form.instructorIds,
          };
          const saved = await run(() =>
            workshop
              ? api<Workshop>('PATCH', `/api/v1/workshops/${workshop.id}`, {
                  ...body,
                  active: form.active,
                  version: workshop.version,
                })
              : api<Workshop>('POST', '/api/v1/workshops', body),
          );
          if (saved) onDone(saved.name);
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <div className="row">
          <Field name="ws-name" label={labels.name} error={fieldErrors.name} required>
            {(p) => (
              <input {...p} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            )}
          </Field>
          <Field name="ws-type" label={labels.type} error={fieldErrors.type}>
            {(p) => (
              <select {...p} value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
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
            {(p) => (
              <input
                {...p}
                value={form.place}
                onChange={(e) => setForm({ ...form, place: e.target.value })}
              />
            )}
          </Field>
          <Field name="ws-capacity" label={labels.capacity} error={fieldErrors.capacity}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                inputMode="numeric"
                value={form.capacity}
                onChange={(e) => setForm({ ...form, capacity: e.target.value })}
              />
            )}
          </Field>
        </div>
        {staff.length > 0 && (
          <CheckboxGroup
            name="instructorIds"
            legend={labels.instructorIds}
            value={form.instructorIds}
            onChange={(v) => setForm({ ...form, instructorIds: v })}
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
              <input
                type="checkbox"
                checked={form.active}
                onChange={(e) => setForm({ ...form, active: e.target.checked })}
              />{' '}
              {t('ws.active')}
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
  const [items, setItems] = useState<Assignment[] | null>(null);
  const [workshops, setWorkshops] = useState<Workshop[]>([]);
  const today = polishDate(new Date());
  const [form, setForm] = useState({ workshopId: '', fromDate: today });
  const { fieldErrors, formError, busy, run } = useSubmit();
  const load = () =>
    api<{ items: Assignment[] }>('GET', `/api/v1/participants/${participantId}/assignments`).then((r) =>
      setItems(r.items),
    );
  useEffect(() => {
    void load();
    if (canEdit)
      void api<{ items: Workshop[] }>('GET', '/api/v1/workshops').then((r) => {
        const open = r.items.filter((w) => w.active);
        setWorkshops(open);
        setForm((f) => ({ ...f, workshopId: open[0]?.id ?? '' }));
      });
  }, [participantId]);
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
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              if (
                await run(() =>
                  api('POST', `/api/v1/workshops/${form.workshopId}/assignments`, {
                    participantId,
                    fromDate: form.fromDate,
                  }),
                )
              )
                await load();
            }}
          >
            <h3>{current ? t('asg.move') : t('asg.assign')}</h3>
            <ErrorSummary
              errors={fieldErrors}
              formError={formError}
              labels={{ fromDate: t('asg.from'), participantId: t('asg.title') }}
            />
            <div className="row">
              <Field name="asg-workshop" label={t('asg.workshop')}>
                {(p) => (
                  <select
                    {...p}
                    value={form.workshopId}
                    onChange={(e) => setForm({ ...form, workshopId: e.target.value })}
                  >
                    {workshops.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name="asg-from" label={t('asg.from')} error={fieldErrors.fromDate}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    value={form.fromDate}
                    onChange={(e) => setForm({ ...form, fromDate: e.target.value })}
                  />
                )}
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

type Activity = {
  id: string;
  kind: string;
  date: string;
  hours: number;
  title: string;
  staffName: string | null;
  note: string | null;
  participants: { id: string; name: string }[];
};
const ACTIVITY_KINDS = ['PSYCHOLOGIST', 'THERAPY', 'COUNSELLING', 'GROUP_CLASS', 'OTHER'] as const;

/** Psychologist sessions, therapy, counselling and group classes of one participant (director and social workers). */
export function SocialActivities({ participantId }: { participantId: string }) {
  const [items, setItems] = useState<Activity[] | null>(null);
  const today = polishDate(new Date());
  const [form, setForm] = useState({
    kind: 'COUNSELLING',
    date: today,
    hours: '1',
    title: '',
    staffName: '',
  });
  const { fieldErrors, formError, busy, run } = useSubmit();
  const load = () =>
    api<{ items: Activity[] }>('GET', `/api/v1/social-activities?participantId=${participantId}`).then((r) =>
      setItems(r.items),
    );
  useEffect(() => {
    void load();
  }, [participantId]);
  if (!items) return null;
  return (
    <section className="card" aria-labelledby="social">
      <h2 id="social">{t('sa.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('sa.none')}</p>
      ) : (
        <ul className="plain">
          {items.map((a) => (
            <li key={a.id}>
              <strong>{a.date}</strong> — {td(`sa.kind.${a.kind}`)}: {a.title} ({decimal(a.hours)} h)
              {a.staffName && `, ${a.staffName}`}
              {a.participants.length > 1 && (
                <span className="muted"> · {t('sa.group', { count: a.participants.length })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const body = {
            kind: form.kind,
            date: form.date,
            hours: Number(form.hours.replace(',', '.')),
            title: form.title,
            staffName: form.staffName || null,
            participantIds: [participantId],
          };
          if (await run(() => api('POST', '/api/v1/social-activities', body))) {
            setForm({ ...form, title: '' });
            await load();
          }
        }}
      >
        <h3>{t('sa.add')}</h3>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ title: t('sa.titleField'), hours: t('sa.hours'), date: t('sa.date') }}
        />
        <div className="row">
          <Field name="sa-kind" label={t('sa.kind')}>
            {(p) => (
              <select {...p} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`sa.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="sa-date" label={t('sa.date')} error={fieldErrors.date}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.date}
                onChange={(e) => setForm({ ...form, date: e.target.value })}
              />
            )}
          </Field>
          <Field name="sa-hours" label={t('sa.hours')} error={fieldErrors.hours}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={form.hours}
                onChange={(e) => setForm({ ...form, hours: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="row">
          <Field name="sa-title" label={t('sa.titleField')} error={fieldErrors.title} required>
            {(p) => (
              <input
                {...p}
                value={form.title}
                onChange={(e) => setForm({ ...form, title: e.target.value })}
              />
            )}
          </Field>
          <Field name="sa-staff" label={t('sa.staff')}>
            {(p) => (
              <input
                {...p}
                value={form.staffName}
                onChange={(e) => setForm({ ...form, staffName: e.target.value })}
              />
            )}
          </Field>
        </div>
        <button type="submit" disabled={busy}>
          {t('sa.add')}
        </button>
      </form>
    </section>
  );
}
