import { useState } from 'react';
import type { Role } from '../../../src/contracts/common';
import type { User } from '../../../src/contracts/user.contract';
import { api } from '../api';
import { ConfirmButton } from '../components/confirm';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { AddExisting, AddUser, EditRoles } from './users-forms';
import './partners.i18n';
import './records.i18n';

export function UsersPage({ canManage }: { canManage: boolean }) {
  const list = useApiQuery<{ items: User[] }>('/api/v1/users');
  const users = list.data?.items ?? null;
  // One message at a time: a new action replaces the last banner, so a success never sits above an error.
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const setStatus = (text: string | null) => setNotice(text ? { ok: true, text } : null);
  const setFailure = (text: string) => setNotice({ ok: false, text });
  const [editing, setEditing] = useState<User | null>(null);
  const [existing, setExisting] = useState<{ email: string; roles: Role[] } | null>(null);
  const [addingExisting, setAddingExisting] = useState(false);
  const load = () => invalidate('/api/v1/users');

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
