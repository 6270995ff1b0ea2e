import { type Order, PaymentCancelSchema } from '../../../src/contracts/services.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';

import './services-stands.i18n';
import './services.i18n';

/** The order's payments; one typed by mistake is removed with a reason (its finance-register entry goes too). */
export function PaymentList({ order, onSaved }: { order: Order; onSaved: () => Promise<void> }) {
  if (!order.payments.length) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('svp.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sv.order.paidOn')}</th>
            <th scope="col">{t('svp.amount')}</th>
            <th scope="col">{t('svp.cancel')}</th>
          </tr>
        </thead>
        <tbody>
          {order.payments.map((p) => (
            <tr key={p.id}>
              <td>{p.paidOn}</td>
              <td className="num">{formatMoney(p.amount)}</td>
              <td>
                <CancelForm orderId={order.id} payment={p} onSaved={onSaved} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CancelForm({
  orderId,
  payment,
  onSaved,
}: {
  orderId: string;
  payment: Order['payments'][number];
  onSaved: () => Promise<void>;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ reason: string }>({
    defaultValues: { reason: '' },
    schema: PaymentCancelSchema,
  });
  const cancel = onSubmit(async (v) => {
    await api('POST', `/api/v1/services/orders/${orderId}/payments/${payment.id}/cancel`, v);
    await onSaved();
  });
  return (
    <details>
      <summary>{t('svp.cancel')}</summary>
      <form onSubmit={cancel} noValidate>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={{ reason: t('svs.reason') }} />
        <Field name={`reason-${payment.id}`} label={t('svp.reason')} error={fieldErrors.reason} required>
          {(p) => <input {...p} {...register('reason')} />}
        </Field>
        <button type="submit" disabled={busy}>
          {t('svp.confirm', { amount: formatMoney(payment.amount) })}
        </button>
      </form>
    </details>
  );
}
