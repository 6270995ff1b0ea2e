import {
  type Order,
  OrderInvoiceSchema,
  PaymentCreateSchema,
} from '../../../src/contracts/services.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { grosze, zlotyText } from '../components/zloty-text';
import { todayPl } from './services-shared';
import './services.i18n';

const invoiceForm = OrderInvoiceSchema.omit({ version: true });
const paymentForm = PaymentCreateSchema.extend({ amount: zlotyText(PaymentCreateSchema.shape.amount) });

/** The invoice (issued by the founding body) and the payments of a done order. */
export function InvoiceForm({ order, onSaved }: { order: Order; onSaved: () => Promise<void> }) {
  const invoice = useApiForm<{ invoiceNumber: string; invoicedOn: string }>({
    defaultValues: { invoiceNumber: order.invoiceNumber ?? '', invoicedOn: order.invoicedOn ?? todayPl() },
    schema: invoiceForm,
  });
  const payment = useApiForm<{ paidOn: string; amount: string }>({
    defaultValues: { paidOn: todayPl(), amount: '' },
    schema: paymentForm,
  });
  const labels = {
    invoiceNumber: t('sv.order.invoiceNumber'),
    invoicedOn: t('sv.order.invoicedOn'),
    paidOn: t('sv.order.paidOn'),
    amount: t('sv.order.amount'),
  };
  const sendInvoice = invoice.onSubmit(async (v) => {
    await api('POST', `/api/v1/services/orders/${order.id}/invoice`, { ...v, version: order.version });
    await onSaved();
  });
  const sendPayment = payment.onSubmit(async (v) => {
    await api('POST', `/api/v1/services/orders/${order.id}/payments`, {
      paidOn: v.paidOn,
      amount: grosze(v.amount),
    });
    await onSaved();
  });
  const e = invoice.fieldErrors;
  const pe = payment.fieldErrors;
  return (
    <div className="grid-2">
      <form onSubmit={sendInvoice} noValidate>
        <ErrorSummary errors={e} formError={invoice.formError} labels={labels} />
        <Field name="invoiceNumber" label={labels.invoiceNumber} error={e.invoiceNumber} required>
          {(p) => <input {...p} {...invoice.register('invoiceNumber')} />}
        </Field>
        <Field name="invoicedOn" label={labels.invoicedOn} error={e.invoicedOn} required>
          {(p) => <input {...p} type="date" {...invoice.register('invoicedOn')} />}
        </Field>
        <button type="submit" disabled={invoice.busy}>
          {t('sv.order.invoice')}
        </button>
      </form>
      <form onSubmit={sendPayment} noValidate>
        <ErrorSummary errors={pe} formError={payment.formError} labels={labels} />
        <Field name="paidOn" label={labels.paidOn} error={pe.paidOn} required>
          {(p) => <input {...p} type="date" {...payment.register('paidOn')} />}
        </Field>
        <Field name="amount" label={labels.amount} error={pe.amount} required>
          {(p) => <input {...p} inputMode="decimal" {...payment.register('amount')} />}
        </Field>
        <button type="submit" disabled={payment.busy}>
          {t('sv.order.payment')}
        </button>
      </form>
    </div>
  );
}
