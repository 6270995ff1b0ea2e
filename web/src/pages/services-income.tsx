import { useState } from 'react';
import { Field } from '../components/form';
import { formatMoney, t } from '../i18n';
import { useApiQuery } from '../query';
import { todayPl } from './services-shared';
import './services.i18n';

type Income = {
  months: { month: string; invoicedNet: number; invoicedGross: number; paid: number; standTakings: number }[];
  total: { invoicedNet: number; invoicedGross: number; paid: number; standTakings: number };
};

/** The income register of a year (invoiced, paid, stand takings) and the month's invoice data for export. */
export function IncomeSection() {
  const [year, setYear] = useState(Number(todayPl().slice(0, 4)));
  const income = useApiQuery<Income>(`/api/v1/services/income?year=${year}`, {
    placeholderData: (previous) => previous,
  }).data;
  const month = todayPl().slice(0, 7);
  return (
    <section className="card" aria-labelledby="sv-income">
      <h2 id="sv-income">{t('sv.income')}</h2>
      <Field name="incomeYear" label={t('sv.income.year')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        )}
      </Field>
      {income && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sv.income.month')}</th>
                <th scope="col">{t('sv.income.invoicedNet')}</th>
                <th scope="col">{t('sv.income.invoicedGross')}</th>
                <th scope="col">{t('sv.income.paid')}</th>
                <th scope="col">{t('sv.income.stands')}</th>
              </tr>
            </thead>
            <tbody>
              {income.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td className="num">{formatMoney(m.invoicedNet)}</td>
                  <td className="num">{formatMoney(m.invoicedGross)}</td>
                  <td className="num">{formatMoney(m.paid)}</td>
                  <td className="num">{formatMoney(m.standTakings)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('sv.income.total')}</th>
                <td className="num">{formatMoney(income.total.invoicedNet)}</td>
                <td className="num">{formatMoney(income.total.invoicedGross)}</td>
                <td className="num">{formatMoney(income.total.paid)}</td>
                <td className="num">{formatMoney(income.total.standTakings)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/api/v1/services/invoice-data?month=${month}&format=xlsx`}>
          {t('sv.income.exportXlsx', { month })}
        </a>
        {' · '}
        <a href={`/api/v1/services/invoice-data?month=${month}&format=csv`}>
          {t('sv.income.exportCsv', { month })}
        </a>
      </p>
      <p className="muted">{t('sv.income.ksef')}</p>
    </section>
  );
}
