import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  EnquiryCreateSchema,
  type PublicCatalogueSchema,
} from '../../../src/contracts/network-work.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatMoney, setLang, t, useLang } from '../i18n';
import { useApiQuery } from '../query';

import './networks-work.i18n';

type Catalogue = z.infer<typeof PublicCatalogueSchema>;
type Entry = Catalogue['powiats'][number]['entries'][number];
type Filter = { powiat: string; q: string };

const paramsOf = (filter: Filter) => {
  const params = new URLSearchParams();
  if (filter.powiat) params.set('powiat', filter.powiat);
  if (filter.q) params.set('q', filter.q);
  return String(params);
};

/**
 * The network's joint service catalogue for the public — no login (issue 19 item 4): services by powiat
 * with contacts and a short enquiry form that reaches the member offering the service.
 */
export function PublicCataloguePage({ networkId }: { networkId: string }) {
  const lang = useLang();
  const [asking, setAsking] = useState<Entry | null>(null);
  // The filter as applied (a search, not a record: react-hook-form alone, without a schema).
  const filterForm = useForm<Filter>({ defaultValues: { powiat: '', q: '' } });
  const [filter, setFilter] = useState<Filter>({ powiat: '', q: '' });
  const url = `/api/v1/public/networks/${networkId}/catalogue?`;
  // The whole catalogue gives the powiats to choose from; a filtered one what is shown.
  const whole = useApiQuery<Catalogue>(url);
  const filtered = useApiQuery<Catalogue>(`${url}${paramsOf(filter)}`, {
    placeholderData: keepPreviousData,
  });
  // A refused filter leaves the whole catalogue on screen.
  const data = filtered.data ?? whole.data;
  const all = whole.data?.powiats ?? [];
  const missing = whole.error?.status === 404;
  useEffect(() => {
    document.title = `${data?.network.name ?? t('pub.title')} · ${t('pub.title')}`;
  }, [data, lang]);

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <span className="brand">
          <span aria-hidden="true">◆</span> {t('pub.title')}
        </span>
        <div className="top-right">
          <button
            type="button"
            className="link"
            lang={lang === 'pl' ? 'en' : 'pl'}
            onClick={() => setLang(lang === 'pl' ? 'en' : 'pl')}
          >
            {t('lang.switch')}
          </button>
          <a href="/login">{t('pub.login')}</a>
        </div>
      </header>
      <main id="main">
        {missing && <h1>{t('pub.notFound')}</h1>}
        {data && (
          <>
            <h1>{data.network.name}</h1>
            <p>{t('pub.intro', { network: data.network.name, org: data.network.coordinatorOrgName })}</p>
            <form
              className="inline-form"
              role="search"
              onSubmit={filterForm.handleSubmit((f) => setFilter({ powiat: f.powiat, q: f.q.trim() }))}
            >
              <label>
                {t('pub.powiat')}{' '}
                <select {...filterForm.register('powiat')}>
                  <option value="">{t('pub.all')}</option>
                  {all.map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('pub.search')} <input type="search" {...filterForm.register('q')} />
              </label>{' '}
              <button type="submit">{t('pub.filter')}</button>
            </form>
            <p role="status">{t('pub.count', { count: data.total })}</p>
            {data.powiats.map((p) => (
              <section key={p.code} aria-labelledby={`pw-${p.code}`}>
                <h2 id={`pw-${p.code}`}>{p.name}</h2>
                <ul className="plain">
                  {p.entries.map((e) => (
                    <li key={`${p.code}-${e.id}`} className="card">
                      <h3>{e.name}</h3>
                      <p>
                        {e.centreName} ({e.centreType}), {e.city}
                      </p>
                      {e.description && <p className="pre-wrap">{e.description}</p>}
                      <p>{t('nwc.price', { price: formatMoney(e.netPrice), unit: e.unit })}</p>
                      <p>
                        {t('pub.contact')}:{' '}
                        {e.contactPhone && (
                          <a href={`tel:${e.contactPhone.replace(/\s/g, '')}`}>{e.contactPhone}</a>
                        )}
                        {e.contactPhone && e.contactEmail && ', '}
                        {e.contactEmail && <a href={`mailto:${e.contactEmail}`}>{e.contactEmail}</a>}
                      </p>
                      <button
                        type="button"
                        onClick={() => setAsking(e)}
                        aria-label={`${t('pub.ask')}: ${e.name}, ${e.centreName}`}
                      >
                        {t('pub.ask')}
                      </button>
                      {asking?.id === e.id && (
                        <EnquiryForm
                          networkId={networkId}
                          entry={e}
                          key={`${p.code}-${e.id}`}
                          idPrefix={`${p.code}-`}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </main>
    </>
  );
}

type EnquiryValues = {
  fullName: string;
  email: string;
  phone: string;
  message: string;
  consent: boolean;
  /** The trap for robots: hidden from people, sent as it is. */
  website: string;
};

const enquiryBody = (entryId: string, f: EnquiryValues) => ({
  entryId,
  fullName: f.fullName,
  email: f.email || null,
  phone: f.phone || null,
  message: f.message,
  consent: f.consent,
  website: f.website,
});

function EnquiryForm({ networkId, entry, idPrefix }: { networkId: string; entry: Entry; idPrefix: string }) {
  const [sent, setSent] = useState(false);
  // The browser checks the exact body with the contract: a name, a message, the consent, a way to answer.
  const schema = useMemo(
    () => z.preprocess((v) => enquiryBody(entry.id, v as EnquiryValues), EnquiryCreateSchema),
    [entry.id],
  );
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<EnquiryValues>({
    defaultValues: { fullName: '', email: '', phone: '', message: '', consent: false, website: '' },
    schema,
  });
  const id = (name: string) => `${idPrefix}${name}`;
  const errors = Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [id(k), v]));
  if (sent)
    return (
      <p className="alert alert-success" role="status">
        {t('pub.sentAsk')}
      </p>
    );
  return (
    <form
      className="card"
      noValidate
      onSubmit={onSubmit(async (v) => {
        await api('POST', `/api/v1/public/networks/${networkId}/enquiries`, enquiryBody(entry.id, v));
        setSent(true);
      })}
    >
      <h4>{t('pub.askTitle', { service: entry.name, centre: entry.centreName })}</h4>
      <ErrorSummary
        errors={errors}
        formError={formError}
        labels={{
          [id('fullName')]: t('pub.fullName'),
          [id('email')]: t('pub.email'),
          [id('message')]: t('pub.message'),
          [id('consent')]: t('pub.consent'),
        }}
      />
      <Field name={id('fullName')} label={t('pub.fullName')} error={errors[id('fullName')]} required>
        {(p) => <input {...p} autoComplete="name" {...register('fullName')} />}
      </Field>
      <Field name={id('email')} label={t('pub.email')} error={errors[id('email')]}>
        {(p) => <input {...p} type="email" autoComplete="email" {...register('email')} />}
      </Field>
      <Field name={id('phone')} label={t('pub.phone')}>
        {(p) => <input {...p} type="tel" autoComplete="tel" {...register('phone')} />}
      </Field>
      <Field name={id('message')} label={t('pub.message')} error={errors[id('message')]} required>
        {(p) => <textarea {...p} rows={4} {...register('message')} />}
      </Field>
      <div className="sr-only" aria-hidden="true">
        <label>
          {t('pub.website')}
          <input tabIndex={-1} autoComplete="off" {...register('website')} />
        </label>
      </div>
      <div className={`field${errors[id('consent')] ? ' field-invalid' : ''}`}>
        <label htmlFor={`f-${id('consent')}`}>
          <input id={`f-${id('consent')}`} type="checkbox" {...register('consent')} /> {t('pub.consent')}
        </label>
        {errors[id('consent')] && <p className="field-error">{errors[id('consent')]}</p>}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('pub.sendAsk')}
      </button>
    </form>
  );
}
