import { useEffect, useState } from 'react';
import type { Network } from '../../../src/contracts/network.contract';
import type { Transfer } from '../../../src/contracts/network-work.contract';
import { TRANSFER_CATEGORIES, type TransferCategory } from '../../../src/domain/networks/transfer';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { td, formatDateTime, t } from '../i18n';
import { linkProps } from '../router';
import { prefixed, prefixedLabels } from './networks-shared';
import './networks-work.i18n';
import './pathway.i18n';

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
const categoryOptions = TRANSFER_CATEGORIES.map((c) => ({ value: c, label: t(`nwt.cat.${c}`) }));

/**
 * Transfers of a person between member centres (issue 19 item 7): the centre's side of the history,
 * the incoming data to accept or refuse, and the form that sends a person with her consent.
 */
export function Transfers({
  network,
  centreId,
  isDirector,
}: {
  network: Network;
  centreId: string | null;
  isDirector: boolean;
}) {
  const [transfers, setTransfers] = useState<Transfer[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = () =>
    api<{ transfers: Transfer[] }>('GET', `/api/v1/networks/${network.id}/transfers`)
      .then((r) => setTransfers(r.transfers))
      .catch(() => setTransfers([]));
  useEffect(() => {
    void load();
  }, [network.id]);
  const others = network.members.filter(
    (m) => m.status === 'ACTIVE' && m.centreId && m.centreId !== centreId,
  );
  return (
    <section aria-labelledby="nw-transfers">
      <h3 id="nw-transfers">{t('nwt.title')}</h3>
      <p className="hint">{t('nwt.intro')}</p>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {transfers?.length === 0 && <p>{t('nwt.none')}</p>}
      <ul className="plain">
        {transfers?.map((tr) => (
          <TransferCard
            key={tr.id}
            transfer={tr}
            networkId={network.id}
            isDirector={isDirector}
            onChanged={(next) =>
              setTransfers((all) => all?.map((x) => (x.id === next.id ? next : x)) ?? null)
            }
          />
        ))}
      </ul>
      {isDirector && others.length > 0 && (
        <NewTransfer
          networkId={network.id}
          centres={others.map((m) => ({ id: m.centreId!, name: m.name }))}
          onSent={async () => {
            setNotice(t('nwt.sent'));
            await load();
          }}
        />
      )}
    </section>
  );
}

function TransferCard({
  transfer: tr,
  networkId,
  isDirector,
  onChanged,
}: {
  transfer: Transfer;
  networkId: string;
  isDirector: boolean;
  onChanged: (t: Transfer) => void;
}) {
  const [receivedOn, setReceivedOn] = useState(today());
  const [reason, setReason] = useState('');
  const { fieldErrors, formError, busy, run } = useSubmit();
  const other = tr.direction === 'OUT' ? tr.toCentre : tr.fromCentre;
  const url = `/api/v1/networks/${networkId}/transfers/${tr.id}`;
  const act = async (path: string, body?: unknown) => {
    const r = await run(() => api<Transfer>('POST', `${url}/${path}`, body));
    if (r) onChanged(r);
  };
  const idBase = `tr-${tr.id}`;
  return (
    <li className="card">
      <h4>
        {tr.person ? `${tr.person.firstName} ${tr.person.lastName}` : t('nwt.anonymous')}{' '}
        <span className="muted">
          — {t(`nwt.direction.${tr.direction}`)} {other.name} ({other.type})
        </span>
      </h4>
      <p>
        <strong>{t(`nwt.status.${tr.status}`)}</strong> · {formatDateTime(tr.sentAt)} ·{' '}
        {t('nwt.consentLine', { date: tr.consentOn })}
        {tr.status === 'SENT' && <> · {t('nwt.expiresOn', { date: formatDateTime(tr.expiresAt) })}</>}
      </p>
      <p className="muted">{tr.categories.map((c) => t(`nwt.cat.${c}`)).join('; ')}</p>
      {tr.note && <p className="pre-wrap">{tr.note}</p>}
      {tr.refusalReason && <p>{t('nwt.reason', { reason: tr.refusalReason })}</p>}
      {tr.merge && (
        <div className="alert alert-success" role="status">
          <p>{t('nwt.merged')}</p>
          <p>
            {tr.merge.addedGroups.length
              ? t('nwt.mergedGroups', {
                  groups: tr.merge.addedGroups.map((g) => td(`group.${g}`)).join(', '),
                })
              : t('nwt.mergedNoGroups')}
          </p>
          {tr.merge.filledFields.length > 0 && (
            <p>
              {t('nwt.mergedFields', {
                fields: tr.merge.filledFields.map((f) => t(`nwt.field.${f}`)).join(', '),
              })}
            </p>
          )}
        </div>
      )}
      {tr.participantId && tr.direction === 'IN' && (
        <p>
          <a {...linkProps(`/participants/${tr.participantId}`)}>{t('nwt.openRecord')}</a>
        </p>
      )}
      {tr.data && (
        <dl className="summary">
          <dt>{t('nwt.dataSent')}</dt>
          <dd>
            {tr.data.identity.firstName} {tr.data.identity.lastName}, {tr.data.identity.birthDate}
            {tr.data.pesel ? `, PESEL ${tr.data.pesel}` : ''}
          </dd>
          {tr.data.contact && (
            <dd>
              {[
                tr.data.contact.street,
                tr.data.contact.buildingNo,
                tr.data.contact.postalCode,
                tr.data.contact.city,
              ]
                .filter(Boolean)
                .join(' ')}{' '}
              {tr.data.contact.phone ?? ''}
            </dd>
          )}
          {tr.data.eligibility && (
            <dd>{tr.data.eligibility.groups.map((g) => td(`group.${g}`)).join(', ')}</dd>
          )}
          {tr.data.participation && tr.data.participation.length > 0 && (
            <dd>
              {t('nwt.history', {
                items: tr.data.participation
                  .map(
                    (s) =>
                      `${s.admissionDate}–${s.lastDay ?? '…'}` +
                      (s.exitType ? ` (${td(`exit.type.${s.exitType}`)})` : ''),
                  )
                  .join('; '),
              })}
            </dd>
          )}
        </dl>
      )}
      <ErrorSummary
        errors={prefixed(fieldErrors, `${idBase}-`)}
        formError={formError}
        labels={prefixedLabels(
          { receivedOn: t('nwt.receivedOn'), reason: t('nwt.refuseReason') },
          `${idBase}-`,
        )}
      />
      {isDirector && tr.status === 'SENT' && tr.direction === 'IN' && (
        <div className="inline-form">
          <Field name={`${idBase}-receivedOn`} label={t('nwt.receivedOn')} error={fieldErrors.receivedOn}>
            {(p) => (
              <input {...p} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
            )}
          </Field>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => act('accept', { receivedOn })}
          >
            {t('nwt.accept')}
          </button>
          <Field name={`${idBase}-reason`} label={t('nwt.refuseReason')} error={fieldErrors.reason}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="button" disabled={busy} onClick={() => act('refuse', { reason })}>
            {t('nwt.refuse')}
          </button>
        </div>
      )}
      {isDirector && tr.status === 'SENT' && tr.direction === 'OUT' && (
        <button type="button" disabled={busy} onClick={() => act('withdraw')}>
          {t('nwt.withdraw')}
        </button>
      )}
    </li>
  );
}

