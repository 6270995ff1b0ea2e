import { z } from 'zod';
import { UuidSchema } from '../../../src/contracts/common';
import { type EventDetail, EventCreateSchema, type EventView } from '../../../src/contracts/events.contract';
import { EVENT_KINDS } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, orEmpty, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { EventDetailPage } from './events-detail';
import { GroupsPage } from './events-groups';
import './events.i18n';

type Key = Parameters<typeof t>[0];
export const label = (key: Key) => t(key);
/** 2026-03-02 → 02.03.2026 (the Polish way, as on the printed certificates). */
export const plDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** One day, or first – last day. */
export const plPeriod = (from: string, to: string) =>
  from === to ? plDate(from) : `${plDate(from)} – ${plDate(to)}`;

/** Partners of the centre for pickers (organiser, donor, recipient); empty when the caller may not see them. */
export function usePartners() {
  const partners = useApiQuery<{ items: { id: string; name: string }[] }>('/api/v1/partners', {
    retry: false,
  });
  return partners.data?.items ?? [];
}

/** A number typed as text, or nothing (the contract's null). */
export const blankOrNumber = (schema: z.ZodType<unknown, number>) =>
  z.union([z.literal(''), numberText(schema)]);

/** The events module: the list (/events), one event (/events/:id) and the standing groups (/events/groups…). */
export function EventsPage({
  path,
  canManage,
  canAttend,
  canCertify,
}: {
  path: string;
  canManage: boolean;
  canAttend: boolean;
  canCertify: boolean;
}) {
  if (path.startsWith('/events/groups')) return <GroupsPage path={path} canManage={canManage} />;
  const one = /^\/events\/([0-9a-f-]{36})$/.exec(path);
  if (one)
    return (
      <EventDetailPage id={one[1]!} canManage={canManage} canAttend={canAttend} canCertify={canCertify} />
    );
  return <EventList canManage={canManage} />;
}

function EventList({ canManage }: { canManage: boolean }) {
  const events = useApiQuery<{ items: EventView[] }>('/api/v1/events').data?.items;
  if (!events) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <h1>{t('events.title')}</h1>
      <p>
        <a {...linkProps('/events/groups')}>{t('events.groupsLink')}</a>
      </p>
      {events.length === 0 ? (
        <p>{t('events.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events.eventTitle')}</th>
                <th scope="col">{t('events.kind')}</th>
                <th scope="col">{t('events.dates')}</th>
                <th scope="col">{t('events.places')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>
                    <a {...linkProps(`/events/${e.id}`)}>{e.title}</a>
                  </td>
                  <td>{label(`events.kind.${e.kind}`)}</td>
                  <td>{plPeriod(e.startsOn, e.endsOn)}</td>
                  <td>
                    {e.capacity
                      ? t('events.placesOf', { registered: e.registeredCount, capacity: e.capacity })
                      : e.registeredCount}
                    {e.waitingCount > 0 && (
                      <span className="muted"> · {t('events.waitingCount', { count: e.waitingCount })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <NewEvent />}
    </main>
  );
}

type EventForm = {
  kind: EventView['kind'];
  title: string;
  place: string;
  programme: string;
  startsOn: string;
  endsOn: string;
  organiserPartnerId: string;
  capacity: string;
  waitingList: boolean;
  completionPercent: string;
};

const blank: EventForm = {
  kind: 'PARTICIPANT_TRAINING_OWN',
  title: '',
  place: '',
  programme: '',
  startsOn: '',
  endsOn: '',
  organiserPartnerId: '',
  capacity: '',
  waitingList: false,
  completionPercent: '80',
};

/** The contract's checks on the text the inputs hold. */
const eventForm = EventCreateSchema.extend({
  organiserPartnerId: orEmpty(UuidSchema),
  capacity: blankOrNumber(EventCreateSchema.shape.capacity.unwrap().unwrap()),
  completionPercent: numberText(EventCreateSchema.shape.completionPercent.unwrap()),
});

function NewEvent() {
  const partners = usePartners();
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<EventForm>({
    defaultValues: blank,
    schema: eventForm,
  });
  const labels: Record<string, string> = {
    kind: t('events.kind'),
    title: t('events.eventTitle'),
    place: t('events.place'),
    programme: t('events.programme'),
    startsOn: t('events.startsOn'),
    endsOn: t('events.endsOn'),
    organiserPartnerId: t('events.organiser'),
    capacity: t('events.capacity'),
    completionPercent: t('events.completion'),
  };
  const text = (name: 'title' | 'place' | 'startsOn' | 'endsOn', type = 'text', required = false) => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]} required={required}>
      {(p) => <input {...p} type={type} {...register(name)} />}
    </Field>
  );
  const create = onSubmit(async (form) => {
    const created = await api<EventDetail>('POST', '/api/v1/events', {
      kind: form.kind,
      title: form.title,
      place: form.place || null,
      programme: form.programme || null,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      organiserPartnerId: form.organiserPartnerId || null,
      capacity: form.capacity ? Number(form.capacity) : null,
      waitingList: form.waitingList,
      completionPercent: Number(form.completionPercent),
    });
    navigate(`/events/${created.id}`);
  });
  return (
    <form className="card" aria-labelledby="ev-new" noValidate onSubmit={create}>
      <h2 id="ev-new">{t('events.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
        {(p) => (
          <select {...p} {...register('kind')}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(`events.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('title', 'text', true)}
      {text('startsOn', 'date', true)}
      {text('endsOn', 'date', true)}
      {text('place')}
      <Field
        name="organiserPartnerId"
        label={labels.organiserPartnerId!}
        error={fieldErrors.organiserPartnerId}
      >
        {(p) => (
          <select {...p} {...register('organiserPartnerId')}>
            <option value="">{t('events.organiserOwn')}</option>
            {partners.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="programme" label={labels.programme!} error={fieldErrors.programme}>
        {(p) => <textarea {...p} rows={3} {...register('programme')} />}
      </Field>
      <Field
        name="capacity"
        label={labels.capacity!}
        error={fieldErrors.capacity}
        hint={t('events.capacityHint')}
      >
        {(p) => <input {...p} type="number" min={1} {...register('capacity')} />}
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" {...register('waitingList')} /> {t('events.waitingList')}
        </label>
      </div>
      <Field name="completionPercent" label={labels.completionPercent!} error={fieldErrors.completionPercent}>
        {(p) => <input {...p} type="number" min={1} max={100} {...register('completionPercent')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('events.create')}
      </button>
    </form>
  );
}
