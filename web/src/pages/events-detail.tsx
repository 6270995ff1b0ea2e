import { useEffect, useState } from 'react';
import {
  CertificatesIssueSchema,
  type EventDetail,
  SessionCreateSchema,
} from '../../../src/contracts/events.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { linkProps } from '../router';
import { label, plDate, plPeriod } from './events';
import { Registrations } from './events-registrations';
import './events.i18n';

/** One event: its sessions, registrations (with the waiting list), attendance per session and certificates. */
export function EventDetailPage({
  id,
  canManage,
  canAttend,
  canCertify,
}: {
  id: string;
  canManage: boolean;
  canAttend: boolean;
  canCertify: boolean;
}) {
  const url = `/api/v1/events/${id}`;
  const event = useApiQuery<EventDetail>(url).data;
  // A write answers with the whole event: it is shown at once, and the list's counts are read again.
  const setEvent = (changed: EventDetail) => {
    queryClient.setQueryData([url], changed);
    void invalidate('/api/v1/events');
  };
  if (!event) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/events')}>{t('events.back')}</a>
      </p>
      <h1>{event.title}</h1>
      <p>
        {label(`events.kind.${event.kind}`)} · {plPeriod(event.startsOn, event.endsOn)}
        {event.place && ` · ${event.place}`}
        {event.organiserName && ` · ${event.organiserName}`}
      </p>
      <p>{t('events.plannedHours', { hours: hoursText(event.plannedMinutes) })}</p>
      <Sessions event={event} canManage={canManage} onChange={setEvent} />
      <Registrations event={event} canManage={canManage} onChange={setEvent} />
      {canAttend && event.sessions.length > 0 && <Attendance event={event} onChange={setEvent} />}
      {event.certified && canCertify && <Certificates event={event} onChange={setEvent} />}
    </main>
  );
}

type Props = { event: EventDetail; onChange: (e: EventDetail) => void };

function Sessions({ event, canManage, onChange }: Props & { canManage: boolean }) {
  const empty = { heldOn: event.startsOn, startsAt: '09:00', endsAt: '12:00', topic: '' };
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof empty>({
    defaultValues: empty,
    schema: SessionCreateSchema,
  });
  const add = onSubmit(async (v) => {
    const saved = await api<EventDetail>('POST', `/api/v1/events/${event.id}/sessions`, v);
    onChange(saved);
    form.reset({ ...empty, heldOn: v.heldOn });
  });
  const labels: Record<string, string> = {
    heldOn: t('events.heldOn'),
    startsAt: t('events.startsAt'),
    endsAt: t('events.endsAt'),
    topic: t('events.topic'),
  };
  return (
    <section aria-labelledby="ev-sessions">
      <h2 id="ev-sessions">{t('events.sessions')}</h2>
      {event.sessions.length === 0 ? (
        <p>{t('events.noSessions')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events.heldOn')}</th>
                <th scope="col">{t('events.hours')}</th>
                <th scope="col">{t('events.topic')}</th>
                <th scope="col">{t('events.length')}</th>
              </tr>
            </thead>
            <tbody>
              {event.sessions.map((s) => (
                <tr key={s.id}>
                  <td>{plDate(s.heldOn)}</td>
                  <td>
                    {s.startsAt}–{s.endsAt}
                  </td>
                  <td>{s.topic}</td>
                  <td>{hoursText(s.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <form className="card" noValidate onSubmit={add}>
          <h3>{t('events.addSession')}</h3>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          {(['heldOn', 'startsAt', 'endsAt', 'topic'] as const).map((name) => (
            <Field key={name} name={name} label={labels[name]!} error={fieldErrors[name]} required>
              {(p) => <input {...p} type={name === 'heldOn' ? 'date' : 'text'} {...register(name)} />}
            </Field>
          ))}
          <button type="submit" className="primary" disabled={busy}>
            {t('events.addSession')}
          </button>
        </form>
      )}
    </section>
  );
}

function Attendance({ event, onChange }: Props) {
  const [sessionId, setSessionId] = useState(event.sessions[0]!.id);
  const registered = event.registrations.filter((r) => r.status === 'REGISTERED');
  const presentOf = () => Object.fromEntries(registered.map((r) => [r.id, r.present[sessionId] ?? false]));
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    present: Record<string, boolean>;
  }>({ defaultValues: { present: presentOf() } });
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [sessionId]);
  // Another session, or a change of what is recorded (not a mere re-read): the boxes show the record.
  const recorded = JSON.stringify(presentOf());
  useEffect(() => {
    form.reset({ present: JSON.parse(recorded) as Record<string, boolean> });
  }, [recorded]);
  const save = onSubmit(async (v) => {
    const entries = registered.map((r) => ({ registrationId: r.id, present: !!v.present[r.id] }));
    const done = await api<EventDetail>(
      'PUT',
      `/api/v1/events/${event.id}/sessions/${sessionId}/attendance`,
      { entries },
    );
    onChange(done);
    setSaved(true);
  });
  const session = event.sessions.find((s) => s.id === sessionId)!;
  return (
    <section aria-labelledby="ev-attendance">
      <h2 id="ev-attendance">{t('events.attendance')}</h2>
      <div className="field">
        <label htmlFor="f-sessionId">{t('events.sessions')}</label>
        <select
          id="f-sessionId"
          aria-invalid={fieldErrors.sessionId ? true : undefined}
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
        >
          {event.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {plDate(s.heldOn)} {s.startsAt}–{s.endsAt} · {s.topic}
            </option>
          ))}
        </select>
      </div>
      <form onSubmit={save}>
        <fieldset className="card">
          <legend>{t('events.attendanceOf', { topic: session.topic, day: plDate(session.heldOn) })}</legend>
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{
              sessionId: t('events.sessions'),
              // The entries are sent in the order of the list: each error names its person.
              ...Object.fromEntries(registered.map((r, i) => [`entries.${i}.registrationId`, r.name])),
            }}
          />
          {saved && (
            <p className="alert alert-success" role="status">
              {t('form.saved')}
            </p>
          )}
          {registered.map((r) => (
            <div key={r.id}>
              <label>
                <input type="checkbox" {...register(`present.${r.id}`)} /> {r.name}
              </label>
            </div>
          ))}
          <button type="submit" className="primary" disabled={busy || registered.length === 0}>
            {t('events.saveAttendance')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

function Certificates({ event, onChange }: Props) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ issuedOn: string }>({
    defaultValues: { issuedOn: event.endsOn },
    schema: CertificatesIssueSchema,
  });
  const issue = onSubmit(async (v) => {
    onChange(await api<EventDetail>('POST', `/api/v1/events/${event.id}/certificates`, v));
  });
  const issued = event.registrations.filter((r) => r.certificate);
  return (
    <section aria-labelledby="ev-certs">
      <h2 id="ev-certs">{t('events.certificates')}</h2>
      <p className="hint">{t('events.certificatesHint', { percent: event.completionPercent })}</p>
      <form className="inline-form" noValidate onSubmit={issue}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ issuedOn: t('events.issuedOn') }}
        />
        <Field name="issuedOn" label={t('events.issuedOn')} error={fieldErrors.issuedOn} required>
          {(p) => <input {...p} type="date" {...register('issuedOn')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('events.issue')}
        </button>
      </form>
      {issued.length > 0 && (
        <ul>
          {issued.map((r) => (
            <li key={r.id}>
              {r.name}:{' '}
              <a href={`/api/v1/events/${event.id}/certificates/${r.certificate!.id}/certificate.pdf`}>
                {t('events.pdf', { number: r.certificate!.number })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
