import { useEffect, useState } from 'react';
import type { EventDetail } from '../../../src/contracts/events.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { label } from './events';
import './events.i18n';

type Kind = 'PARTICIPANT' | 'PERSON' | 'STAFF' | 'GUEST';
const KINDS: Kind[] = ['PARTICIPANT', 'PERSON', 'STAFF', 'GUEST'];

/** The people registered for an event (waiting list included), and the form to register one more. */
export function Registrations({
  event,
  canManage,
  onChange,
}: {
  event: EventDetail;
  canManage: boolean;
  onChange: (e: EventDetail) => void;
}) {
  const cancel = useSubmit();
  return (
    <section aria-labelledby="ev-regs">
      <h2 id="ev-regs">{t('events.registrations')}</h2>
      <ErrorSummary errors={{}} formError={cancel.formError} labels={{}} />
      {event.capacity !== null && (
        <p>
          {t('events.places')}:{' '}
          {t('events.placesOf', { registered: event.registeredCount, capacity: event.capacity })}
          {event.waitingCount > 0 && ` · ${t('events.waitingCount', { count: event.waitingCount })}`}
        </p>
      )}
      {event.registrations.length === 0 ? (
        <p>{t('events.noRegistrations')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events.name')}</th>
                <th scope="col">{t('events.personKind')}</th>
                <th scope="col">{t('events.status')}</th>
                <th scope="col">{t('events.attended')}</th>
                <th scope="col">{t('events.completed')}</th>
                <th scope="col">{t('events.certificate')}</th>
                {canManage && <th scope="col">{t('events.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {event.registrations.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{label(`events.regKind.${r.kind}`)}</td>
                  <td>{label(`events.status.${r.status}`)}</td>
                  <td>{hoursText(r.attendedMinutes)}</td>
                  <td>{r.completed ? t('form.yes') : t('form.no')}</td>
                  <td>{r.certificate?.number ?? '—'}</td>
                  {canManage && (
                    <td>
                      {r.status !== 'CANCELLED' && !r.certificate && (
                        <button
                          type="button"
                          aria-label={t('events.cancelOf', { name: r.name })}
                          onClick={async () => {
                            const done = await cancel.run(() =>
                              api<EventDetail>(
                                'POST',
                                `/api/v1/events/${event.id}/registrations/${r.id}/cancel`,
                              ),
                            );
                            if (done) onChange(done);
                          }}
                        >
                          {t('events.cancel')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <RegisterForm event={event} onChange={onChange} />}
    </section>
  );
}

const blank = {
  participantId: '',
  userId: '',
  fullName: '',
  phone: '',
  birthYear: '',
  consentOn: '',
  guestName: '',
};

function RegisterForm({ event, onChange }: { event: EventDetail; onChange: (e: EventDetail) => void }) {
  const [kind, setKind] = useState<Kind>('PARTICIPANT');
  const [form, setForm] = useState(blank);
  const [participants, setParticipants] = useState<{ id: string; firstName: string; lastName: string }[]>([]);
  const [users, setUsers] = useState<{ id: string; fullName: string; email: string }[]>([]);
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    void api<{ items: { id: string; firstName: string; lastName: string }[] }>(
      'GET',
      '/api/v1/participants?pageSize=500',
    )
      .then((r) => setParticipants(r.items))
      .catch(() => setParticipants([]));
    void api<{ items: { id: string; fullName: string; email: string }[] }>('GET', '/api/v1/users')
      .then((r) => setUsers(r.items ?? []))
      .catch(() => setUsers([]));
  }, []);
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const labels: Record<string, string> = {
    kind: t('events.who'),
    participantId: t('events.participant'),
    userId: t('events.user'),
    'person.fullName': t('events.fullName'),
    'person.phone': t('events.phone'),
    'person.birthYear': t('events.birthYear'),
    'person.consentOn': t('events.consentOn'),
    guestName: t('events.guestName'),
  };
  const input = (name: keyof typeof blank, path: string, type = 'text', required = false) => (
    <Field name={path} label={labels[path]!} error={fieldErrors[path]} required={required}>
      {(p) => <input {...p} type={type} value={form[name]} onChange={set(name)} />}
    </Field>
  );
  return (
    <form
      className="card"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body = {
          kind,
          participantId: kind === 'PARTICIPANT' ? form.participantId || null : null,
          userId: kind === 'STAFF' ? form.userId || null : null,
          guestName: kind === 'GUEST' ? form.guestName : null,
          person:
            kind === 'PERSON'
              ? {
                  fullName: form.fullName,
                  phone: form.phone || null,
                  birthYear: form.birthYear ? Number(form.birthYear) : null,
                  consentOn: form.consentOn,
                }
              : null,
        };
        const done = await run(() =>
          api<EventDetail>('POST', `/api/v1/events/${event.id}/registrations`, body),
        );
        if (done) {
          onChange(done);
          setForm(blank);
        }
      }}
    >
      <h3>{t('events.register')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {label(`events.regKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'PARTICIPANT' && (
        <Field name="participantId" label={labels.participantId!} error={fieldErrors.participantId} required>
          {(p) => (
            <select {...p} value={form.participantId} onChange={set('participantId')}>
              <option value="">—</option>
              {participants.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.lastName} {x.firstName}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'STAFF' && (
        <Field name="userId" label={labels.userId!} error={fieldErrors.userId} required>
          {(p) => (
            <select {...p} value={form.userId} onChange={set('userId')}>
              <option value="">—</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName || u.email}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'PERSON' && (
        <>
          {input('fullName', 'person.fullName', 'text', true)}
          {input('phone', 'person.phone', 'tel')}
          {input('birthYear', 'person.birthYear', 'number')}
          {input('consentOn', 'person.consentOn', 'date', true)}
        </>
      )}
      {kind === 'GUEST' && input('guestName', 'guestName', 'text', true)}
      <button type="submit" className="primary" disabled={busy}>
        {t('events.register')}
      </button>
    </form>
  );
}