function NewTransfer({
  networkId,
  centres,
  onSent,
}: {
  networkId: string;
  centres: { id: string; name: string }[];
  onSent: () => Promise<void>;
}) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<
    { id: string; firstName: string; lastName: string; birthDate: string }[]
  >([]);
  const [f, setF] = useState({
    participantId: '',
    toCentreId: centres[0]?.id ?? '',
    consentGiven: false,
    consentOn: today(),
    consentScope: ['IDENTITY'] as TransferCategory[],
    categories: ['IDENTITY'] as TransferCategory[],
    consentNote: '',
    referringBody: '',
    note: '',
  });
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(() => {
      void api<{ items: typeof found }>(
        'GET',
        `/api/v1/participants?pageSize=20&q=${encodeURIComponent(q.trim())}`,
      )
        .then((r) => setFound(r.items))
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  const labels = {
    participantId: t('nwt.person'),
    toCentreId: t('nwt.to'),
    consentGiven: t('nwt.consentGiven'),
    consentOn: t('nwt.consentOn'),
    categories: t('nwt.categories'),
    ...Object.fromEntries(f.categories.map((c, i) => [`categories.${i}`, t(`nwt.cat.${c}`)])),
  };
  return (
    <form
      className="card"
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await run(() =>
          api('POST', `/api/v1/networks/${networkId}/transfers`, {
            ...f,
            consentOn: f.consentOn || null,
            consentNote: f.consentNote || null,
            referringBody: f.referringBody || null,
            note: f.note || null,
          }),
        );
        if (done) await onSent();
      }}
    >
      <h4>{t('nwt.new')}</h4>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="personSearch" label={t('nwt.personSearch')}>
        {(p) => <input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      <Field name="participantId" label={t('nwt.person')} error={fieldErrors.participantId} required>
        {(p) => (
          <select
            {...p}
            value={f.participantId}
            onChange={(e) => setF({ ...f, participantId: e.target.value })}
          >
            <option value="">—</option>
            {found.map((x) => (
              <option key={x.id} value={x.id}>
                {x.lastName} {x.firstName} ({x.birthDate})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="toCentreId" label={t('nwt.to')} error={fieldErrors.toCentreId} required>
        {(p) => (
          <select {...p} value={f.toCentreId} onChange={(e) => setF({ ...f, toCentreId: e.target.value })}>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={`field${fieldErrors.consentGiven ? ' field-invalid' : ''}`}>
        <label htmlFor="f-consentGiven">
          <input
            id="f-consentGiven"
            type="checkbox"
            checked={f.consentGiven}
            aria-invalid={fieldErrors.consentGiven ? true : undefined}
            aria-describedby={fieldErrors.consentGiven ? 'f-consentGiven-error' : undefined}
            onChange={(e) => setF({ ...f, consentGiven: e.target.checked })}
          />{' '}
          {t('nwt.consentGiven')}
        </label>
        {fieldErrors.consentGiven && (
          <p className="field-error" id="f-consentGiven-error">
            {fieldErrors.consentGiven}
          </p>
        )}
      </div>
      <Field name="consentOn" label={t('nwt.consentOn')} error={fieldErrors.consentOn}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={f.consentOn}
            onChange={(e) => setF({ ...f, consentOn: e.target.value })}
          />
        )}
      </Field>
      <CheckboxGroup
        legend={t('nwt.consentScope')}
        name="consentScope"
        options={categoryOptions}
        value={f.consentScope}
        onChange={(v) => setF({ ...f, consentScope: v })}
      />
      <Field name="consentNote" label={t('nwt.consentNote')}>
        {(p) => (
          <input {...p} value={f.consentNote} onChange={(e) => setF({ ...f, consentNote: e.target.value })} />
        )}
      </Field>
      <CheckboxGroup
        legend={t('nwt.categories')}
        name="categories"
        options={categoryOptions}
        value={f.categories}
        onChange={(v) => setF({ ...f, categories: v })}
        error={
          fieldErrors.categories ??
          Object.entries(fieldErrors).find(([k]) => k.startsWith('categories.'))?.[1]
        }
      />
      <Field name="referringBody" label={t('nwt.referringBody')}>
        {(p) => (
          <input
            {...p}
            value={f.referringBody}
            onChange={(e) => setF({ ...f, referringBody: e.target.value })}
          />
        )}
      </Field>
      <Field name="note" label={t('nwt.note')}>
        {(p) => (
          <textarea {...p} rows={3} value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('nwt.send')}
      </button>
    </form>
  );
}
