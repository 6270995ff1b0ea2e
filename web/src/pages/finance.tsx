import { useState } from 'react';
import type {
  FinanceEntry,
  FinanceRegisterResponse as Register,
} from '../../../src/contracts/finance.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { formatMoney, t, td } from '../i18n';
import { ConfirmAction } from '../components/confirm';
import { invalidate, queryClient, useApiQuery } from '../query';
import { EntryForm } from './finance-entry-form';
import { PlanSection } from './finance-plan';
import './finance.i18n';

const yearFromUrl = () => {
  const y = Number(new URLSearchParams(window.location.search).get('year'));
  return y >= 2000 && y <= 2100 ? y : Number(polishDate(new Date()).slice(0, 4));
};

function entryWhat(e: FinanceEntry) {
  if (e.grantorKind) return `${e.grantorName ?? ''} (${t(`fin.grantorKind.${e.grantorKind}`)})`;
  if (e.category && e.kind === 'EXPENSE') return t(`fin.cat.${e.category}`);
  if (e.incomeSource) return t(`fin.source.${e.incomeSource}`);
  return '';
}

/**
 * The finance register of a year for the accountant and the director: grants by grantor, own income,
 * expenses by the categories of art. 10 ust. 6 (benefits and bonuses from the closed payrolls, with the
 * reconciliation), the estimate against execution, the entries, and the XLSX.
 */
