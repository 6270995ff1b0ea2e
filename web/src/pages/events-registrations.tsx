import { z } from 'zod';
import { UuidSchema } from '../../../src/contracts/common';
import {
  type EventDetail,
  EventPersonInputSchema,
  RegistrationCreateSchema,
} from '../../../src/contracts/events.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { numberText, orEmpty, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
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

type RegisterValues = {
  kind: Kind;
  participantId: string;
  userId: string;
  guestName: string;
  person: { fullName: string; phone: string; birthYear: string; consentOn: string };
};

const blank: Omit<RegisterValues, 'kind'> = {
  participantId: '',
  userId: '',
  guestName: '',
  person: { fullName: '', phone: '', birthYear: '', consentOn: '' },
};

/** A number typed as text, or nothing (here, not from ./events: this module is loaded while that one is). */
const blankOrNumber = (schema: z.ZodType<unknown, number>) => z.union([z.literal(''), numberText(schema)]);

/** The contract's checks for the fields of the chosen kind (a person's only when a person is registered). */
const others = z.object({
  kind: z.enum(['PARTICIPANT', 'STAFF', 'GUEST']),
  participantId: orEmpty(UuidSchema),
  userId: orEmpty(UuidSchema),
  guestName: RegistrationCreateSchema.shape.guestName,
  person: z.unknown(),
});
const registerForm = z.discriminatedUnion('kind', [
  others.extend({
    kind: z.literal('PERSON'),
    person: EventPersonInputSchema.omit({ email: true }).extend({
      birthYear: blankOrNumber(EventPersonInputSchema.shape.birthYear.unwrap().unwrap()),
    }),
  }),
  others,
]);

function RegisterForm({ event, onChange }: { event: EventDetail; onChange: (e: EventDetail) => void }) {
  const participants =
    useApiQuery<{ items: { id: string; firstName: string; lastName: string }[] }>(
      '/api/v1/participants?pageSize=500',
    ).data?.items ?? [];
  const users =
    useApiQuery<{ items: { id: string; fullName: string; email: string }[] }>('/api/v1/users').data?.items ??
    [];
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<RegisterValues>({
    defaultValues: { kind: 'PARTICIPANT', ...blank },
    schema: registerForm,
  });
  const kind = form.watch('kind');
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
  const input = (
    path: 'person.fullName' | 'person.phone' | 'person.birthYear' | 'person.consentOn' | 'guestName',
    type = 'text',
    required = false,
  ) => (
    <Field name={path} label={labels[path]!} error={fieldErrors[path]} required={required}>
      {(p) => <input {...p} type={type} {...register(path)} />}
    </Field>
  );
  const reset = form.reset;
  const save = onSubmit(async (v) => {
    const body = {
      kind: v.kind,
      participantId: v.kind === 'PARTICIPANT' ? v.participantId || null : null,
      userId: v.kind === 'STAFF' ? v.userId || null : null,
      guestName: v.kind === 'GUEST' ? v.guestName : null,
      person:
        v.kind === 'PERSON'
          ? {
              fullName: v.person.fullName,
              phone: v.person.phone || null,
              birthYear: v.person.birthYear ? Number(v.person.birthYear) : null,
              consentOn: v.person.consentOn,
            }
          : null,
    };
    onChange(await api<EventDetail>('POST', `/api/v1/events/${event.id}/registrations`, body));
    reset({ kind: v.kind, ...blank });
  });
  return (
    <form className="card" noValidate onSubmit={save}>
      <h3>{t('events.register')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
        {(p) => (
          <select {...p} {...register('kind')}>
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
            <select {...p} {...register('participantId')}>
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
            <select {...p} {...register('userId')}>
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
          {input('person.fullName', 'text', true)}
          {input('person.phone', 'tel')}
          {input('person.birthYear', 'number')}
          {input('person.consentOn', 'date', true)}
        </>
      )}
      {kind === 'GUEST' && input('guestName', 'text', true)}
      <button type="submit" className="primary" disabled={busy}>
        {t('events.register')}
      </button>
    </form>
  );
}
