import { z } from 'zod';
import {
  type CatalogueEntry,
  CatalogueEntryCreateSchema,
  type EnquirySchema,
} from '../../../src/contracts/network-work.contract';
import type { ServiceItem } from '../../../src/contracts/services.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatDateTime, formatMoney, t } from '../i18n';
import { queryClient, useApiQuery } from '../query';

import './networks-work.i18n';
import './networks.i18n';

type EntryForm = {
  serviceItemId: string;
  /** TERYT codes as typed, separated by commas, semicolons or spaces. */
  areaCodes: string;
  publicDescription: string;
  contactPhone: string;
  contactEmail: string;
};
const blankEntry: EntryForm = {
  serviceItemId: '',
  areaCodes: '',
  publicDescription: '',
  contactPhone: '',
  contactEmail: '',
};
const codesOf = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
const entryBody = (f: EntryForm) => ({
  serviceItemId: f.serviceItemId,
  areaCodes: codesOf(f.areaCodes),
  publicDescription: f.publicDescription || null,
  contactPhone: f.contactPhone || null,
  contactEmail: f.contactEmail || null,
});
/** The browser checks the exact body with the contract (a code's error is at `areaCodes.N`, as the server's). */
const entryForm = z.preprocess((v) => entryBody(v as EntryForm), CatalogueEntryCreateSchema);
type Entries = { entries: CatalogueEntry[] };

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
  const url = `/api/v1/networks/${networkId}/catalogue`;
  const entries = useApiQuery<Entries>(url).data?.entries;
  // A publication or a withdrawal answers with the whole catalogue.
  const setEntries = (next: Entries) => queryClient.setQueryData([url], next);
  const services = (
    useApiQuery<{ items: ServiceItem[] }>('/api/v1/services/catalogue', { enabled: canPublish, retry: false })
      .data?.items ?? []
  ).filter((s) => s.active);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<EntryForm>({
    defaultValues: blankEntry,
    schema: entryForm,
  });
  const withdraw = useSubmit();
  const codes = codesOf(form.watch('areaCodes'));
  const serviceItemId = form.watch('serviceItemId');
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
                            const r = await withdraw.run(() => api<Entries>('DELETE', `${url}/${e.id}`));
                            if (r) setEntries(r);
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
          noValidate
          onSubmit={onSubmit(async (v) => {
            setEntries(await api<Entries>('POST', url, entryBody(v)));
            form.reset(blankEntry);
          })}
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
              <select {...p} {...register('serviceItemId')}>
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
            {(p) => <input {...p} {...register('areaCodes')} />}
          </Field>
          <Field name="publicDescription" label={t('nwc.description')}>
            {(p) => <textarea {...p} rows={2} {...register('publicDescription')} />}
          </Field>
          <Field name="contactPhone" label={t('nwc.phone')}>
            {(p) => <input {...p} {...register('contactPhone')} />}
          </Field>
          <Field name="contactEmail" label={t('nwc.email')} error={fieldErrors.contactEmail}>
            {(p) => <input {...p} type="email" {...register('contactEmail')} />}
          </Field>
          <button type="submit" className="primary" disabled={busy || !serviceItemId}>
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
  const url = '/api/v1/network-enquiries';
  const read = useApiQuery<{ enquiries: Enquiry[] }>(url);
  const list = read.isError ? [] : read.data?.enquiries;
  const { formError, run } = useSubmit();
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
                  const r = await run(() => api<{ enquiries: Enquiry[] }>('POST', `${url}/${q.id}/handled`));
                  if (r) queryClient.setQueryData([url], r);
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
