import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { PublicCatalogueSchema } from '../../../src/contracts/network-work.contract';
import { api, ApiError } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, setLang, t, useLang } from '../i18n';

import './networks-work.i18n';

type Catalogue = z.infer<typeof PublicCatalogueSchema>;
type Entry = Catalogue['powiats'][number]['entries'][number];

/**
 * The network's joint service catalogue for the public — no login (issue 19 item 4): services by powiat
 * with contacts and a short enquiry form that reaches the member offering the service.
 */
export function PublicCataloguePage({ networkId }: { networkId: string }) {
  const lang = useLang();
  const [data, setData] = useState<Catalogue | null>(null);
  const [missing, setMissing] = useState(false);
  const [all, setAll] = useState<Catalogue['powiats']>([]);
  const [powiat, setPowiat] = useState('');
  const [q, setQ] = useState('');
  const [asking, setAsking] = useState<Entry | null>(null);
  const load = async (filter: { powiat: string; q: string }) => {
    const params = new URLSearchParams();
    if (filter.powiat) params.set('powiat', filter.powiat);
    if (filter.q.trim()) params.set('q', filter.q.trim());
    try {
      const r = await api<Catalogue>('GET', `/api/v1/public/networks/${networkId}/catalogue?${params}`);
      setData(r);
      if (!filter.powiat && !filter.q) setAll(r.powiats);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setMissing(true);
    }
  };
  useEffect(() => {
    void load({ powiat: '', q: '' });
  }, [networkId]);
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
              onSubmit={(e) => {
                e.preventDefault();
                void load({ powiat, q });
              }}
            >
              <label>
                {t('pub.powiat')}{' '}
                <select value={powiat} onChange={(e) => setPowiat(e.target.value)}>
                  <option value="">{t('pub.all')}</option>
                  {all.map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('pub.search')} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
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

function EnquiryForm({ networkId, entry, idPrefix }: { networkId: string; entry: Entry; idPrefix: string }) {
  const [f, setF] = useState({
    fullName: '',
    email: '',
    phone: '',
    message: '',
    consent: false,
    website: '',
  });
  const [sent, setSent] = useState(false);
  const { fieldErrors, formError, busy, run } = useSubmit();
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
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await run(() =>
          api('POST', `/api/v1/public/networks/${networkId}/enquiries`, {
            entryId: entry.id,
            fullName: f.fullName,
            email: f.email || null,
            phone: f.phone || null,
            message: f.message,
            consent: f.consent,
            website: f.website,
          }),
        );
        if (r) setSent(true);
      }}
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
        {(p) => (
          <input
            {...p}
            autoComplete="name"
            value={f.fullName}
            onChange={(e) => setF({ ...f, fullName: e.target.value })}
          />
        )}
      </Field>
      <Field name={id('email')} label={t('pub.email')} error={errors[id('email')]}>
        {(p) => (
          <input
            {...p}
            type="email"
            autoComplete="email"
            value={f.email}
            onChange={(e) => setF({ ...f, email: e.target.value })}
          />
        )}
      </Field>
      <Field name={id('phone')} label={t('pub.phone')}>
        {(p) => (
          <input
            {...p}
            type="tel"
            autoComplete="tel"
            value={f.phone}
            onChange={(e) => setF({ ...f, phone: e.target.value })}
          />
        )}
      </Field>
      <Field name={id('message')} label={t('pub.message')} error={errors[id('message')]} required>
        {(p) => (
          <textarea
            {...p}
            rows={4}
            value={f.message}
            onChange={(e) => setF({ ...f, message: e.target.value })}
          />
        )}
      </Field>
      <div className="sr-only" aria-hidden="true">
        <label>
          {t('pub.website')}
          <input
            tabIndex={-1}
            autoComplete="off"
            value={f.website}
            onChange={(e) => setF({ ...f, website: e.target.value })}
          />
        </label>
      </div>
      <div className={`field${errors[id('consent')] ? ' field-invalid' : ''}`}>
        <label htmlFor={`f-${id('consent')}`}>
          <input
            id={`f-${id('consent')}`}
            type="checkbox"
            checked={f.consent}
            onChange={(e) => setF({ ...f, consent: e.target.checked })}
          />{' '}
          {t('pub.consent')}
        </label>
        {errors[id('consent')] && <p className="field-error">{errors[id('consent')]}</p>}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('pub.sendAsk')}
      </button>
    </form>
  );
}
