import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { TransferCreateSchema } from '../../../src/contracts/network-work.contract';
import { TRANSFER_CATEGORIES, type TransferCategory } from '../../../src/domain/networks/transfer';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { today } from './networks-shared';
import './networks-work.i18n';

const categoryOptions = TRANSFER_CATEGORIES.map((c) => ({ value: c, label: t(`nwt.cat.${c}`) }));

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
const transferForm = z.preprocess(
  (v) => transferBody(v as TransferForm),
  // No person chosen yet is said as such, not as a wrong identifier.
  TransferCreateSchema.extend({
    participantId: z
      .string()
      .min(1, { error: 'Wybierz osobę z rejestru.' })
      .pipe(TransferCreateSchema.shape.participantId),
  }),
);

/** The form that sends a person to another member centre, with her consent and the data the director chose. */
export function NewTransfer({
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
