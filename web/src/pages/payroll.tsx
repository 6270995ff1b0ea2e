import { useState } from 'react';
import type { Payroll } from '../../../src/contracts/payroll.contract';
import { polishDate } from '../../../src/domain/calendar';
import { RULE_SETS } from '../../../src/domain/law/rule-sets';
import { api, type ApiError } from '../api';
import { ConfirmAction } from '../components/confirm';
import { formatMoney, t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { BonusForm } from './payroll-bonus-form';
import { CorrectionForm } from './payroll-correction-form';
import './attendance.i18n';
import './payroll.i18n';

const thisMonth = () => polishDate(new Date()).slice(0, 7);
const ruleSetLabel = (id: string) => RULE_SETS.find((r) => r.id === id)?.label ?? id;

/**
 * The month's payroll: computed from the closed attendance by the rules engine (every amount with its
 * explanation), the director's bonuses, review by the accountant, approval, closing, and the files
 * for the bank and the archive.
 */
export function PayrollPage({ isDirector, isAccountant }: { isDirector: boolean; isAccountant: boolean }) {
  const [month, setMonth] = useState(thisMonth());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [encoding, setEncoding] = useState('cp1250');
  const base = `/api/v1/payroll/${month}`;
  const query = useApiQuery<Payroll>(base);
  // A month not computed yet is an answer, not a failure: the page offers to compute it.
  const none = query.error?.code === 'NOT_FOUND';
  const payroll: Payroll | null | 'none' = query.data ?? (none ? 'none' : null);
  const loadError = query.error && !none ? query.error.message : null;
  const setPayroll = (next: Payroll) => queryClient.setQueryData([base], next);
  const load = () => invalidate(base);
  const act = async (fn: () => Promise<Payroll | unknown>, ok: string) => {
    setMessage(null);
    try {
      const result = await fn();
      if (result && typeof result === 'object' && 'lines' in result) setPayroll(result as Payroll);
      else await load();
      setMessage({ kind: 'ok', text: ok });
    } catch (e) {
      const err = e as ApiError;
      setMessage({
        kind: 'error',
        text: err.fields?.length ? err.fields.map((f) => f.message).join(' ') : err.message,
      });
    }
  };
  const p = payroll && payroll !== 'none' ? payroll : null;
  const shown = message ?? (loadError ? { kind: 'error' as const, text: loadError } : null);
  return (
    <main id="main" className="wide">
      <h1>{t('pay.title')}</h1>
      <div className="card filters">
        <div className="field">
          <label htmlFor="pay-month">{t('att.month')}</label>
          <input
            id="pay-month"
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </div>
        {p?.status !== 'CLOSED' && (
          <button
            type="button"
            className="primary"
            onClick={() => void act(() => api('POST', `${base}/compute`), t('pay.computed'))}
          >
            {p ? t('pay.recompute') : t('pay.compute')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {shown && <p className={`alert alert-${shown.kind}`}>{shown.text}</p>}
      </div>
      {payroll === 'none' && <p>{t('pay.none')}</p>}
      {p && (
        <>
          <p className="lead">
            {t('pay.status')}: <strong>{t(`pay.status.${p.status}`)}</strong> · {t('pay.ruleSet')}:{' '}
            {ruleSetLabel(p.ruleSet)} · {t('pay.total')}: <strong>{formatMoney(p.total)}</strong>
          </p>
          <p className="muted">
            {t('pay.transfers', { count: p.transfers.count, sum: formatMoney(p.transfers.total) })} ·{' '}
            {t('pay.cash', { count: p.cash.count, sum: formatMoney(p.cash.total) })}
          </p>
          <p className="muted">
            {t('pay.contributions', {
              pension: formatMoney(p.contributions.pension),
              disability: formatMoney(p.contributions.disability),
              payer: p.contributions.payer,
            })}{' '}
            {!p.contributions.payerConfirmed && <span className="badge">{t('pay.payerToConfirm')}</span>}
          </p>
          <p className="muted small">{p.contributions.source}</p>
          <ul className="muted funding">
            {p.funding.map((f) => (
              <li key={f.source}>
                {f.label}: <strong>{formatMoney(f.amount)}</strong>
                <span className="muted"> ({f.basis})</span>
              </li>
            ))}
          </ul>
          {p.stale && (
            <div className="alert alert-error" role="alert">
              <p>{t('pay.stale')}</p>
              <button
                type="button"
                className="primary"
                onClick={() => void act(() => api('POST', `${base}/compute`), t('pay.computed'))}
              >
                {t('pay.recompute')}
              </button>
            </div>
          )}
          {p.blockers.length > 0 && (
            <div className="alert alert-demo">
              <p>{t('pay.blockers')}</p>
              <ul>
                {p.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="buttons">
            {isAccountant && p.status === 'DRAFT' && (
              <button
                type="button"
                disabled={p.stale || p.lines.some((l) => l.missingDays.length > 0)}
                onClick={() =>
                  void act(() => api('POST', `${base}/review`, { version: p.version }), t('pay.reviewed'))
                }
              >
                {t('pay.review')}
              </button>
            )}
            {isDirector && p.status === 'REVIEWED' && (
              <button
                type="button"
                className="primary"
                disabled={p.stale}
                onClick={() =>
                  void act(() => api('POST', `${base}/approve`, { version: p.version }), t('pay.approved'))
                }
              >
                {t('pay.approve')}
              </button>
            )}
            {p.status === 'APPROVED' && (
              <ConfirmAction
                primary
                disabled={p.stale}
                label={t('pay.close')}
                question={t('pay.closeQuestion', {
                  month: `${month.slice(5, 7)}.${month.slice(0, 4)}`,
                  total: formatMoney(p.total),
                })}
                confirmLabel={t('pay.closeConfirm')}
                onConfirm={() =>
                  void act(() => api('POST', `${base}/close`, { version: p.version }), t('pay.closed'))
                }
              />
            )}
          </div>
          {(p.status === 'APPROVED' || p.status === 'CLOSED') && (
            <div className="buttons pay-files">
              <div className="field">
                <label htmlFor="pay-enc">{t('pay.encoding')}</label>
                <select id="pay-enc" value={encoding} onChange={(e) => setEncoding(e.target.value)}>
                  <option value="cp1250">Windows-1250</option>
                  <option value="iso-8859-2">ISO-8859-2</option>
                  <option value="utf-8">UTF-8</option>
                </select>
              </div>
              <a href={`${base}/bank-file?encoding=${encoding}`}>{t('pay.bankFile')}</a>
              <a href={`${base}/payment-list.pdf`} target="_blank" rel="noopener">
                {t('pay.listPdf')}
              </a>
              <a href={`${base}/payment-list.xlsx`}>{t('pay.listXlsx')}</a>
              <a href={`${base}/refund-claim.pdf`} target="_blank" rel="noopener">
                {t('pay.refundClaim')}
              </a>
            </div>
          )}
          <div className="table-wrap">
            <table>
              <caption className="sr-only">
                {t('pay.title')} {month}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('att.person')}</th>
                  <th scope="col">{t('pay.line')}</th>
                  <th scope="col">{t('pay.benefit')}</th>
                  <th scope="col">{t('pay.bonus')}</th>
                  <th scope="col">{t('pay.toPay')}</th>
                  <th scope="col">{t('pay.how')}</th>
                </tr>
              </thead>
              <tbody>
                {p.lines.map((l) => (
                  <tr key={l.id}>
                    <th scope="row">{l.name}</th>
                    <td>
                      {l.kind === 'CORRECTION' ? t('pay.correction') : t(`pay.line.${l.status}`)}
                      <details>
                        <summary>{t('pay.why')}</summary>
                        <ul className="explain">
                          {l.explanation.map((e, i) => (
                            <li key={i}>{e}</li>
                          ))}
                        </ul>
                      </details>
                    </td>
                    <td className="num">{formatMoney(l.benefit)}</td>
                    <td className="num">{formatMoney(l.bonus)}</td>
                    <td className="num">
                      <strong>{formatMoney(l.total)}</strong>
                      {l.missingDays.length > 0 && (
                        <span className="field-error">
                          {' '}
                          {t('pay.provisional', { count: l.missingDays.length })}
                        </span>
                      )}
                      {(p.status === 'APPROVED' || p.status === 'CLOSED') &&
                        l.status === 'PAY' &&
                        l.kind === 'BENEFIT' && (
                          <>
                            {' '}
                            <a
                              href={`${base}/payslip/${l.participantId}`}
                              target="_blank"
                              rel="noopener"
                              aria-label={`PDF — ${t('pay.payslip')}: ${l.name}`}
                            >
                              PDF
                            </a>
                          </>
                        )}
                    </td>
                    <td>
                      {l.paidInCash ? (
                        t('pay.inCash')
                      ) : l.bankAccount ? (
                        t('pay.byTransfer')
                      ) : (
                        <span className="field-error">{t('pay.noAccount')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {isDirector && p.status !== 'CLOSED' && (
            <BonusForm
              month={month}
              people={p.lines.filter((l) => l.kind === 'BENEFIT' && l.status !== 'CONTINUING_NO_BENEFIT')}
              onDone={async (saved) => {
                // The draft takes the bonus at once: recompute and show the new amount.
                try {
                  const next = await api<Payroll>('POST', `${base}/compute`);
                  setPayroll(next);
                  const l = next.lines.find(
                    (x) => x.participantId === saved.participantId && x.kind === 'BENEFIT',
                  );
                  setMessage({
                    kind: 'ok',
                    text: t('pay.bonusSaved', {
                      name: l?.name ?? '',
                      amount: formatMoney(saved.amountGrosze),
                      limit: formatMoney(saved.limitGrosze),
                      total: formatMoney(l?.total ?? 0),
                    }),
                  });
                } catch (e) {
                  setMessage({ kind: 'error', text: (e as Error).message });
                  void load();
                }
              }}
            />
          )}
          {p.status === 'CLOSED' && (
            <CorrectionForm
              month={month}
              people={p.lines.filter((l) => l.kind === 'BENEFIT')}
              onDone={(text) => setMessage({ kind: 'ok', text })}
            />
          )}
        </>
      )}
    </main>
  );
}
