import { decimal, shortDate } from '../../../src/domain/polish-format';
import { useState } from 'react';
import { z } from 'zod';
import { IsoDateSchema } from '../../../src/contracts/common';
import {
  type StaffMember,
  StaffMemberCreateSchema,
  type StaffRatio,
} from '../../../src/contracts/staff.contract';
import { STAFF_BASES, STAFF_FUNCTIONS } from '../../../src/domain/staff/staff-ratio';
import { api } from '../api';
import { t } from '../i18n';
import { ErrorSummary, Field } from '../components/form';
import { numberText, orEmpty, useApiForm } from '../components/use-api-form';
import { invalidate, useApiQuery } from '../query';
import './staff.i18n';

type StaffForm = {
  fullName: string;
  sex: '' | 'F' | 'M';
  function: StaffMember['function'];
  basis: StaffMember['basis'];
  fte: string;
  conductsClasses: boolean;
  fromDate: string;
  toDate: string;
};

const empty: StaffForm = {
  fullName: '',
  sex: '',
  function: 'INSTRUCTOR',
  basis: 'EMPLOYMENT_CONTRACT',
  fte: '1',
  conductsClasses: true,
  fromDate: '',
  toDate: '',
};

/** The contract's own checks, on the text the form holds (the browser says what the server would). */
const staffForm = StaffMemberCreateSchema.extend({
  sex: z.enum(['', 'F', 'M']),
  fte: numberText(StaffMemberCreateSchema.shape.fte),
  toDate: orEmpty(IsoDateSchema),
});

/** The staff register and today's 1 : 10 check (art. 11 ust. 3). */
export function StaffPage({ canManage }: { canManage: boolean }) {
  const staff = useApiQuery<{ items: StaffMember[]; ratio: StaffRatio }>('/api/v1/staff');
  const data = staff.data;
  const [notice, setNotice] = useState<string | null>(null);
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<StaffForm>({
    defaultValues: empty,
    schema: staffForm,
  });

  const add = onSubmit(async (v) => {
    setNotice(null);
    await api<StaffMember>('POST', '/api/v1/staff', {
      fullName: v.fullName,
      sex: v.sex || null,
      function: v.function,
      basis: v.basis,
      fte: Number(v.fte.replace(',', '.')),
      conductsClasses: v.conductsClasses,
      fromDate: v.fromDate,
      toDate: v.toDate || null,
    });
    setNotice(t('staff.added'));
    form.reset(empty);
    await invalidate('/api/v1/staff');
  });

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
                <td>{shortDate(s.fromDate)}</td>
                <td>{s.toDate ? shortDate(s.toDate) : '—'}</td>
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
            {(p) => <input {...p} {...register('fullName')} />}
          </Field>
          <Field name="sex" label={t('staff.sex')}>
            {(p) => (
              <select {...p} {...register('sex')}>
                <option value="">—</option>
                <option value="F">{t('staff.sex.F')}</option>
                <option value="M">{t('staff.sex.M')}</option>
              </select>
            )}
          </Field>
          <Field name="function" label={t('staff.function')}>
            {(p) => (
              <select {...p} {...register('function')}>
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
              <select {...p} {...register('basis')}>
                {STAFF_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t(`staff.basis.${b}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="fte" label={t('staff.fte')} hint={t('staff.fteHint')} error={fieldErrors.fte}>
            {(p) => <input {...p} inputMode="decimal" {...register('fte')} />}
          </Field>
          <div className="field">
            <label>
              <input type="checkbox" {...register('conductsClasses')} /> {t('staff.conductsClasses')}
            </label>
          </div>
          <Field name="fromDate" label={t('staff.fromDate')} error={fieldErrors.fromDate} required>
            {(p) => <input {...p} type="date" {...register('fromDate')} />}
          </Field>
          <Field
            name="toDate"
            label={t('staff.toDate')}
            hint={t('staff.toDateHint')}
            error={fieldErrors.toDate}
          >
            {(p) => <input {...p} type="date" {...register('toDate')} />}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('staff.add')}
          </button>
        </form>
      )}
    </main>
  );
}