export function FinancePage({ canEdit }: { canEdit: boolean }) {
  const [year, setYear] = useState(yearFromUrl());
  const url = `/api/v1/finance/${year}`;
  const query = useApiQuery<Register>(url);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const load = () => invalidate(url);
  const setRegister = (next: Register) => queryClient.setQueryData([url], next);
  const r = query.data ?? null;
  const shown = message ?? (query.error ? { kind: 'error' as const, text: query.error.message } : null);
  return (
    <main id="main" className="wide">
      <h1>{t('fin.title')}</h1>
      <p className="lead">{t('fin.lead')}</p>
      <div className="card filters">
        <div className="field">
          <label htmlFor="fin-year">{t('fin.year')}</label>
          <input
            id="fin-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => {
              const y = Number(e.target.value);
              if (y >= 2000 && y <= 2100) setYear(y);
            }}
          />
        </div>
        <a href={`/api/v1/finance/${year}/register.xlsx`} download>
          {t('fin.xlsx')}
        </a>
      </div>
      <div role="status" aria-live="polite">
        {shown && <p className={`alert alert-${shown.kind}`}>{shown.text}</p>}
      </div>
      {r && (
        <>
          <GrantsSection r={r} />
          <section className="card" aria-labelledby="fin-income">
            <h2 id="fin-income">{t('fin.ownIncome')}</h2>
            <table>
              <tbody>
                {r.ownIncome.bySource.map((s) => (
                  <tr key={s.source}>
                    <th scope="row">{t(`fin.source.${s.source}`)}</th>
                    <td className="num">{formatMoney(s.amount)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('fin.total')}</th>
                  <td className="num">
                    <strong>{formatMoney(r.ownIncome.total)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="fin-expenses">
            <h2 id="fin-expenses">{t('fin.expenses')}</h2>
            <p className="muted small">{t('fin.basis', { basis: r.basis })}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fin.category')}</th>
                  <th scope="col" className="num">
                    {t('fin.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.expenses.byCategory.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">
                      {t(`fin.cat.${c.category}`)}
                      {c.fromPayroll && ' '}
                      {c.fromPayroll && <span className="badge">{t('fin.fromPayroll')}</span>}
                    </th>
                    <td className="num">{formatMoney(c.amount)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('fin.total')}</th>
                  <td className="num">
                    <strong>{formatMoney(r.expenses.total)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
          </section>
          {r.centreType === 'CIS' && <PayrollSection r={r} />}
          <PlanSection r={r} canEdit={canEdit} onSaved={setRegister} />
          {canEdit && (
            <EntryForm
              onSaved={async () => {
                setMessage({ kind: 'ok', text: t('fin.saved') });
                await load();
              }}
            />
          )}
          <EntriesSection
            r={r}
            canEdit={canEdit}
            onDeleted={async () => {
              setMessage({ kind: 'ok', text: t('fin.deleted') });
              await load();
            }}
          />
        </>
      )}
    </main>
  );
}

function GrantsSection({ r }: { r: Register }) {
  const g = r.grants;
  return (
    <section className="card" aria-labelledby="fin-grants">
      <h2 id="fin-grants">{t('fin.grants')}</h2>
      {g.byGrantor.length === 0 ? (
        <p className="muted">{t('fin.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fin.grantor')}</th>
                <th scope="col" className="num">
                  {t('fin.received')}
                </th>
                <th scope="col" className="num">
                  {t('fin.used')}
                </th>
                <th scope="col" className="num">
                  {t('fin.returned')}
                </th>
                <th scope="col" className="num">
                  {t('fin.balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {g.byGrantor.map((x) => (
                <tr key={`${x.grantorKind}-${x.partnerId ?? x.name}`}>
                  <th scope="row">
                    {x.name} <span className="muted">({t(`fin.grantorKind.${x.grantorKind}`)})</span>
                  </th>
                  <td className="num">{formatMoney(x.received)}</td>
                  <td className="num">{formatMoney(x.used)}</td>
                  <td className="num">{formatMoney(x.returned)}</td>
                  <td className="num">{formatMoney(x.balance)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('fin.total')}</th>
                <td className="num">
                  <strong>{formatMoney(g.received)}</strong>
                </td>
                <td className="num">
                  <strong>{formatMoney(g.used)}</strong>
                </td>
                <td className="num">
                  <strong>{formatMoney(g.returned)}</strong>
                </td>
                <td className="num">
                  <strong>{formatMoney(g.received - g.used - g.returned)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PayrollSection({ r }: { r: Register }) {
  const p = r.payroll;
  return (
    <section className="card" aria-labelledby="fin-payroll">
      <h2 id="fin-payroll">{t('fin.payroll')}</h2>
      <p className="muted">{t('fin.payrollLead')}</p>
      <p className={p.agrees ? 'alert alert-ok' : 'alert alert-error'}>
        {p.agrees
          ? t('fin.reconciled', {
              benefits: formatMoney(p.benefits),
              bonuses: formatMoney(p.bonuses),
              total: formatMoney(p.total),
            })
          : t('fin.notReconciled')}
      </p>
      {p.openMonths.length > 0 && <p>{t('fin.openMonths', { months: p.openMonths.join(', ') })}</p>}
      {p.missingMonths.length > 0 && (
        <p className="muted">{t('fin.missingMonths', { months: p.missingMonths.join(', ') })}</p>
      )}
      {p.months.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fin.month')}</th>
                <th scope="col">{t('fin.status')}</th>
                <th scope="col" className="num">
                  {t('fin.benefits')}
                </th>
                <th scope="col" className="num">
                  {t('fin.corrections')}
                </th>
                <th scope="col" className="num">
                  {t('fin.bonuses')}
                </th>
                <th scope="col" className="num">
                  {t('fin.linesTotal')}
                </th>
                <th scope="col" className="num">
                  {t('fin.storedTotal')}
                </th>
                <th scope="col">{t('fin.agrees')}</th>
              </tr>
            </thead>
            <tbody>
              {p.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td>
                    {td(`fin.payStatus.${m.status}`)}
                    {!m.counted && ' '}
                    {!m.counted && <span className="badge">{t('fin.notCounted')}</span>}
                  </td>
                  <td className="num">{formatMoney(m.benefits)}</td>
                  <td className="num">{formatMoney(m.corrections)}</td>
                  <td className="num">{formatMoney(m.bonuses)}</td>
                  <td className="num">{formatMoney(m.linesTotal)}</td>
                  <td className="num">{formatMoney(m.storedTotal)}</td>
                  <td>{m.agrees ? t('fin.yes') : t('fin.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EntriesSection({
  r,
  canEdit,
  onDeleted,
}: {
  r: Register;
  canEdit: boolean;
  onDeleted: () => Promise<void>;
}) {
  return (
    <section className="card" aria-labelledby="fin-entries">
      <h2 id="fin-entries">{t('fin.entries')}</h2>
      {r.entries.length === 0 ? (
        <p className="muted">{t('fin.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fin.date')}</th>
                <th scope="col">{t('fin.kind')}</th>
                <th scope="col">{t('fin.what')}</th>
                <th scope="col">{t('fin.description')}</th>
                <th scope="col" className="num">
                  {t('fin.amount')}
                </th>
                {canEdit && (
                  <th scope="col">
                    <span className="sr-only">{t('fin.delete')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {r.entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.occurredOn}</td>
                  <td>{t(`fin.kind.${e.kind}`)}</td>
                  <td>{entryWhat(e)}</td>
                  <td>
                    {e.description}
                    {e.documentRef && <span className="muted"> · {e.documentRef}</span>}
                  </td>
                  <td className="num">{formatMoney(e.amountGrosze)}</td>
                  {canEdit && (
                    <td>
                      {e.source === 'MANUAL' && (
                        <ConfirmAction
                          label={t('fin.delete')}
                          question={t('fin.deleteQuestion', {
                            description: e.description,
                            amount: formatMoney(e.amountGrosze),
                          })}
                          confirmLabel={t('fin.delete')}
                          onConfirm={() =>
                            void api('DELETE', `/api/v1/finance/entries/${e.id}`).then(onDeleted)
                          }
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
