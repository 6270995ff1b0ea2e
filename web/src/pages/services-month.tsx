import { decimal } from '../../../src/domain/polish-format';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { formatMoney, t } from '../i18n';
import { useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { todayPl } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

type WorkshopMonth = {
  workshop: { id: string; name: string };
  month: string;
  jobs: { id: string; orderNumber: string; title: string; fromDate: string; toDate: string; place: string }[];
  hours: number;
  income: { invoicedGross: number; paid: number; standTakings: number };
  participants: { participantId: string; name: string; days: number; hours: number }[];
};

const hoursText = (h: number) => decimal(h);

/** A workshop's month of selling: the jobs, the hours worked on them, the income and who worked. */
export function ServiceMonthPage({ search }: { search: string }) {
  const params = new URLSearchParams(search);
  const workshops = useApiQuery<{ items: Workshop[] }>('/api/v1/workshops').data?.items.filter(
    (w) => w.active,
  );
  const workshopId = params.get('workshop') ?? workshops?.[0]?.id ?? '';
  const month = params.get('month') ?? todayPl().slice(0, 7);
  // The workshop and month are in the address; a month being typed is not read until it is whole.
  const whole = !!workshopId && /^\d{4}-\d{2}$/.test(month);
  const read = useApiQuery<WorkshopMonth>(`/api/v1/services/workshops/${workshopId}/month?month=${month}`, {
    enabled: whole,
    // While the month is not whole, the last month read stays on the screen.
    placeholderData: (previous) => (whole ? undefined : previous),
  });
  const data = read.data ?? null;
  const error = !!read.error;
  const go = (w: string, m: string) =>
    navigate(`/services/month?workshop=${encodeURIComponent(w)}&month=${encodeURIComponent(m)}`, true);
  const income = data ? data.income.paid + data.income.standTakings : 0;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/services')}>{t('svs.back')}</a>
      </p>
      <h1>{t('svm.title')}</h1>
      <p className="lead">{t('svm.lead')}</p>
      <form className="grid-2" onSubmit={(e) => e.preventDefault()} aria-label={t('svm.choose')}>
        <div className="field">
          <label htmlFor="svm-workshop">{t('sv.item.workshop')}</label>
          <select id="svm-workshop" value={workshopId} onChange={(e) => go(e.target.value, month)}>
            {(workshops ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="svm-month">{t('svm.month')}</label>
          <input id="svm-month" type="month" value={month} onChange={(e) => go(workshopId, e.target.value)} />
        </div>
      </form>
      {workshops?.length === 0 && <p>{t('svm.noWorkshops')}</p>}
      {error && (
        <p className="alert alert-error" role="alert">
          {t('svm.error')}
        </p>
      )}
      {workshopId && !data && !error && <p>{t('app.loading')}</p>}
      {data && (
        <>
          <section className="card" aria-labelledby="svm-summary">
            <h2 id="svm-summary">
              {data.workshop.name} · {data.month}
            </h2>
            <dl className="facts">
              <dt>{t('svm.jobs')}</dt>
              <dd>{data.jobs.length}</dd>
              <dt>{t('svm.hours')}</dt>
              <dd>{hoursText(data.hours)}</dd>
              <dt>{t('svm.invoiced')}</dt>
              <dd>{formatMoney(data.income.invoicedGross)}</dd>
              <dt>{t('svm.paid')}</dt>
              <dd>{formatMoney(data.income.paid)}</dd>
              <dt>{t('svm.stands')}</dt>
              <dd>{formatMoney(data.income.standTakings)}</dd>
              <dt>{t('svm.income')}</dt>
              <dd>
                <strong>{formatMoney(income)}</strong>{' '}
                <span className="muted">
                  {t('svm.income.how', {
                    paid: formatMoney(data.income.paid),
                    stands: formatMoney(data.income.standTakings),
                  })}
                </span>
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="svm-jobs">
            <h2 id="svm-jobs">{t('svm.jobs')}</h2>
            {data.jobs.length === 0 ? (
              <p>{t('svm.jobs.none')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('sv.order.number')}</th>
                      <th scope="col">{t('sv.order.title')}</th>
                      <th scope="col">{t('svm.place')}</th>
                      <th scope="col">{t('svm.dates')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.jobs.map((j) => (
                      <tr key={j.id}>
                        <td>{j.orderNumber}</td>
                        <td>{j.title}</td>
                        <td>{j.place}</td>
                        <td>{j.fromDate === j.toDate ? j.fromDate : `${j.fromDate} – ${j.toDate}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="svm-people">
            <h2 id="svm-people">{t('svm.people')}</h2>
            {data.participants.length === 0 ? (
              <p>{t('svm.people.none')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('svm.person')}</th>
                      <th scope="col">{t('svm.days')}</th>
                      <th scope="col">{t('svm.hours')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.participants.map((p) => (
                      <tr key={p.participantId}>
                        <td>{p.name}</td>
                        <td className="num">{p.days}</td>
                        <td className="num">{hoursText(p.hours)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('svm.total')}</th>
                      <td className="num">{data.participants.reduce((s, p) => s + p.days, 0)}</td>
                      <td className="num">{hoursText(data.hours)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </main>
  );
}
