import { useEffect, useState } from 'react';
import type { Partner } from '../../../src/contracts/partner.contract';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { PartnerCardPage } from './partner-card';
import { kindOptions, PartnerForm } from './partner-form';
import './partners.i18n';

/** The value once it has stayed the same for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The registry: search by name/NIP/REGON/town, filter by kind, add a partner. */
function PartnerList({ canEdit }: { canEdit: boolean }) {
  const { register, form } = useApiForm<{ q: string; kind: string; archived: boolean }>({
    defaultValues: { q: '', kind: '', archived: false },
  });
  const [adding, setAdding] = useState(false);
  const { q, kind, archived } = form.watch();
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (kind) params.set('kind', kind);
  if (archived) params.set('archived', 'true');
  // Typing in the search box reads the list once it pauses (200 ms), not at every key.
  const url = useSettled(`/api/v1/partners?${params}`, 200);
  // The list shown stays until the next one has come.
  const list = useApiQuery<{ items: Partner[] }>(url, { placeholderData: (previous) => previous });
  const items = list.data?.items ?? (list.error ? [] : null);
  return (
    <main id="main">
      <h1>{t('partners.title')}</h1>
      <div className="row" role="search">
        <div className="field">
          <label htmlFor="partner-q">{t('partners.search')}</label>
          <input id="partner-q" type="search" {...register('q')} />
        </div>
        <div className="field">
          <label htmlFor="partner-kind">{t('partners.kind')}</label>
          <select id="partner-kind" {...register('kind')}>
            <option value="">{t('partners.kindAll')}</option>
            {kindOptions().map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" {...register('archived')} /> {t('partners.showArchived')}
        </label>
      </div>
      {list.error && (
        <p className="field-error" role="alert">
          {list.error.message}
        </p>
      )}
      {items && items.length === 0 && <p className="muted">{t('partners.none')}</p>}
      {items && items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('partners.name')}</th>
              <th scope="col">{t('partners.kind')}</th>
              <th scope="col">{t('partners.nip')}</th>
              <th scope="col">{t('partners.city')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td>
                  <a {...linkProps(`/partners/${p.id}`)}>{p.name}</a>
                  {p.archived && <span className="badge"> {t('partners.archived')}</span>}
                </td>
                <td>{p.kindLabel}</td>
                <td>{p.nip ?? ''}</td>
                <td>{p.city ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <section className="card" aria-labelledby="partner-add">
          <h2 id="partner-add">{t('partners.add')}</h2>
          {adding ? (
            <PartnerForm onSaved={(p) => navigate(`/partners/${p.id}`)} />
          ) : (
            <button type="button" onClick={() => setAdding(true)}>
              {t('partners.add')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}

/** The partner registry pages: `/partners` (list) and `/partners/:id` (card). */
export function PartnersPage({
  path,
  canEdit,
  canSeeReferrals,
  canManageAccounts,
}: {
  path: string;
  canEdit: boolean;
  canSeeReferrals: boolean;
  canManageAccounts: boolean;
}) {
  const card = /^\/partners\/([0-9a-f-]{36})$/.exec(path);
  if (card)
    return (
      <PartnerCardPage
        key={card[1]}
        id={card[1]!}
        canEdit={canEdit}
        canSeeReferrals={canSeeReferrals}
        canManageAccounts={canManageAccounts}
      />
    );
  return <PartnerList canEdit={canEdit} />;
}
