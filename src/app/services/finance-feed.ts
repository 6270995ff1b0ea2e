import type { Db } from '../../db/connection';
import { recordServiceIncome } from '../finance/record-service-income';

/**
 * What the services module writes into the finance register (own income from sales, art. 9), always inside
 * the transaction that changes its own document. The basis is cash: a payment counts on the day it was
 * received and a stand's takings on its last day. An invoice alone adds nothing (it is not money yet), so
 * an invoiced and paid order is counted once. One entry per document (`payment:<id>`, `stand:<id>`):
 * a corrected document replaces its entry, a cancelled one removes it.
 */
export const paymentRef = (paymentId: string) => `payment:${paymentId}`;
export const standRef = (standId: string) => `stand:${standId}`;

export function feedPayment(
  db: Db,
  centreId: string,
  order: { number: string; title: string; invoice_number: string | null },
  payment: { id: string; paid_on: string; amount: number },
) {
  return recordServiceIncome(db, centreId, {
    sourceRef: paymentRef(payment.id),
    occurredOn: payment.paid_on,
    amountGrosze: payment.amount,
    description: `Wpłata za zlecenie ${order.number}: ${order.title}`.slice(0, 500),
    documentRef: order.invoice_number,
  });
}

export function unfeedPayment(db: Db, centreId: string, paymentId: string) {
  return recordServiceIncome(db, centreId, {
    sourceRef: paymentRef(paymentId),
    occurredOn: '2000-01-01',
    amountGrosze: 0,
    description: '',
  });
}

/** Stand takings (0 removes the entry: nothing was sold). */
export function feedStand(
  db: Db,
  centreId: string,
  stand: { id: string; name: string; place: string; to_date: string; takings: number },
) {
  return recordServiceIncome(db, centreId, {
    sourceRef: standRef(stand.id),
    occurredOn: stand.to_date,
    amountGrosze: stand.takings,
    description: `Utarg ze stoiska: ${stand.name}, ${stand.place}`.slice(0, 500),
  });
}
