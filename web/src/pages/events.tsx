import { useEffect, useState } from 'react';
import type { EventDetail, EventView } from '../../../src/contracts/events.contract';
import { EVENT_KINDS } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
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
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    void api<{ items: { id: string; name: string }[] }>('GET', '/api/v1/partners')
      .then((r) => setPartners(r.items))
      .catch(() => setPartners([]));
  }, []);
  return partners;
}

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
  const [events, setEvents] = useState<EventView[] | null>(null);
  useEffect(() => {
    void api<{ items: EventView[] }>('GET', '/api/v1/events').then((r) => setEvents(r.items));
  }, []);
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

const blank = {
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

function NewEvent() {
  const [form, setForm] = useState(blank);
  const partners = usePartners();
  const { fieldErrors, formError, busy, run } = useSubmit();
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
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
      {(p) => <input {...p} type={type} value={form[name]} onChange={set(name)} />}
    </Field>
  );
  return (
    <form
      className="card"
      aria-labelledby="ev-new"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const created = await run(() =>
          api<EventDetail>('POST', '/api/v1/events', {
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
          }),
        );
        if (created) navigate(`/events/${created.id}`);
      }}
    >
      <h2 id="ev-new">{t('events.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
        {(p) => (
          <select {...p} value={form.kind} onChange={set('kind')}>
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
          <select {...p} value={form.organiserPartnerId} onChange={set('organiserPartnerId')}>
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
        {(p) => <textarea {...p} rows={3} value={form.programme} onChange={set('programme')} />}
      </Field>
      <Field
        name="capacity"
        label={labels.capacity!}
        error={fieldErrors.capacity}
        hint={t('events.capacityHint')}
      >
        {(p) => <input {...p} type="number" min={1} value={form.capacity} onChange={set('capacity')} />}
      </Field>
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={form.waitingList}
            onChange={(e) => setForm((f) => ({ ...f, waitingList: e.target.checked }))}
          />{' '}
          {t('events.waitingList')}
        </label>
      </div>
      <Field name="completionPercent" label={labels.completionPercent!} error={fieldErrors.completionPercent}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            max={100}
            value={form.completionPercent}
            onChange={set('completionPercent')}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('events.create')}
      </button>
    </form>
  );
}
