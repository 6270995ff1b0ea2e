import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { Network } from '../../../src/contracts/network.contract';
import {
  type Transfer,
  TransferAcceptSchema,
  TransferCreateSchema,
  TransferRefuseSchema,
} from '../../../src/contracts/network-work.contract';
import { TRANSFER_CATEGORIES, type TransferCategory } from '../../../src/domain/networks/transfer';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, formatDateTime, t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
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

type TransferForm = {
  /** Only to find the person: not sent. */
  personSearch: string;
  participantId: string;
  toCentreId: string;
  consentGiven: boolean;
  consentOn: string;
  consentScope: TransferCategory[];
  categories: TransferCategory[];
  consentNote: string;
  referringBody: string;
  note: string;
};
type Found = { id: string; firstName: string; lastName: string; birthDate: string };

const transferBody = ({ personSearch: _, ...f }: TransferForm) => ({
  ...f,
  consentOn: f.consentOn || null,
  consentNote: f.consentNote || null,
  referringBody: f.referringBody || null,
  note: f.note || null,
});
/** The browser checks the exact body with the contract; the consent rules stay the server's. */
const transferForm = z.preprocess((v) => transferBody(v as TransferForm), TransferCreateSchema);

function NewTransfer({
  networkId,
  centres,
  onSent,
}: {
  networkId: string;
  centres: { id: string; name: string }[];
  onSent: () => Promise<void>;
}) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<TransferForm>({
    defaultValues: {
      personSearch: '',
      participantId: '',
      toCentreId: centres[0]?.id ?? '',
      consentGiven: false,
      consentOn: today(),
      consentScope: ['IDENTITY'],
      categories: ['IDENTITY'],
      consentNote: '',
      referringBody: '',
      note: '',
    },
    schema: transferForm,
  });
  const [search, consentScope, categories] = form.watch(['personSearch', 'consentScope', 'categories']);
  // The register is searched a moment after the typing stops, from two letters on.
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const people = useApiQuery<{ items: Found[] }>(
    `/api/v1/participants?pageSize=20&q=${encodeURIComponent(term)}`,
    {
      enabled: term.length >= 2,
      placeholderData: keepPreviousData,
      retry: false,
    },
  );
  const found = people.isError ? [] : (people.data?.items ?? []);
  const labels = {
    participantId: t('nwt.person'),
    toCentreId: t('nwt.to'),
    consentGiven: t('nwt.consentGiven'),
    consentOn: t('nwt.consentOn'),
    categories: t('nwt.categories'),
    ...Object.fromEntries(categories.map((c, i) => [`categories.${i}`, t(`nwt.cat.${c}`)])),
  };
  return (
    <form
      className="card"
      noValidate
      onSubmit={onSubmit(async (v) => {
        await api('POST', `/api/v1/networks/${networkId}/transfers`, transferBody(v));
        await onSent();
      })}
    >
      <h4>{t('nwt.new')}</h4>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="personSearch" label={t('nwt.personSearch')}>
        {(p) => <input {...p} type="search" {...register('personSearch')} />}
      </Field>
      <Field name="participantId" label={t('nwt.person')} error={fieldErrors.participantId} required>
        {(p) => (
          <select {...p} {...register('participantId')}>
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
          <select {...p} {...register('toCentreId')}>
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
            aria-invalid={fieldErrors.consentGiven ? true : undefined}
            aria-describedby={fieldErrors.consentGiven ? 'f-consentGiven-error' : undefined}
            {...register('consentGiven')}
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
        {(p) => <input {...p} type="date" {...register('consentOn')} />}
      </Field>
      <CheckboxGroup
        legend={t('nwt.consentScope')}
        name="consentScope"
        options={categoryOptions}
        value={consentScope}
        onChange={(v) => form.setValue('consentScope', v)}
      />
      <Field name="consentNote" label={t('nwt.consentNote')}>
        {(p) => <input {...p} {...register('consentNote')} />}
      </Field>
      <CheckboxGroup
        legend={t('nwt.categories')}
        name="categories"
        options={categoryOptions}
        value={categories}
        onChange={(v) => form.setValue('categories', v)}
        error={
          fieldErrors.categories ??
          Object.entries(fieldErrors).find(([k]) => k.startsWith('categories.'))?.[1]
        }
      />
      <Field name="referringBody" label={t('nwt.referringBody')}>
        {(p) => <input {...p} {...register('referringBody')} />}
      </Field>
      <Field name="note" label={t('nwt.note')}>
        {(p) => <textarea {...p} rows={3} {...register('note')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('nwt.send')}
      </button>
    </form>
  );
}
