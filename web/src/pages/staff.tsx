import { decimal } from '../../../src/domain/polish-format';
import { useCallback, useEffect, useState } from 'react';
import type { StaffMember, StaffRatio } from '../../../src/contracts/staff.contract';
import { STAFF_BASES, STAFF_FUNCTIONS } from '../../../src/domain/staff/staff-ratio';
import { api } from '../api';
import { t } from '../i18n';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import './staff.i18n';

const empty = {
  fullName: '',
  sex: '' as '' | 'F' | 'M',
  function: 'INSTRUCTOR' as StaffMember['function'],
  basis: 'EMPLOYMENT_CONTRACT' as StaffMember['basis'],
  fte: '1',
  conductsClasses: true,
  fromDate: '',
  toDate: '',
};

/** The staff register and today's 1 : 10 check (art. 11 ust. 3). */
export function StaffPage({ canManage }: { canManage: boolean }) {
  const [data, setData] = useState<{ items: StaffMember[]; ratio: StaffRatio } | null>(null);
  const [form, setForm] = useState(empty);
  const [notice, setNotice] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const load = useCallback(async () => setData(await api('GET', '/api/v1/staff')), []);
  useEffect(() => {
    void load();
  }, [load]);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<StaffMember>('POST', '/api/v1/staff', {
        fullName: form.fullName,
        sex: form.sex || null,
        function: form.function,
        basis: form.basis,
        fte: Number(form.fte.replace(',', '.')),
        conductsClasses: form.conductsClasses,
        fromDate: form.fromDate,
        toDate: form.toDate || null,
      }),
    );
    if (saved) {
      setNotice(t('staff.added'));
      setForm(empty);
      await load();
    }
  }

  const r = data?.ratio;
  const labels = {
    fullName: t('staff.fullName'),
    fte: t('staff.fte'),
    fromDate: t('staff.fromDate'),
    toDate: t('staff.toDate'),
  };
  return (
    <main id="main">
      <h1>{t('staff.title')}</h1>
      {r && (
        <section aria-labelledby="ratio-h">
          <h2 id="ratio-h">{t('staff.ratio')}</h2>
          <div className={`alert ${r.ok ? 'alert-ok' : 'alert-error'}`} role="status">
            {t(r.ok ? 'staff.ratioOk' : 'staff.ratioBad', {
              participants: r.participants,
              employees: r.employeesConductingClasses,
              allowed: r.allowedParticipants,
            })}
          </div>
          <p className="hint">{t('staff.ratioNote')}</p>
        </section>
      )}
      {notice && (
        <div className="alert alert-ok" role="status">
          {notice}
        </div>
      )}
      {data && data.items.length === 0 && <p>{t('staff.none')}</p>}
      {data && data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.fullName')}</th>
              <th scope="col">{t('staff.function')}</th>
              <th scope="col">{t('staff.basis')}</th>
              <th scope="col">{t('staff.fte')}</th>
              <th scope="col">{t('staff.conductsClasses')}</th>
              <th scope="col">{t('staff.fromDate')}</th>
              <th scope="col">{t('staff.toDate')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.fullName}</th>
                <td>{t(`staff.function.${s.function}`)}</td>
                <td>{t(`staff.basis.${s.basis}`)}</td>
                <td className="num">{decimal(s.fte, 3)}</td>
                <td>{s.conductsClasses ? t('staff.yes') : t('staff.no')}</td>
                <td>{s.fromDate}</td>
                <td>{s.toDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <form onSubmit={add} noValidate>
          <h2>{t('staff.add')}</h2>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          <Field name="fullName" label={t('staff.fullName')} error={fieldErrors.fullName} required>
            {(p) => (
              <input
                {...p}
                value={form.fullName}
                onChange={(e) => setForm({ ...form, fullName: e.target.value })}
              />
            )}
          </Field>
          <Field name="sex" label={t('staff.sex')}>
            {(p) => (
              <select
                {...p}
                value={form.sex}
                onChange={(e) => setForm({ ...form, sex: e.target.value as '' })}
              >
                <option value="">—</option>
                <option value="F">{t('staff.sex.F')}</option>
                <option value="M">{t('staff.sex.M')}</option>
              </select>
            )}
          </Field>
          <Field name="function" label={t('staff.function')}>
            {(p) => (
              <select
                {...p}
                value={form.function}
                onChange={(e) => setForm({ ...form, function: e.target.value as StaffMember['function'] })}
              >
                {STAFF_FUNCTIONS.map((f) => (
                  <option key={f} value={f}>
                    {t(`staff.function.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="basis" label={t('staff.basis')}>
            {(p) => (
              <select
                {...p}
                value={form.basis}
                onChange={(e) => setForm({ ...form, basis: e.target.value as StaffMember['basis'] })}
              >
                {STAFF_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t(`staff.basis.${b}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="fte" label={t('staff.fte')} hint={t('staff.fteHint')} error={fieldErrors.fte}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={form.fte}
                onChange={(e) => setForm({ ...form, fte: e.target.value })}
              />
            )}
          </Field>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={form.conductsClasses}
                onChange={(e) => setForm({ ...form, conductsClasses: e.target.checked })}
              />{' '}
              {t('staff.conductsClasses')}
            </label>
          </div>
          <Field name="fromDate" label={t('staff.fromDate')} error={fieldErrors.fromDate} required>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.fromDate}
                onChange={(e) => setForm({ ...form, fromDate: e.target.value })}
              />
            )}
          </Field>
          <Field
            name="toDate"
            label={t('staff.toDate')}
            hint={t('staff.toDateHint')}
            error={fieldErrors.toDate}
          >
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.toDate}
                onChange={(e) => setForm({ ...form, toDate: e.target.value })}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('staff.add')}
          </button>
        </form>
      )}
    </main>
  );
}
