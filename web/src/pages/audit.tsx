import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../src/contracts/audit.contract';
import type { User } from '../../../src/contracts/user.contract';
import { api } from '../api';
import { Field } from '../components/form';
import { formatDateTime, t } from '../i18n';

const ACTIONS = [
  'setup.complete',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_all',
  'user.create',
  'user.update',
  'user.password_change',
  'user.totp_enable',
  'user.totp_disable',
  'centre.create',
  'centre.update',
  'centre.benefit_parameters',
  'participant.create',
  'participant.update',
  'participant.read_sensitive',
  'participant.search_sensitive',
];
const ENTITIES = ['user', 'centre', 'session', 'participant'];
const PAGE_SIZE = 25;

const actionLabel = (a: string) => {
  const l = t(`action.${a}`);
  return l.startsWith('action.') ? a : l;
};
const entityLabel = (e: string) => {
  const l = t(`entity.${e}`);
  return l.startsWith('entity.') ? e : l;
};

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (!entries.length) return null;
  return (
    <dl className="details">
      {entries.map(([k, v]) => {
        const change =
          v && typeof v === 'object' && 'to' in (v as object) ? (v as { from?: unknown; to: unknown }) : null;
        return (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              {change
                ? `${JSON.stringify(change.from ?? '')} → ${JSON.stringify(change.to)}`
                : typeof v === 'string'
                  ? v
                  : JSON.stringify(v)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AuditPage() {
  const [filters, setFilters] = useState({ action: '', entityType: '', actorUserId: '', from: '', to: '' });
  const [applied, setApplied] = useState(filters);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: AuditEntry[]; total: number } | null>(null);
  const [users, setUsers] = useState<User[]>([]);

  useEffect(() => {
    api<{ items: User[] }>('GET', '/api/v1/users')
      .then((r) => setUsers(r.items))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    const q = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    for (const [k, v] of Object.entries(applied)) if (v) q.set(k, v);
    api<{ items: AuditEntry[]; total: number }>('GET', `/api/v1/audit?${q}`)
      .then(setData)
      .catch(() => setData({ items: [], total: 0 }));
  }, [applied, page]);
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));

  return (
    <main id="main">
      <h1>{t('audit.title')}</h1>
      <form
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setApplied(filters);
        }}
      >
        <Field name="a-action" label={t('audit.filterAction')}>
          {(p) => (
            <select
              {...p}
              value={filters.action}
              onChange={(e) => setFilters({ ...filters, action: e.target.value })}
            >
              <option value="">{t('audit.any')}</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="a-entity" label={t('audit.filterEntity')}>
          {(p) => (
            <select
              {...p}
              value={filters.entityType}
              onChange={(e) => setFilters({ ...filters, entityType: e.target.value })}
            >
              <option value="">{t('audit.any')}</option>
              {ENTITIES.map((a) => (
                <option key={a} value={a}>
                  {entityLabel(a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="a-actor" label={t('audit.filterActor')}>
          {(p) => (
            <select
              {...p}
              value={filters.actorUserId}
              onChange={(e) => setFilters({ ...filters, actorUserId: e.target.value })}
            >
              <option value="">{t('audit.any')}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="a-from" label={t('audit.from')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={filters.from}
              onChange={(e) => setFilters({ ...filters, from: e.target.value })}
            />
          )}
        </Field>
        <Field name="a-to" label={t('audit.to')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={filters.to}
              onChange={(e) => setFilters({ ...filters, to: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary">
          {t('audit.filter')}
        </button>
      </form>
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('audit.count', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.entity')}</th>
                    <th scope="col">{t('audit.details')}</th>
                    <th scope="col">{t('audit.ip')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((e) => (
                    <tr key={e.id}>
                      <td className="nowrap">{formatDateTime(e.occurredAt)}</td>
                      <td>{e.actorEmail ?? '—'}</td>
                      <td>
                        {actionLabel(e.action)}
                        <br />
                        <code className="muted">{e.action}</code>
                      </td>
                      <td>{entityLabel(e.entityType)}</td>
                      <td>
                        <Details details={e.details} />
                      </td>
                      <td>{e.ip ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="pager" aria-label={t('audit.page', { page, pages })}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('audit.prev')}
            </button>
            <span>{t('audit.page', { page, pages })}</span>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('audit.next')}
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
