import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CatalogueEntry, EnquirySchema } from '../../../src/contracts/network-work.contract';
import type { ServiceItem } from '../../../src/contracts/services.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatDateTime, formatMoney, t } from '../i18n';

import './networks-work.i18n';
import './networks.i18n';

/** The network's joint service catalogue: members publish their services with an area; a link to the public page. */
export function Catalogue({
  networkId,
  centreId,
  canPublish,
  canSeeEnquiries,
}: {
  networkId: string;
  centreId: string | null;
  canPublish: boolean;
  canSeeEnquiries: boolean;
}) {
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const [services, setServices] = useState<ServiceItem[]>([]);
  const [f, setF] = useState({
    serviceItemId: '',
    areaCodes: '',
    publicDescription: '',
    contactPhone: '',
    contactEmail: '',
  });
  const { fieldErrors, formError, busy, run } = useSubmit();
  const withdraw = useSubmit();
  useEffect(() => {
    void api<{ entries: CatalogueEntry[] }>('GET', `/api/v1/networks/${networkId}/catalogue`).then((r) =>
      setEntries(r.entries),
    );
    if (canPublish)
      void api<{ items: ServiceItem[] }>('GET', '/api/v1/services/catalogue')
        .then((r) => setServices(r.items.filter((s) => s.active)))
        .catch(() => setServices([]));
  }, [networkId, canPublish]);
  const codes = f.areaCodes.split(/[\s,;]+/).filter(Boolean);
  return (
    <section aria-labelledby="nw-catalogue">
      <h3 id="nw-catalogue">{t('nwc.title')}</h3>
      <p>
        <a href={`/katalog/${networkId}`}>{t('nwc.publicLink')}</a>
      </p>
      {entries?.length === 0 && <p>{t('nwc.none')}</p>}
      <ErrorSummary errors={{}} formError={withdraw.formError} labels={{}} />
      {entries && entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('nwc.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('nwc.service')}</th>
                <th scope="col">{t('networks.member')}</th>
                <th scope="col">{t('networks.area')}</th>
                <th scope="col">{t('pub.contact')}</th>
                {canPublish && (
                  <th scope="col">
                    <span className="sr-only">{t('nwc.withdraw')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    {e.name}
                    <br />
                    <span className="muted">
                      {t('nwc.price', { price: formatMoney(e.netPrice), unit: e.unit })}
                    </span>
                  </td>
                  <td>{e.centreName}</td>
                  <td>{e.area.map((a) => a.name).join(', ')}</td>
                  <td>{[e.contactPhone, e.contactEmail].filter(Boolean).join(', ')}</td>
                  {canPublish && (
                    <td>
                      {e.centreId === centreId && (
                        <button
                          type="button"
                          onClick={async () => {
                            const r = await withdraw.run(() =>
                              api<{ entries: CatalogueEntry[] }>(
                                'DELETE',
                                `/api/v1/networks/${networkId}/catalogue/${e.id}`,
                              ),
                            );
                            if (r) setEntries(r.entries);
                          }}
                        >
                          {t('nwc.withdraw')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPublish && (
        <form
          className="card"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await run(() =>
              api<{ entries: CatalogueEntry[] }>('POST', `/api/v1/networks/${networkId}/catalogue`, {
                serviceItemId: f.serviceItemId,
                areaCodes: codes,
                publicDescription: f.publicDescription || null,
                contactPhone: f.contactPhone || null,
                contactEmail: f.contactEmail || null,
              }),
            );
            if (r) {
              setEntries(r.entries);
              setF({
                serviceItemId: '',
                areaCodes: '',
                publicDescription: '',
                contactPhone: '',
                contactEmail: '',
              });
            }
          }}
        >
          <h4>{t('nwc.publish')}</h4>
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{
              serviceItemId: t('nwc.service'),
              contactEmail: t('nwc.email'),
              ...Object.fromEntries(codes.map((c, i) => [`areaCodes.${i}`, `${t('networks.area')}: ${c}`])),
            }}
          />
          <Field name="serviceItemId" label={t('nwc.service')} error={fieldErrors.serviceItemId} required>
            {(p) => (
              <select
                {...p}
                value={f.serviceItemId}
                onChange={(e) => setF({ ...f, serviceItemId: e.target.value })}
              >
                <option value="">—</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="areaCodes"
            label={t('nwc.area')}
            error={Object.entries(fieldErrors).find(([k]) => k.startsWith('areaCodes'))?.[1]}
          >
            {(p) => (
              <input {...p} value={f.areaCodes} onChange={(e) => setF({ ...f, areaCodes: e.target.value })} />
            )}
          </Field>
          <Field name="publicDescription" label={t('nwc.description')}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={f.publicDescription}
                onChange={(e) => setF({ ...f, publicDescription: e.target.value })}
              />
            )}
          </Field>
          <Field name="contactPhone" label={t('nwc.phone')}>
            {(p) => (
              <input
                {...p}
                value={f.contactPhone}
                onChange={(e) => setF({ ...f, contactPhone: e.target.value })}
              />
            )}
          </Field>
          <Field name="contactEmail" label={t('nwc.email')} error={fieldErrors.contactEmail}>
            {(p) => (
              <input
                {...p}
                type="email"
                value={f.contactEmail}
                onChange={(e) => setF({ ...f, contactEmail: e.target.value })}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy || !f.serviceItemId}>
            {t('nwc.send')}
          </button>
        </form>
      )}
      {canSeeEnquiries && <Enquiries />}
    </section>
  );
}

type Enquiry = z.infer<typeof EnquirySchema>;

/** The enquiries the public sent this centre from its networks' catalogue pages. */
function Enquiries() {
  const [list, setList] = useState<Enquiry[] | null>(null);
  const { formError, run } = useSubmit();
  useEffect(() => {
    void api<{ enquiries: Enquiry[] }>('GET', '/api/v1/network-enquiries')
      .then((r) => setList(r.enquiries))
      .catch(() => setList([]));
  }, []);
  return (
    <section aria-labelledby="nw-enquiries">
      <h4 id="nw-enquiries">{t('nwc.enquiries')}</h4>
      <ErrorSummary errors={{}} formError={formError} labels={{}} />
      {list?.length === 0 && <p>{t('nwc.noEnquiries')}</p>}
      <ul className="plain">
        {list?.map((q) => (
          <li key={q.id} className="card">
            <p>
              <strong>{q.serviceName}</strong> · {q.fullName} ·{' '}
              {[q.email, q.phone].filter(Boolean).join(', ')} · {formatDateTime(q.createdAt)} ·{' '}
              {t(`nwc.status.${q.status}`)}
            </p>
            <p className="pre-wrap">{q.message}</p>
            {q.status === 'NEW' && (
              <button
                type="button"
                onClick={async () => {
                  const r = await run(() =>
                    api<{ enquiries: Enquiry[] }>('POST', `/api/v1/network-enquiries/${q.id}/handled`),
                  );
                  if (r) setList(r.enquiries);
                }}
              >
                {t('nwc.handled')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
