import type { z } from 'zod';
import {
  EventPersonInputSchema,
  GroupCreateSchema,
  type GroupListSchema,
  GroupMeetingCreateSchema,
  GroupMemberAddSchema,
  type GroupSchema,
} from '../../../src/contracts/events.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import './events.i18n';

type Group = z.infer<typeof GroupSchema>;
type GroupList = z.infer<typeof GroupListSchema>;

/** Standing groups (the senior club): the list (/events/groups) and one group (/events/groups/:id). */
export function GroupsPage({ path, canManage }: { path: string; canManage: boolean }) {
  const one = /^\/events\/groups\/([0-9a-f-]{36})$/.exec(path);
  if (one) return <GroupDetail id={one[1]!} canManage={canManage} />;
  return <GroupListView canManage={canManage} />;
}

function GroupListView({ canManage }: { canManage: boolean }) {
  const groups = useApiQuery<GroupList>('/api/v1/groups').data?.items;
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    name: string;
    meetingRule: string;
  }>({ defaultValues: { name: '', meetingRule: '' }, schema: GroupCreateSchema });
  const create = onSubmit(async (form) => {
    const g = await api<Group>('POST', '/api/v1/groups', {
      name: form.name,
      meetingRule: form.meetingRule || null,
    });
    await invalidate('/api/v1/groups');
    navigate(`/events/groups/${g.id}`);
  });
  if (!groups) return <main id="main">{t('app.loading')}</main>;
  const labels = { name: t('groups.name'), meetingRule: t('groups.meetingRule') };
  return (
    <main id="main">
      <p>
        <a {...linkProps('/events')}>{t('groups.back')}</a>
      </p>
      <h1>{t('groups.title')}</h1>
      {groups.length === 0 ? (
        <p>{t('groups.none')}</p>
      ) : (
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <a {...linkProps(`/events/groups/${g.id}`)}>{g.name}</a> —{' '}
              {t('groups.memberCount', { count: g.memberCount })},{' '}
              {t('groups.meetingCount', { count: g.meetingCount })}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form className="card" noValidate onSubmit={create}>
          <h2>{t('groups.new')}</h2>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          <Field name="name" label={labels.name} error={fieldErrors.name} required>
            {(p) => <input {...p} {...register('name')} />}
          </Field>
          <Field name="meetingRule" label={labels.meetingRule} error={fieldErrors.meetingRule}>
            {(p) => <input {...p} {...register('meetingRule')} />}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('groups.create')}
          </button>
        </form>
      )}
    </main>
  );
}

function GroupDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const url = `/api/v1/groups/${id}`;
  const group = useApiQuery<Group>(url).data;
  // A write answers with the whole group: shown at once; the list's counts are read again.
  const setGroup = (changed: Group) => {
    queryClient.setQueryData([url], changed);
    void invalidate('/api/v1/groups');
  };
  if (!group) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/events/groups')}>{t('groups.title')}</a>
      </p>
      <h1>{group.name}</h1>
      {group.meetingRule && <p>{group.meetingRule}</p>}
      <h2>{t('groups.members')}</h2>
      <ul>
        {group.members.map((m) => (
          <li key={m.id}>
            {m.name} <span className="muted">({m.joinedOn})</span>
          </li>
        ))}
      </ul>
      {canManage && <AddMember group={group} onChange={setGroup} />}
      <h2>{t('groups.meetings')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('events.heldOn')}</th>
              <th scope="col">{t('events.topic')}</th>
              <th scope="col">{t('groups.presentCount')}</th>
            </tr>
          </thead>
          <tbody>
            {group.meetings.map((m) => (
              <tr key={m.id}>
                <td>{m.heldOn}</td>
                <td>{m.topic}</td>
                <td>{m.presentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && <RecordMeeting group={group} onChange={setGroup} />}
    </main>
  );
}

type MemberForm = { person: { fullName: string; phone: string; consentOn: string }; joinedOn: string };
const blankMember: MemberForm = { person: { fullName: '', phone: '', consentOn: '' }, joinedOn: '' };
/** The contract's checks of a new member who is not a participant (only the fields the form has). */
const memberForm = GroupMemberAddSchema.pick({ joinedOn: true }).extend({
  person: EventPersonInputSchema.pick({ fullName: true, phone: true, consentOn: true }),
});

function AddMember({ group, onChange }: { group: Group; onChange: (g: Group) => void }) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<MemberForm>({
    defaultValues: blankMember,
    schema: memberForm,
  });
  const labels: Record<string, string> = {
    'person.fullName': t('events.fullName'),
    'person.phone': t('events.phone'),
    'person.consentOn': t('events.consentOn'),
    joinedOn: t('groups.joinedOn'),
  };
  const field = (
    path: 'person.fullName' | 'person.phone' | 'person.consentOn' | 'joinedOn',
    type: string,
    required: boolean,
  ) => (
    <Field name={path} label={labels[path]!} error={fieldErrors[path]} required={required}>
      {(p) => <input {...p} type={type} {...register(path)} />}
    </Field>
  );
  const add = onSubmit(async (v) => {
    const g = await api<Group>('POST', `/api/v1/groups/${group.id}/members`, {
      person: { fullName: v.person.fullName, phone: v.person.phone || null, consentOn: v.person.consentOn },
      joinedOn: v.joinedOn,
    });
    onChange(g);
    form.reset(blankMember);
  });
  return (
    <form className="card" noValidate onSubmit={add}>
      <h3>{t('groups.addMember')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {field('person.fullName', 'text', true)}
      {field('person.phone', 'tel', false)}
      {field('person.consentOn', 'date', true)}
      {field('joinedOn', 'date', true)}
      <button type="submit" className="primary" disabled={busy}>
        {t('groups.addMember')}
      </button>
    </form>
  );
}

type MeetingForm = { heldOn: string; topic: string; presentMemberIds: string[] };

function RecordMeeting({ group, onChange }: { group: Group; onChange: (g: Group) => void }) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<MeetingForm>({
    defaultValues: { heldOn: '', topic: '', presentMemberIds: [] },
    schema: GroupMeetingCreateSchema,
  });
  const present = form.watch('presentMemberIds');
  const labels = { heldOn: t('events.heldOn'), topic: t('events.topic') };
  const save = onSubmit(async (v) => {
    onChange(await api<Group>('POST', `/api/v1/groups/${group.id}/meetings`, v));
    form.setValue('presentMemberIds', []);
  });
  return (
    <form className="card" noValidate onSubmit={save}>
      <h3>{t('groups.recordMeeting')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="heldOn" label={labels.heldOn} error={fieldErrors.heldOn} required>
        {(p) => <input {...p} type="date" {...register('heldOn')} />}
      </Field>
      <Field name="topic" label={labels.topic} error={fieldErrors.topic} required>
        {(p) => <input {...p} {...register('topic')} />}
      </Field>
      <fieldset>
        <legend>{t('groups.whoCame')}</legend>
        {group.members.map((m) => (
          <div key={m.id}>
            <label>
              <input
                type="checkbox"
                checked={present.includes(m.id)}
                onChange={(e) =>
                  form.setValue(
                    'presentMemberIds',
                    e.target.checked ? [...present, m.id] : present.filter((x) => x !== m.id),
                  )
                }
              />{' '}
              {m.name}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {t('groups.recordMeeting')}
      </button>
    </form>
  );
}
