import { useEffect, useState } from 'react';
import type { FinanceRegisterResponse as Register } from '../../../src/contracts/finance.contract';
import type { PlanLine } from '../../../src/domain/finance/categories';
import { parseZlotyToGrosze } from '../../../src/domain/payroll/elixir-text';
import { api } from '../api';
import { formatMoney, t, td } from '../i18n';
import './finance.i18n';

const plainZl = (grosze: number) =>
  (grosze / 100).toLocaleString('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function planLabel(line: PlanLine) {
  if (line === 'INCOME:OWN') return t('fin.ownIncomeLine');
  const [side, key] = line.split(':') as [string, string];
  return side === 'INCOME'
    ? t('fin.grantsLine', { kind: td(`fin.grantorKind.${key}`) })
    : td(`fin.cat.${key}`);
}

/** The year's estimate against execution; the accountant types the planned amounts in złoty. */
export function PlanSection({
  r,
  canEdit,
  onSaved,
}: {
  r: Register;
  canEdit: boolean;
  onSaved: (r: Register) => void;
}) {
  const initial = () =>
    Object.fromEntries(r.plan.map((p) => [p.line, p.planned === null ? '' : plainZl(p.planned)]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => setValues(initial()), [r.year]);
  const save = async () => {
    const bad = r.plan.filter((p) => values[p.line]?.trim() && parseZlotyToGrosze(values[p.line]!) === null);
    if (bad.length) {
      setMessage({
        kind: 'error',
        text: t('fin.planInvalid', { lines: bad.map((b) => planLabel(b.line)).join(', ') }),
      });
      return;
    }
    const lines = r.plan
      .map((p) => ({
        line: p.line,
        amountGrosze: values[p.line]?.trim() ? parseZlotyToGrosze(values[p.line]!) : null,
      }))
      .filter((l, i) => l.amountGrosze !== r.plan[i]!.planned);
    try {
      onSaved(await api<Register>('PUT', `/api/v1/finance/${r.year}/plan`, { lines }));
      setMessage({ kind: 'ok', text: t('fin.planSaved') });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  };
  const rows = (side: 'INCOME' | 'EXPENSE') => r.plan.filter((p) => p.line.startsWith(side));
  return (
    <section className="card" aria-labelledby="fin-plan">
      <h2 id="fin-plan">{t('fin.plan', { year: r.year })}</h2>
      {canEdit && <p className="hint">{t('fin.planHint')}</p>}
      {(['INCOME', 'EXPENSE'] as const).map((side) => (
        <div className="table-wrap" key={side}>
          <table>
            <caption>{side === 'INCOME' ? t('fin.income') : t('fin.expense')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fin.planLine')}</th>
                <th scope="col" className="num">
                  {t('fin.planned')}
                </th>
                <th scope="col" className="num">
                  {t('fin.actual')}
                </th>
                <th scope="col" className="num">
                  {t('fin.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows(side).map((p) => (
                <tr key={p.line}>
                  <th scope="row" id={`plan-${p.line.replace(':', '-')}`}>
                    {planLabel(p.line)}
                  </th>
                  <td className="num">
                    {canEdit ? (
                      <input
                        inputMode="decimal"
                        className="amount"
                        aria-label={`${t('fin.planned')}: ${planLabel(p.line)}`}
                        value={values[p.line] ?? ''}
                        onChange={(e) => setValues({ ...values, [p.line]: e.target.value })}
                      />
                    ) : (
                      formatMoney(p.planned)
                    )}
                  </td>
                  <td className="num">{formatMoney(p.actual)}</td>
                  <td className="num">{formatMoney(p.difference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {canEdit && (
        <button type="button" className="primary" onClick={() => void save()}>
          {t('fin.planSave')}
        </button>
      )}
      <div role="status" aria-live="polite">
        {message && <p className={`alert alert-${message.kind}`}>{message.text}</p>}
      </div>
    </section>
  );
}
