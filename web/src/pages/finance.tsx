import { useEffect, useState } from 'react';
import type {
  FinanceEntry,
  FinanceRegisterResponse as Register,
} from '../../../src/contracts/finance.contract';
import { polishDate } from '../../../src/domain/calendar';
import {
  ENTRY_KINDS,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  GRANTOR_KINDS,
  type GrantorKind,
  INCOME_SOURCES,
  PAYROLL_CATEGORY,
  type PlanLine,
} from '../../../src/domain/finance/categories';
import { parseZlotyToGrosze } from '../../../src/domain/payroll/elixir-text';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, t, td } from '../i18n';
import { ConfirmAction } from '../components/confirm';
import './finance.i18n';

const plainZl = (grosze: number) =>
  (grosze / 100).toLocaleString('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yearFromUrl = () => {
  const y = Number(new URLSearchParams(window.location.search).get('year'));
  return y >= 2000 && y <= 2100 ? y : Number(polishDate(new Date()).slice(0, 4));
};

function planLabel(line: PlanLine) {
  if (line === 'INCOME:OWN') return t('fin.ownIncomeLine');
  const [side, key] = line.split(':') as [string, string];
  return side === 'INCOME'
    ? t('fin.grantsLine', { kind: td(`fin.grantorKind.${key}`) })
    : td(`fin.cat.${key}`);
}

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
  const [register, setRegister] = useState<Register | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const load = async (y = year) => setRegister(await api<Register>('GET', `/api/v1/finance/${y}`));
  useEffect(() => {
    void load(year).catch((e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, [year]);
  const r = register;
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
        {message && <p className={`alert alert-${message.kind}`}>{message.text}</p>}
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

function PlanSection({
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

function EntryForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const [kind, setKind] = useState<(typeof ENTRY_KINDS)[number]>('EXPENSE');
  const [form, setForm] = useState({
    occurredOn: polishDate(new Date()),
    amount: '',
    grantorKind: '' as GrantorKind | '',
    partnerId: '',
    grantorName: '',
    category: '' as ExpenseCategory | '',
    incomeSource: 'SALES',
    description: '',
    documentRef: '',
  });
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  const { fieldErrors, setFieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    void api<{ items: { id: string; name: string }[] }>('GET', '/api/v1/finance/partners')
      .then((r) => setPartners(r.items))
      .catch(() => setPartners([]));
  }, []);
  const grant = kind.startsWith('GRANT_');
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const labels: Record<string, string> = {
    kind: t('fin.kind'),
    occurredOn: t('fin.date'),
    amountGrosze: t('fin.amountZl'),
    grantorKind: t('fin.grantorKind'),
    partnerId: t('fin.partner'),
    grantorName: t('fin.grantorName'),
    category: kind === 'EXPENSE' ? t('fin.category') : t('fin.purpose'),
    incomeSource: t('fin.incomeSource'),
    description: t('fin.description'),
    documentRef: t('fin.documentRef'),
  };
  const submit = async () => {
    const amountGrosze = parseZlotyToGrosze(form.amount);
    if (amountGrosze === null) {
      setFieldErrors({ amountGrosze: t('fin.amountInvalid') });
      return;
    }
    const ok = await run(() =>
      api('POST', '/api/v1/finance/entries', {
        kind,
        occurredOn: form.occurredOn,
        amountGrosze,
        grantorKind: grant && form.grantorKind ? form.grantorKind : null,
        partnerId: grant && form.partnerId ? form.partnerId : null,
        grantorName: grant && !form.partnerId ? form.grantorName : null,
        category: (kind === 'EXPENSE' || kind === 'GRANT_USED') && form.category ? form.category : null,
        incomeSource: kind === 'OWN_INCOME' ? form.incomeSource : null,
        description: form.description,
        documentRef: form.documentRef || null,
      }),
    );
    if (ok) {
      setForm({ ...form, amount: '', description: '', documentRef: '' });
      await onSaved();
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="fin-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="fin-add">{t('fin.add')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Field name="kind" label={labels.kind!} error={fieldErrors.kind} required>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`fin.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="occurredOn" label={labels.occurredOn!} error={fieldErrors.occurredOn} required>
          {(p) => <input {...p} type="date" value={form.occurredOn} onChange={set('occurredOn')} />}
        </Field>
        <Field name="amountGrosze" label={labels.amountGrosze!} error={fieldErrors.amountGrosze} required>
          {(p) => <input {...p} inputMode="decimal" value={form.amount} onChange={set('amount')} />}
        </Field>
      </div>
      {grant && (
        <div className="row">
          <Field name="grantorKind" label={labels.grantorKind!} error={fieldErrors.grantorKind} required>
            {(p) => (
              <select {...p} value={form.grantorKind} onChange={set('grantorKind')}>
                <option value="">{t('fin.choose')}</option>
                {GRANTOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`fin.grantorKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="partnerId" label={labels.partnerId!} error={fieldErrors.partnerId}>
            {(p) => (
              <select {...p} value={form.partnerId} onChange={set('partnerId')}>
                <option value="">{t('fin.partnerNone')}</option>
                {partners.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!form.partnerId && (
            <Field name="grantorName" label={labels.grantorName!} error={fieldErrors.grantorName} required>
              {(p) => <input {...p} value={form.grantorName} onChange={set('grantorName')} />}
            </Field>
          )}
        </div>
      )}
      {(kind === 'EXPENSE' || kind === 'GRANT_USED') && (
        <Field
          name="category"
          label={labels.category!}
          error={fieldErrors.category}
          required={kind === 'EXPENSE'}
        >
          {(p) => (
            <select {...p} value={form.category} onChange={set('category')}>
              <option value="">{kind === 'EXPENSE' ? t('fin.choose') : t('fin.purposeNone')}</option>
              {EXPENSE_CATEGORIES.filter((c) => kind !== 'EXPENSE' || c !== PAYROLL_CATEGORY).map((c) => (
                <option key={c} value={c}>
                  {t(`fin.cat.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'OWN_INCOME' && (
        <Field name="incomeSource" label={labels.incomeSource!} error={fieldErrors.incomeSource} required>
          {(p) => (
            <select {...p} value={form.incomeSource} onChange={set('incomeSource')}>
              {INCOME_SOURCES.filter((s) => s !== 'SERVICES').map((s) => (
                <option key={s} value={s}>
                  {t(`fin.source.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="row">
        <Field name="description" label={labels.description!} error={fieldErrors.description} required>
          {(p) => <input {...p} value={form.description} onChange={set('description')} />}
        </Field>
        <Field name="documentRef" label={labels.documentRef!} error={fieldErrors.documentRef}>
          {(p) => <input {...p} value={form.documentRef} onChange={set('documentRef')} />}
        </Field>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('fin.save')}
      </button>
    </form>
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
