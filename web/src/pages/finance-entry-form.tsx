import { FinanceEntryCreateSchema } from '../../../src/contracts/finance.contract';
import { polishDate } from '../../../src/domain/calendar';
import {
  ENTRY_KINDS,
  EXPENSE_CATEGORIES,
  GRANTOR_KINDS,
  INCOME_SOURCES,
  PAYROLL_CATEGORY,
} from '../../../src/domain/finance/categories';
import { parseZlotyToGrosze } from '../../../src/domain/payroll/elixir-text';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { zlotyText } from '../components/zloty-text';
import './finance.i18n';
import './payroll.i18n';

type EntryFormValues = {
  kind: (typeof ENTRY_KINDS)[number];
  occurredOn: string;
  amountGrosze: string;
  grantorKind: string;
  partnerId: string;
  grantorName: string;
  category: string;
  incomeSource: string;
  description: string;
  documentRef: string;
};

/**
 * The contract's checks of the fields always sent, on the text the form holds (the amount typed in złoty,
 * sent in grosze); the fields that depend on the kind are checked by the server and shown at the field.
 */
const entryForm = FinanceEntryCreateSchema.pick({
  kind: true,
  occurredOn: true,
  description: true,
  documentRef: true,
}).extend({
  amountGrosze: zlotyText(FinanceEntryCreateSchema.shape.amountGrosze, false, () => t('fin.amountInvalid')),
});

/** One entry of the register: a grant, its use, own income or an expense by its category. */
export function EntryForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<EntryFormValues>({
    defaultValues: {
      kind: 'EXPENSE',
      occurredOn: polishDate(new Date()),
      amountGrosze: '',
      grantorKind: '',
      partnerId: '',
      grantorName: '',
      category: '',
      incomeSource: 'SALES',
      description: '',
      documentRef: '',
    },
    schema: entryForm,
  });
  const partners =
    useApiQuery<{ items: { id: string; name: string }[] }>('/api/v1/finance/partners').data?.items ?? [];
  const kind = form.watch('kind');
  const partnerId = form.watch('partnerId');
  const grant = kind.startsWith('GRANT_');
  const labels: Record<string, string> = {
    kind: t('fin.kind'),
    occurredOn: t('fin.date'),
    amountGrosze: t('fin.amountZl'),
    grantorKind: t('fin.grantorKind'),
    partnerId: t('fin.partner'),
    grantorName: t('fin.grantorName'),
    category: kind === 'EXPENSE' ? t('fin.category') : t('fin.purpose'),
    incomeSource: t('fin.incomeSource'),
    description: t('fin.description'),
    documentRef: t('fin.documentRef'),
  };
  const submit = onSubmit(async (v) => {
    const amountGrosze = parseZlotyToGrosze(v.amountGrosze);
    await api('POST', '/api/v1/finance/entries', {
      kind,
      occurredOn: v.occurredOn,
      amountGrosze,
      grantorKind: grant && v.grantorKind ? v.grantorKind : null,
      partnerId: grant && v.partnerId ? v.partnerId : null,
      grantorName: grant && !v.partnerId ? v.grantorName : null,
      category: (kind === 'EXPENSE' || kind === 'GRANT_USED') && v.category ? v.category : null,
      incomeSource: kind === 'OWN_INCOME' ? v.incomeSource : null,
      description: v.description,
      documentRef: v.documentRef || null,
    });
    form.reset({ ...v, amountGrosze: '', description: '', documentRef: '' });
    await onSaved();
  });
  return (
    <form className="card" aria-labelledby="fin-add" noValidate onSubmit={submit}>
      <h2 id="fin-add">{t('fin.add')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
          {(p) => (
            <select {...p} {...register('kind')}>
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`fin.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="occurredOn" label={labels.occurredOn!} error={fieldErrors.occurredOn} required>
          {(p) => <input {...p} type="date" {...register('occurredOn')} />}
        </Field>
        <Field name="amountGrosze" label={labels.amountGrosze!} error={fieldErrors.amountGrosze} required>
          {(p) => <input {...p} inputMode="decimal" {...register('amountGrosze')} />}
        </Field>
      </div>
      {grant && (
        <div className="row">
          <Field name="grantorKind" label={labels.grantorKind!} error={fieldErrors.grantorKind} required>
            {(p) => (
              <select {...p} {...register('grantorKind')}>
                <option value="">{t('fin.choose')}</option>
                {GRANTOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`fin.grantorKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="partnerId" label={labels.partnerId!} error={fieldErrors.partnerId}>
            {(p) => (
              <select {...p} {...register('partnerId')}>
                <option value="">{t('fin.partnerNone')}</option>
                {partners.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!partnerId && (
            <Field name="grantorName" label={labels.grantorName!} error={fieldErrors.grantorName} required>
              {(p) => <input {...p} {...register('grantorName')} />}
            </Field>
          )}
        </div>
      )}
      {(kind === 'EXPENSE' || kind === 'GRANT_USED') && (
        <Field
          name="category"
          label={labels.category!}
          error={fieldErrors.category}
          required={kind === 'EXPENSE'}
        >
          {(p) => (
            <select {...p} {...register('category')}>
              <option value="">{kind === 'EXPENSE' ? t('fin.choose') : t('fin.purposeNone')}</option>
              {EXPENSE_CATEGORIES.filter((c) => kind !== 'EXPENSE' || c !== PAYROLL_CATEGORY).map((c) => (
                <option key={c} value={c}>
                  {t(`fin.cat.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'OWN_INCOME' && (
        <Field name="incomeSource" label={labels.incomeSource!} error={fieldErrors.incomeSource} required>
          {(p) => (
            <select {...p} {...register('incomeSource')}>
              {INCOME_SOURCES.filter((s) => s !== 'SERVICES').map((s) => (
                <option key={s} value={s}>
                  {t(`fin.source.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="row">
        <Field name="description" label={labels.description!} error={fieldErrors.description} required>
          {(p) => <input {...p} {...register('description')} />}
        </Field>
        <Field name="documentRef" label={labels.documentRef!} error={fieldErrors.documentRef}>
          {(p) => <input {...p} {...register('documentRef')} />}
        </Field>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('fin.save')}
      </button>
    </form>
  );
}
