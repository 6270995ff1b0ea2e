import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { GroupListSchema, GroupSchema } from '../../../src/contracts/events.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
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
  const [groups, setGroups] = useState<GroupList['items'] | null>(null);
  const [form, setForm] = useState({ name: '', meetingRule: '' });
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    void api<GroupList>('GET', '/api/v1/groups').then((r) => setGroups(r.items));
  }, []);
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
        <form
          className="card"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const g = await run(() =>
              api<Group>('POST', '/api/v1/groups', {
                name: form.name,
                meetingRule: form.meetingRule || null,
              }),
            );
            if (g) navigate(`/events/groups/${g.id}`);
          }}
        >
          <h2>{t('groups.new')}</h2>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          <Field name="name" label={labels.name} error={fieldErrors.name} required>
            {(p) => (
              <input {...p} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            )}
          </Field>
          <Field name="meetingRule" label={labels.meetingRule} error={fieldErrors.meetingRule}>
            {(p) => (
              <input
                {...p}
                value={form.meetingRule}
                onChange={(e) => setForm({ ...form, meetingRule: e.target.value })}
              />
            )}
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
  const [group, setGroup] = useState<Group | null>(null);
  useEffect(() => {
    void api<Group>('GET', `/api/v1/groups/${id}`).then(setGroup);
  }, [id]);
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

function AddMember({ group, onChange }: { group: Group; onChange: (g: Group) => void }) {
  const blank = { fullName: '', phone: '', consentOn: '', joinedOn: '' };
  const [form, setForm] = useState(blank);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels: Record<string, string> = {
    'person.fullName': t('events.fullName'),
    'person.phone': t('events.phone'),
    'person.consentOn': t('events.consentOn'),
    joinedOn: t('groups.joinedOn'),
  };
  const field = (k: keyof typeof blank, path: string, type: string, required: boolean) => (
    <Field name={path} label={labels[path]!} error={fieldErrors[path]} required={required}>
      {(p) => (
        <input
          {...p}
          type={type}
          value={form[k]}
          onChange={(e) => setForm({ ...form, [k]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="card"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const g = await run(() =>
          api<Group>('POST', `/api/v1/groups/${group.id}/members`, {
            person: { fullName: form.fullName, phone: form.phone || null, consentOn: form.consentOn },
            joinedOn: form.joinedOn,
          }),
        );
        if (g) {
          onChange(g);
          setForm(blank);
        }
      }}
    >
      <h3>{t('groups.addMember')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {field('fullName', 'person.fullName', 'text', true)}
      {field('phone', 'person.phone', 'tel', false)}
      {field('consentOn', 'person.consentOn', 'date', true)}
      {field('joinedOn', 'joinedOn', 'date', true)}
      <button type="submit" className="primary" disabled={busy}>
        {t('groups.addMember')}
      </button>
    </form>
  );
}

function RecordMeeting({ group, onChange }: { group: Group; onChange: (g: Group) => void }) {
  const [form, setForm] = useState({ heldOn: '', topic: '' });
  const [present, setPresent] = useState<string[]>([]);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels = { heldOn: t('events.heldOn'), topic: t('events.topic') };
  return (
    <form
      className="card"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const g = await run(() =>
          api<Group>('POST', `/api/v1/groups/${group.id}/meetings`, { ...form, presentMemberIds: present }),
        );
        if (g) {
          onChange(g);
          setPresent([]);
        }
      }}
    >
      <h3>{t('groups.recordMeeting')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="heldOn" label={labels.heldOn} error={fieldErrors.heldOn} required>
        {(p) => (
          <input
            {...p}
            type="date"
            value={form.heldOn}
            onChange={(e) => setForm({ ...form, heldOn: e.target.value })}
          />
        )}
      </Field>
      <Field name="topic" label={labels.topic} error={fieldErrors.topic} required>
        {(p) => (
          <input {...p} value={form.topic} onChange={(e) => setForm({ ...form, topic: e.target.value })} />
        )}
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
                  setPresent((p) => (e.target.checked ? [...p, m.id] : p.filter((x) => x !== m.id)))
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
