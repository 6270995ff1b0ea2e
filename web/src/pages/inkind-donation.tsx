import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { type DonationCreate, DonationCreateSchema } from '../../../src/contracts/inkind.contract';
import { UNIT_CODES } from '../../../src/domain/inkind/quantity';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate } from '../query';
import { label, usePartners } from './events';
import './inkind.i18n';

type DonationForm = {
  donorPartnerId: string;
  donorName: string;
  donorAddress: string;
  receivedOn: string;
  documentNo: string;
  /** `value` is the value in zł as typed ("12,50"); the body carries it in grosze. */
  items: { name: string; unit: string; quantity: string; value: string }[];
};

const blankItem = { name: '', unit: 'PIECE', quantity: '', value: '' };
const blank: DonationForm = {
  donorPartnerId: '',
  donorName: '',
  donorAddress: '',
  receivedOn: '',
  documentNo: '',
  items: [blankItem],
};

/** The body the form sends: a partner replaces the donor's own name; blanks are null. */
const donationBody = (form: DonationForm) => ({
  donorPartnerId: form.donorPartnerId || null,
  donorName: form.donorPartnerId ? null : form.donorName || null,
  donorAddress: form.donorAddress || null,
  receivedOn: form.receivedOn,
  documentNo: form.documentNo || null,
  items: form.items.map((i) => ({
    name: i.name,
    unit: i.unit as DonationCreate['items'][number]['unit'],
    quantity: i.quantity,
    valueGrosze: i.value ? Math.round(Number(i.value.replace(',', '.')) * 100) : null,
  })),
});

/** The browser checks the exact body with the contract (its paths are the fields' names, as the server's). */
const donationForm = z.preprocess((v) => donationBody(v as DonationForm), DonationCreateSchema);

/** A donation received: the donor (a partner, or a name) and the things given, each with its quantity. */
export function NewDonation() {
  const partners = usePartners();
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<DonationForm>({
    defaultValues: blank,
    schema: donationForm,
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const donorPartnerId = form.watch('donorPartnerId');
  const labels: Record<string, string> = {
    donorPartnerId: t('inkind.donorPartner'),
    donorName: t('inkind.donorName'),
    donorAddress: t('inkind.donorAddress'),
    receivedOn: t('inkind.receivedOn'),
    documentNo: t('inkind.documentNo'),
    items: t('inkind.item'),
  };
  items.fields.forEach((_, n) => {
    const no = t('inkind.itemNo', { n: n + 1 });
    labels[`items.${n}.name`] = `${no}: ${t('inkind.itemName')}`;
    labels[`items.${n}.unit`] = `${no}: ${t('inkind.unit')}`;
    labels[`items.${n}.quantity`] = `${no}: ${t('inkind.quantity')}`;
    labels[`items.${n}.valueGrosze`] = `${no}: ${t('inkind.valueZl')}`;
  });
  const text = (
    k: 'donorName' | 'donorAddress' | 'receivedOn' | 'documentNo',
    type = 'text',
    required = false,
  ) => (
    <Field name={k} label={labels[k]!} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} type={type} {...register(k)} />}
    </Field>
  );
  const save = onSubmit(async (values) => {
    await api('POST', '/api/v1/inkind/donations', donationBody(values));
    form.reset(blank);
    await invalidate('/api/v1/inkind/');
  });
  return (
    <form className="card" noValidate onSubmit={save}>
      <h3>{t('inkind.newDonation')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="donorPartnerId" label={labels.donorPartnerId!} error={fieldErrors.donorPartnerId}>
        {(p) => (
          <select {...p} {...register('donorPartnerId')}>
            <option value="">{t('inkind.donorNone')}</option>
            {partners.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!donorPartnerId && text('donorName', 'text', true)}
      {!donorPartnerId && text('donorAddress')}
      {text('receivedOn', 'date', true)}
      {text('documentNo')}
      {items.fields.map((it, n) => (
        <fieldset key={it.id} className="card">
          <legend>{t('inkind.itemNo', { n: n + 1 })}</legend>
          <Field
            name={`items.${n}.name`}
            label={t('inkind.itemName')}
            error={fieldErrors[`items.${n}.name`]}
            required
          >
            {(p) => <input {...p} {...register(`items.${n}.name`)} />}
          </Field>
          <Field
            name={`items.${n}.unit`}
            label={t('inkind.unit')}
            error={fieldErrors[`items.${n}.unit`]}
            required
          >
            {(p) => (
              <select {...p} {...register(`items.${n}.unit`)}>
                {UNIT_CODES.map((u) => (
                  <option key={u} value={u}>
                    {label(`inkind.unit.${u}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name={`items.${n}.quantity`}
            label={t('inkind.quantity')}
            error={fieldErrors[`items.${n}.quantity`]}
            required
          >
            {(p) => <input {...p} inputMode="decimal" {...register(`items.${n}.quantity`)} />}
          </Field>
          <Field
            name={`items.${n}.valueGrosze`}
            label={t('inkind.valueZl')}
            error={fieldErrors[`items.${n}.valueGrosze`]}
          >
            {(p) => <input {...p} inputMode="decimal" {...register(`items.${n}.value`)} />}
          </Field>
        </fieldset>
      ))}
      <button type="button" onClick={() => items.append(blankItem, { shouldFocus: false })}>
        {t('inkind.addItem')}
      </button>{' '}
      <button type="submit" className="primary" disabled={busy}>
        {t('inkind.save')}
      </button>
    </form>
  );
}
