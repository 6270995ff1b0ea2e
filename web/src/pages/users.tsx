import { useEffect, useState } from 'react';
import type { Role } from '../../../src/contracts/common';
import { STAFF_ROLES } from '../../../src/domain/access/roles';
import type { User } from '../../../src/contracts/user.contract';
import { api, ApiError } from '../api';
import { ConfirmButton } from '../components/confirm';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import './partners.i18n';
import './records.i18n';

const roleOptions = () => STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));

export function UsersPage({ canManage }: { canManage: boolean }) {
  const [users, setUsers] = useState<User[] | null>(null);
  // One message at a time: a new action replaces the last banner, so a success never sits above an error.
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const setStatus = (text: string | null) => setNotice(text ? { ok: true, text } : null);
  const setFailure = (text: string) => setNotice({ ok: false, text });
  const [editing, setEditing] = useState<User | null>(null);
  const [existing, setExisting] = useState<{ email: string; roles: Role[] } | null>(null);
  const [addingExisting, setAddingExisting] = useState(false);
  const load = () => api<{ items: User[] }>('GET', '/api/v1/users').then((r) => setUsers(r.items));
  useEffect(() => {
    void load();
  }, []);

  async function patch(user: User, body: Record<string, unknown>) {
    setNotice(null);
    await api('PATCH', `/api/v1/users/${user.id}`, body);
    setStatus(t('users.updated', { email: user.email }));
    await load();
  }

  return (
    <main id="main">
      <h1>{t('users.title')}</h1>
      <div role="status" aria-live="polite">
        {notice?.ok && <p className="alert alert-ok">{notice.text}</p>}
      </div>
      {notice && !notice.ok && (
        <p className="alert alert-error" role="alert">
          {notice.text}
        </p>
      )}
      {users === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted">{t('users.count', { count: users.length })}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('users.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('user.fullName')}</th>
                  <th scope="col">{t('user.email')}</th>
                  <th scope="col">{t('user.roles')}</th>
                  <th scope="col">{t('user.active')}</th>
                  <th scope="col">{t('user.totp')}</th>
                  {canManage && (
                    <th scope="col">
                      <span className="sr-only">{t('users.edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} className={u.isActive ? undefined : 'inactive'}>
                    <td>{u.fullName}</td>
                    <td>{u.email}</td>
                    <td>{u.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
                    <td>{u.isActive ? t('form.yes') : t('form.no')}</td>
                    <td>{u.totpEnabled ? t('form.yes') : t('form.no')}</td>
                    {canManage && (
                      <td className="actions">
                        <button
                          type="button"
                          onClick={() => setEditing(u)}
                          aria-label={`${t('users.edit')}: ${u.fullName}`}
                        >
                          {t('users.edit')}
                        </button>
                        {u.isActive ? (
                          <ConfirmButton
                            label={t('users.deactivate')}
                            title={t('users.deactivateTitle', { name: u.fullName })}
                            warning={t('users.deactivateWarn')}
                            confirmLabel={t('users.deactivateConfirm')}
                            onConfirm={() =>
                              patch(u, { isActive: false }).catch((e) => setFailure(e.message))
                            }
                          />
                        ) : (
                          <button
                            type="button"
                            onClick={() => patch(u, { isActive: true }).catch((e) => setFailure(e.message))}
                          >
                            {t('users.activate')}
                          </button>
                        )}
                        {u.totpEnabled && (
                          <button
                            type="button"
                            onClick={() => patch(u, { resetTotp: true }).catch((e) => setFailure(e.message))}
                          >
                            {t('users.resetTotp')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {editing && (
        <EditRoles
          user={editing}
          onDone={async (msg) => {
            setEditing(null);
            if (msg) setStatus(msg);
            await load();
          }}
        />
      )}
      {canManage && (
        <AddUser
          onStart={() => setNotice(null)}
          onExisting={(email, roles) => setExisting({ email, roles })}
          onCreated={async (email) => {
            setStatus(t('users.created', { email }));
            await load();
          }}
        />
      )}
      {canManage && !existing && !addingExisting && (
        <p className="buttons">
          <button type="button" onClick={() => setAddingExisting(true)}>
            {t('users.addExisting')}
          </button>
        </p>
      )}
      {canManage && (existing || addingExisting) && (
        <AddExisting
          key={existing?.email ?? ''}
          initial={existing}
          onStart={() => setNotice(null)}
          onAdded={async (email) => {
            setExisting(null);
            setAddingExisting(false);
            setStatus(t('users.added', { email }));
            await load();
          }}
        />
      )}
    </main>
  );
}

function EditRoles({ user, onDone }: { user: User; onDone: (message: string | null) => void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [fullName, setFullName] = useState(user.fullName);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <section className="card" aria-labelledby="edit-user">
      <h2 id="edit-user">{t('users.editTitle', { name: user.fullName })}</h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await run(() => api('PATCH', `/api/v1/users/${user.id}`, { fullName, roles }));
          if (ok) onDone(t('users.updated', { email: user.email }));
        }}
      >
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ fullName: t('user.fullName'), roles: t('user.roles') }}
        />
        <Field name="edit.fullName" label={t('user.fullName')} error={fieldErrors.fullName} required>
          {(p) => <input {...p} value={fullName} onChange={(e) => setFullName(e.target.value)} />}
        </Field>
        <CheckboxGroup
          name="edit-roles"
          legend={t('user.roles')}
          options={roleOptions()}
          value={roles}
          onChange={setRoles}
          error={fieldErrors.roles}
        />
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AddExisting({
  initial,
  onStart,
  onAdded,
}: {
  initial: { email: string; roles: Role[] } | null;
  onStart: () => void;
  onAdded: (email: string) => void;
}) {
  const [form, setForm] = useState(initial ?? { email: '', roles: [] as Role[] });
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels = { email: t('user.email'), roles: t('user.roles') };
  return (
    <section className="card" aria-labelledby="add-existing">
      <h2 id="add-existing">{t('users.addExistingTitle')}</h2>
      <p className="muted">{t('users.addExistingHint')}</p>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          onStart();
          const added = await run(() => api<User>('POST', '/api/v1/users/existing', form));
          if (added) onAdded(added.email);
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="existing.email" label={labels.email} error={fieldErrors.email} required>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
            />
          )}
        </Field>
        <CheckboxGroup
          name="existing-roles"
          legend={labels.roles}
          options={roleOptions()}
          value={form.roles}
          onChange={(roles) => setForm({ ...form, roles })}
          error={fieldErrors.roles}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('users.addExisting')}
        </button>
      </form>
    </section>
  );
}

function AddUser({
  onCreated,
  onStart,
  onExisting,
}: {
  onCreated: (email: string) => void;
  onStart: () => void;
  onExisting: (email: string, roles: Role[]) => void;
}) {
  const empty = { fullName: '', email: '', password: '', roles: [] as Role[] };
  const [form, setForm] = useState(empty);
  const [taken, setTaken] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels = {
    fullName: t('user.fullName'),
    email: t('user.email'),
    password: t('user.initialPassword'),
    roles: t('user.roles'),
  };
  return (
    <section className="card" aria-labelledby="add-user">
      <h2 id="add-user">{t('users.add')}</h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          onStart();
          setTaken(false);
          const created = await run(async () => {
            try {
              return await api<User>('POST', '/api/v1/users', form);
            } catch (error) {
              if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') setTaken(true);
              throw error;
            }
          });
          if (created) {
            setForm(empty);
            onCreated(created.email);
          }
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        {taken && (
          <div className="alert alert-info" role="note">
            <p>{t('users.emailTakenHint')}</p>
            <button type="button" onClick={() => onExisting(form.email, form.roles)}>
              {t('users.addExisting')}
            </button>
          </div>
        )}
        <div className="row">
          <Field name="fullName" label={labels.fullName} error={fieldErrors.fullName} required>
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={form.fullName}
                onChange={(e) => setForm({ ...form, fullName: e.target.value })}
              />
            )}
          </Field>
          <Field name="email" label={labels.email} error={fieldErrors.email} required>
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="off"
                value={form.email}
                onChange={(e) => setForm({ ...form, email: e.target.value })}
              />
            )}
          </Field>
        </div>
        <CheckboxGroup
          name="roles"
          legend={labels.roles}
          options={roleOptions()}
          value={form.roles}
          onChange={(roles) => setForm({ ...form, roles })}
          error={fieldErrors.roles}
        />
        <Field
          name="password"
          label={labels.password}
          error={fieldErrors.password}
          hint={t('user.passwordHint')}
          required
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : t('users.add')}
        </button>
      </form>
    </section>
  );
}
