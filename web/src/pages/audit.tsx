import { useState } from 'react';
import type { AuditEntry } from '../../../src/contracts/audit.contract';
import type { User } from '../../../src/contracts/user.contract';
import { useApiQuery } from '../query';
import { keepPreviousData } from '@tanstack/react-query';
import { Field } from '../components/form';
import { formatDateTime, formatMoney, t } from '../i18n';
import { recordLabels } from './participant-record';
import './partners.i18n';
import './records.i18n';
import './workshops.i18n';

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
  'user.add_existing',
  'participant.delete',
  'participant.export',
  'participant.import',
  'participant_document.read_sensitive',
  'referral.create',
  'referral.update',
  'referral.status_letter',
  'document.upload',
  'eligibility.decide',
  'eligibility.evidence_add',
  'programme.create',
  'programme.edit',
  'programme.amend',
  'programme.sign',
  'programme.extend',
  'programme.exit',
  'programme.close',
  'programme.print',
  'certificate.print',
  'decision.print',
  'follow_up.record',
  'workshop.create',
  'workshop.update',
  'workshop.assign',
  'workshop.move',
  'workshop.unassign',
  'social_activity.record',
  'class_programme.save',
  'class_programme.approve',
  'attendance.save',
  'attendance.lock',
  'attendance.reopen',
  'attendance.print_daily',
  'attendance.print_card',
  'payroll.compute',
  'payroll.bonus',
  'payroll.correction',
  'payroll.review',
  'payroll.approve',
  'payroll.close',
  'payroll.bank_file',
  'payroll.print_list',
  'payroll.export_list',
  'payroll.payslip',
  'payroll.refund_claim',
];
const ENTITIES = [
  'user',
  'centre',
  'session',
  'participant',
  'participant_document',
  'referral',
  'programme',
  'workshop',
  'payroll',
  'social_activity',
];
const PAGE_SIZE = 25;

const actionLabel = (a: string) => translated(`action.${a}`) ?? t('audit.otherAction');
const entityLabel = (e: string) => translated(`entity.${e}`) ?? t('audit.detail.other');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_KEYS = new Set(['total', 'amount', 'amountGrosze']);

/** A readable label for a stored name: a field of the record, or a detail of an event; never the raw name. */
function nameLabel(name: string): string {
  const record: Record<string, string> = {
    ...recordLabels(),
    eligibilityDecisions: t('audit.field.decisions'),
    eligibilityEvidence: t('audit.field.evidence'),
    content: t('audit.field.content'),
    instructors: t('ws.instructors'),
  };
  return record[name] ?? translated(`audit.detail.${name}`) ?? t('audit.detail.other');
}

function translated(key: string): string | null {
  const text = t(key as never);
  return text === key ? null : text;
}

function formatDetail(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (MONEY_KEYS.has(key) && typeof value === 'number') return formatMoney(value);
  if (key === 'roles' && Array.isArray(value)) return value.map((r) => t(`role.${r as 'ADMIN'}`)).join(', ');
  if (key === 'group' && typeof value === 'string') return t(`group.${value as 'OTHER'}`);
  if (key === 'purpose' && typeof value === 'string') return translated(`purpose.${value}`) ?? value;
  if ((key === 'changedFields' || key === 'fields') && Array.isArray(value))
    return value.map((f) => nameLabel(String(f))).join(', ');
  if (Array.isArray(value))
    return value.every((v) => typeof v === 'string' && UUID.test(v))
      ? String(value.length)
      : value.map((v) => formatDetail(key, v)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('to' in o) return `${formatDetail(key, o.from)} → ${formatDetail(key, o.to)}`;
    return Object.entries(o)
      .map(([k, v]) => `${nameLabel(k)}: ${formatDetail(k, v)}`)
      .join('; ');
  }
  return String(value);
}

/** An event's details as label: value pairs in plain words (identifiers are left out — the row names the object). */
function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details).filter(([, v]) => !(typeof v === 'string' && UUID.test(v)));
  if (!entries.length) return null;
  return (
    <dl className="details">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{nameLabel(k)}</dt>
          <dd>{formatDetail(k, v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditPage() {
  const [filters, setFilters] = useState({ action: '', entityType: '', actorUserId: '', from: '', to: '' });
  const [applied, setApplied] = useState(filters);
  const [page, setPage] = useState(1);
  const users = useApiQuery<{ items: User[] }>('/api/v1/users').data?.items ?? [];
  const q = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  for (const [k, v] of Object.entries(applied)) if (v) q.set(k, v);
  // The log grows while one reads it: always read again, keep the previous page on screen meanwhile.
  const query = useApiQuery<{ items: AuditEntry[]; total: number }>(`/api/v1/audit?${q}`, {
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? null;
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
      {query.error && (
        <p className="field-error" role="alert">
          {query.error.message}
        </p>
      )}
      {data === null ? (
        !query.error && <p>{t('app.loading')}</p>
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
                      <td>{actionLabel(e.action)}</td>
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
