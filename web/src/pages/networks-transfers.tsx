import { useState } from 'react';
import type { Network } from '../../../src/contracts/network.contract';
import {
  type Transfer,
  TransferAcceptSchema,
  TransferRefuseSchema,
} from '../../../src/contracts/network-work.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, formatDateTime, t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { linkProps } from '../router';
import { prefixed, prefixedLabels, today } from './networks-shared';
import { NewTransfer } from './networks-transfer-new';
import './networks-work.i18n';
import './pathway.i18n';

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
  const url = `/api/v1/networks/${network.id}/transfers`;
  const read = useApiQuery<{ transfers: Transfer[] }>(url);
  const transfers = read.isError ? [] : read.data?.transfers;
  const [notice, setNotice] = useState<string | null>(null);
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
              queryClient.setQueryData<{ transfers: Transfer[] }>([url], (all) =>
                all ? { transfers: all.transfers.map((x) => (x.id === next.id ? next : x)) } : all,
              )
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
            await invalidate(url);
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
  // Two small forms in one row (accept on a date, refuse with a reason), each checked with its contract.
  const accept = useApiForm<{ receivedOn: string }>({
    defaultValues: { receivedOn: today() },
    schema: TransferAcceptSchema,
  });
  const refuse = useApiForm<{ reason: string }>({
    defaultValues: { reason: '' },
    schema: TransferRefuseSchema,
  });
  const withdraw = useSubmit();
  const fieldErrors = { ...accept.fieldErrors, ...refuse.fieldErrors };
  const formError = accept.formError ?? refuse.formError ?? withdraw.formError;
  const busy = accept.busy || refuse.busy || withdraw.busy;
  const other = tr.direction === 'OUT' ? tr.toCentre : tr.fromCentre;
  const url = `/api/v1/networks/${networkId}/transfers/${tr.id}`;
  const act = async (path: string, body?: unknown) => {
    accept.form.clearErrors();
    refuse.form.clearErrors();
    onChanged(await api<Transfer>('POST', `${url}/${path}`, body));
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
            {(p) => <input {...p} type="date" {...accept.register('receivedOn')} />}
          </Field>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={accept.onSubmit((v) => act('accept', v))}
          >
            {t('nwt.accept')}
          </button>
          <Field name={`${idBase}-reason`} label={t('nwt.refuseReason')} error={fieldErrors.reason}>
            {(p) => <input {...p} {...refuse.register('reason')} />}
          </Field>
          <button type="button" disabled={busy} onClick={refuse.onSubmit((v) => act('refuse', v))}>
            {t('nwt.refuse')}
          </button>
        </div>
      )}
      {isDirector && tr.status === 'SENT' && tr.direction === 'OUT' && (
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            const r = await withdraw.run(() => api<Transfer>('POST', `${url}/withdraw`));
            if (r) onChanged(r);
          }}
        >
          {t('nwt.withdraw')}
        </button>
      )}
    </li>
  );
}
