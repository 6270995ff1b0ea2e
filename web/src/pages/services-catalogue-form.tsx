import { IsoDateSchema, UuidSchema } from '../../../src/contracts/common';
import { CustomerCreateSchema, ServiceItemCreateSchema } from '../../../src/contracts/services.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { ACTIVITY_TYPES } from '../../../src/domain/services/activity';
import { VAT_RATES } from '../../../src/domain/services/vat';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { fieldErrorText, t } from '../i18n';
import { grosze, zlotyText } from '../components/zloty-text';
import { ACTIVITY_LABELS, VAT_RATE_LABELS } from './services-shared';
import './services.i18n';

type ItemValues = {
  workshopId: string;
  name: string;
  kind: 'SERVICE' | 'PRODUCT';
  activityType: string;
  unit: string;
  netPrice: string;
  vatRate: string;
};
/** The contract's checks on the form's text (the price is typed in złoty). */
const itemForm = ServiceItemCreateSchema.extend({
  netPrice: zlotyText(ServiceItemCreateSchema.shape.netPrice),
});

/** A new item of the catalogue (a service or a product of a workshop, its activity, price and VAT rate). */
export function ItemForm({ workshops, onSaved }: { workshops: Workshop[]; onSaved: () => Promise<void> }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ItemValues>({
    defaultValues: {
      workshopId: workshops[0]!.id,
      name: '',
      kind: 'SERVICE',
      activityType: 'SERVICES_OTHER',
      unit: 'szt.',
      netPrice: '',
      vatRate: '23',
    },
    schema: itemForm,
  });
  const labels = {
    workshopId: t('sv.item.workshop'),
    name: t('sv.item.name'),
    activityType: t('sv.item.activity'),
    unit: t('sv.item.unit'),
    netPrice: t('sv.item.price'),
    vatRate: t('sv.item.vat'),
  };
  const save = onSubmit(async (v) => {
    await api('POST', '/api/v1/services/catalogue', { ...v, netPrice: grosze(v.netPrice) });
    form.reset({ ...v, name: '', netPrice: '' });
    await onSaved();
  });
  return (
    <form onSubmit={save} noValidate>
      <h3>{t('sv.item.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="name" label={labels.name} error={fieldErrors.name} required>
          {(p) => <input {...p} {...register('name')} />}
        </Field>
        <Field name="workshopId" label={labels.workshopId} error={fieldErrors.workshopId}>
          {(p) => (
            <select {...p} {...register('workshopId')}>
              {workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="activityType"
          label={labels.activityType}
          error={fieldErrors.activityType}
          hint={t('sv.item.activityHint')}
        >
          {(p) => (
            <select {...p} {...register('activityType')}>
              {ACTIVITY_TYPES.map((a) => (
                <option key={a} value={a}>
                  {ACTIVITY_LABELS[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="kind" label={t('sv.item.kind')}>
          {(p) => (
            <select {...p} {...register('kind')}>
              <option value="SERVICE">{t('sv.item.kind.SERVICE')}</option>
              <option value="PRODUCT">{t('sv.item.kind.PRODUCT')}</option>
            </select>
          )}
        </Field>
        <Field name="unit" label={labels.unit} error={fieldErrors.unit} required>
          {(p) => <input {...p} {...register('unit')} />}
        </Field>
        <Field name="netPrice" label={labels.netPrice} error={fieldErrors.netPrice} required>
          {(p) => <input {...p} inputMode="decimal" {...register('netPrice')} />}
        </Field>
        <Field name="vatRate" label={labels.vatRate} error={fieldErrors.vatRate}>
          {(p) => (
            <select {...p} {...register('vatRate')}>
              {VAT_RATES.map((r) => (
                <option key={r} value={r}>
                  {VAT_RATE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={busy}>
        {t('sv.item.add')}
      </button>
    </form>
  );
}

type CustomerValues = {
  kind: 'PARTNER' | 'PERSON';
  partnerId: string;
  fullName: string;
  address: string;
  phone: string;
  consentOn: string;
};
/**
 * The contract's checks on the form's text (a field left blank is "not given"; the server asks for
 * what a kind needs).
 */
const customerForm = CustomerCreateSchema.extend({
  partnerId: orEmpty(UuidSchema),
  consentOn: orEmpty(IsoDateSchema),
}).superRefine((v, ctx) => {
  // What the server asks of a private customer, said before sending, as the server would say it.
  if (v.kind !== 'PERSON') return;
  if (!v.fullName?.trim())
    ctx.addIssue({
      code: 'custom',
      path: ['fullName'],
      message: fieldErrorText('REQUIRED', 'Podaj imię i nazwisko klienta.'),
    });
  if (!v.consentOn)
    ctx.addIssue({
      code: 'custom',
      path: ['consentOn'],
      message: fieldErrorText(
        'CONSENT_REQUIRED',
        'Zapisz datę zgody klienta na przetwarzanie jego danych do realizacji zlecenia.',
      ),
    });
});

/** A new customer: a partner from the registry, or a private person with the day of their consent. */
export function CustomerForm({
  partners,
  onSaved,
}: {
  partners: { id: string; name: string }[];
  onSaved: () => Promise<void>;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<CustomerValues>({
    defaultValues: {
      kind: 'PARTNER',
      partnerId: partners[0]?.id ?? '',
      fullName: '',
      address: '',
      phone: '',
      consentOn: '',
    },
    schema: customerForm,
  });
  const kind = form.watch('kind');
  const labels = {
    partnerId: t('sv.customer.partner'),
    fullName: t('sv.customer.fullName'),
    consentOn: t('sv.customer.consentOn'),
  };
  const save = onSubmit(async (f) => {
    const body =
      f.kind === 'PARTNER'
        ? { kind: 'PARTNER', partnerId: f.partnerId || null }
        : {
            kind: 'PERSON',
            fullName: f.fullName || null,
            address: f.address || null,
            phone: f.phone || null,
            consentOn: f.consentOn || null,
          };
    await api('POST', '/api/v1/services/customers', body);
    await onSaved();
  });
  return (
    <form onSubmit={save} noValidate>
      <h3>{t('sv.customer.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={t('sv.customer.kind')}>
        {(p) => (
          <select {...p} {...register('kind')}>
            <option value="PARTNER">{t('sv.customer.kind.PARTNER')}</option>
            <option value="PERSON">{t('sv.customer.kind.PERSON')}</option>
          </select>
        )}
      </Field>
      {kind === 'PARTNER' ? (
        <Field
          name="partnerId"
          label={labels.partnerId}
          error={fieldErrors.partnerId}
          hint={t('sv.customer.partnerHint')}
        >
          {(p) => (
            <select {...p} {...register('partnerId')}>
              {partners.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div className="grid-2">
          <Field name="fullName" label={labels.fullName} error={fieldErrors.fullName} required>
            {(p) => <input {...p} {...register('fullName')} />}
          </Field>
          <Field name="address" label={t('sv.customer.address')}>
            {(p) => <input {...p} {...register('address')} />}
          </Field>
          <Field name="phone" label={t('sv.customer.phone')}>
            {(p) => <input {...p} {...register('phone')} />}
          </Field>
          <Field name="consentOn" label={labels.consentOn} error={fieldErrors.consentOn} required>
            {(p) => <input {...p} type="date" {...register('consentOn')} />}
          </Field>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {t('sv.customer.add')}
      </button>
    </form>
  );
}
