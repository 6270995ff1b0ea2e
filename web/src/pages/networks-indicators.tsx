import { useState } from 'react';
import {
  type IndicatorTable,
  IndicatorsQuerySchema,
  type NetworkIndicators,
} from '../../../src/contracts/network.contract';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { errorText, td, t } from '../i18n';
import { useApiQuery } from '../query';
import './networks-work.i18n';
import './networks.i18n';
import './pathway.i18n';
import './staff.i18n';

/** A category's label: eligibility groups and exit reasons reuse the pathway's texts. */
function categoryLabel(table: IndicatorTable['key'], code: string) {
  if (table === 'participantsByGroup')
    return td(code === 'UNKNOWN' ? 'networks.cat.UNKNOWN' : `group.${code}`);
  if (table === 'exitsByKind') return td(`exit.type.${code}`);
  if (table === 'staffByFunction') return td(`staff.function.${code}`);
  return td(`networks.cat.${code}`);
}

function Figure({ value }: { value: number | '<5' | 'c' }) {
  if (value === 'c') return <span className="muted">{t('networks.hidden')}</span>;
  return <>{value}</>;
}

/** The network's protected figures for a year, per member and in total, beside the centre's own exact ones. */
export function Indicators({ networkId }: { networkId: string }) {
  // The year shown: the form's year once it passes the contract's check and "Show" is pressed.
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const query = useApiQuery<NetworkIndicators>(`/api/v1/networks/${networkId}/indicators?year=${year}`);
  const data = query.data;
  const { register, fieldErrors, formError, onSubmit } = useApiForm<{ year: string }>({
    defaultValues: { year },
    schema: IndicatorsQuerySchema,
  });
  const show = onSubmit(async (v) => setYear(v.year));
  const readError = query.error ? errorText(query.error.code, query.error.message) : null;
  const name = (memberId: string) => data?.members.find((m) => m.memberId === memberId)?.name ?? '';
  return (
    <section aria-labelledby="nw-indicators">
      <h3 id="nw-indicators">{t('networks.indicators')}</h3>
      <form className="inline-form" onSubmit={show}>
        <label>
          {t('networks.year')}{' '}
          <input
            type="number"
            min={2000}
            max={2100}
            {...register('year')}
            {...(fieldErrors.year ? { 'aria-invalid': true } : {})}
          />
        </label>{' '}
        <button type="submit">{t('networks.show')}</button>
      </form>
      <ErrorSummary
        errors={{}}
        formError={
          (fieldErrors.year ? `${t('networks.year')}: ${fieldErrors.year}` : null) ?? formError ?? readError
        }
        labels={{}}
      />
      <p className="hint">{t('networks.suppressionNote')}</p>
      {data?.tables.map((table) => (
        <section
          className="table-wrap"
          key={table.key}
          // A table scrolling sideways must be keyboard-reachable (axe).
          // biome-ignore lint/a11y/noNoninteractiveTabindex: scrolling region
          tabIndex={0}
          aria-label={t(`networks.table.${table.key}`)}
        >
          <table>
            <caption>{t(`networks.table.${table.key}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('networks.member')}</th>
                {table.categories.map((c) => (
                  <th scope="col" key={c}>
                    {categoryLabel(table.key, c)}
                  </th>
                ))}
                {table.categories.length > 1 && <th scope="col">{t('networks.total')}</th>}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.memberId}>
                  <th scope="row">{name(row.memberId)}</th>
                  {row.cells.map((v, i) => (
                    <td key={table.categories[i]}>
                      <Figure value={v} />
                    </td>
                  ))}
                  {table.categories.length > 1 && (
                    <td>
                      <Figure value={row.total} />
                    </td>
                  )}
                </tr>
              ))}
              <tr className="total-row">
                <th scope="row">{t('networks.networkTotal')}</th>
                {table.totals.cells.map((v, i) => (
                  <td key={table.categories[i]}>
                    <Figure value={v} />
                  </td>
                ))}
                {table.categories.length > 1 && (
                  <td>
                    <Figure value={table.totals.total} />
                  </td>
                )}
              </tr>
              {table.own && (
                <tr>
                  <th scope="row">{t('networks.own')}</th>
                  {table.own.cells.map((v, i) => (
                    <td key={table.categories[i]}>{v}</td>
                  ))}
                  {table.categories.length > 1 && <td>{table.own.total}</td>}
                </tr>
              )}
            </tbody>
          </table>
        </section>
      ))}
      {data && (
        <p>
          {t('networks.places')}: {data.places.total}
        </p>
      )}
    </section>
  );
}
