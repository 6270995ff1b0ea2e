import type { z } from 'zod';
import type { DonationListSchema, HistorySchema, StockSchema } from '../../../src/contracts/inkind.contract';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { label } from './events';
import { NewDonation } from './inkind-donation';
import { Operations } from './inkind-operations';
import './inkind.i18n';

export type Stock = z.infer<typeof StockSchema>;
type Donations = z.infer<typeof DonationListSchema>;
type History = z.infer<typeof HistorySchema>;

/** After an operation or a donation: the stock, the donations and the history are read again. */
const reload = () => invalidate('/api/v1/inkind/');

/** In-kind help: where the material is now, donations (with thank-you letters), operations and history. */
/** `seesVolunteers`: the role may read the volunteers (an instructor may not: their names are not offered). */
export function InkindPage({ canManage, seesVolunteers }: { canManage: boolean; seesVolunteers: boolean }) {
  const stock = useApiQuery<Stock>('/api/v1/inkind/stock').data;
  const donations = useApiQuery<Donations>('/api/v1/inkind/donations').data?.items ?? [];
  const history = useApiQuery<History>('/api/v1/inkind/history').data?.items ?? [];
  if (!stock) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <h1>{t('inkind.title')}</h1>
      <section aria-labelledby="ik-stock">
        <h2 id="ik-stock">{t('inkind.stock')}</h2>
        <p className="hint">{t('inkind.stockHint')}</p>
        {stock.lines.length === 0 ? (
          <p>{t('inkind.noStock')}</p>
        ) : (
          <div className="table-wrap">
            <table id="ik-stock-table">
              <thead>
                <tr>
                  <th scope="col">{t('inkind.item')}</th>
                  <th scope="col">{t('inkind.holder')}</th>
                  <th scope="col">{t('inkind.quantity')}</th>
                </tr>
              </thead>
              <tbody>
                {stock.lines.map((l) => (
                  <tr key={`${l.itemId}-${l.holderKind}-${l.holderId}`}>
                    <td>{l.itemName}</td>
                    <td>{l.holderName}</td>
                    <td>{l.quantityText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canManage && <Operations stock={stock} onDone={reload} seesVolunteers={seesVolunteers} />}
      <section aria-labelledby="ik-donations">
        <h2 id="ik-donations">{t('inkind.donations')}</h2>
        {donations.length === 0 ? (
          <p>{t('inkind.noDonations')}</p>
        ) : (
          <ul>
            {donations.map((d) => (
              <li key={d.id}>
                {d.receivedOn} · {d.donorName}
                {d.documentNo && ` · ${d.documentNo}`}:{' '}
                {d.items.map((i) => `${i.name} ${i.quantityText}`).join(', ')}{' '}
                <a href={`/api/v1/inkind/donations/${d.id}/thank-you.pdf`}>{t('inkind.thankYou')}</a>
              </li>
            ))}
          </ul>
        )}
        {canManage && <NewDonation />}
      </section>
      <section aria-labelledby="ik-history">
        <h2 id="ik-history">{t('inkind.history')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('inkind.movedOn')}</th>
                <th scope="col">{t('inkind.step')}</th>
                <th scope="col">{t('inkind.item')}</th>
                <th scope="col">{t('inkind.from')}</th>
                <th scope="col">{t('inkind.to')}</th>
                <th scope="col">{t('inkind.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={`${h.operationId}-${h.itemName}`}>
                  <td className="nowrap">{h.movedOn}</td>
                  <td>{label(`inkind.step.${h.step}`)}</td>
                  <td>{h.itemName}</td>
                  <td>{h.from ?? '—'}</td>
                  <td>
                    {h.to ?? '—'}
                    {h.deliveryId && (
                      <>
                        {' '}
                        <a href={`/api/v1/inkind/deliveries/${h.deliveryId}/protocol.pdf`}>
                          {t('inkind.protocol')}
                        </a>
                      </>
                    )}
                  </td>
                  <td className="nowrap">{h.quantityText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
