import { useState } from 'react';
import type { z } from 'zod';
import {
  type VolunteerListSchema,
  type VolunteerSchema,
  VolunteerStatsQuerySchema,
  type VolunteerStatsSchema,
} from '../../../src/contracts/volunteers.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { errorText, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { label } from './events';
import { blankVolunteer, VolunteerFields, volunteerBody, volunteerLabels } from './volunteers-fields';
import { setFields, volunteerForm } from './volunteers-edit';
import type { VolunteerForm } from './volunteers-fields';
import { VolunteerRecord } from './volunteers-record';
import './volunteers.i18n';

type List = z.infer<typeof VolunteerListSchema>;
export type Volunteer = z.infer<typeof VolunteerSchema>;
type Stats = z.infer<typeof VolunteerStatsSchema>;

/** Volunteers: the list with the agreement rule (/volunteers) and one volunteer's record (/volunteers/:id). */
export function VolunteersPage({ path, canManage }: { path: string; canManage: boolean }) {
  const one = /^\/volunteers\/([0-9a-f-]{36})$/.exec(path);
  if (one) return <VolunteerRecord id={one[1]!} canManage={canManage} />;
  return <VolunteerList canManage={canManage} />;
}

function VolunteerList({ canManage }: { canManage: boolean }) {
  const list = useApiQuery<List>('/api/v1/volunteers').data;
  if (!list) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <h1>{t('volunteers.title')}</h1>
      <p className="hint">
        {t('volunteers.rule', { days: list.rules.writtenAgreementAfterDays, source: list.rules.source })}
        {list.rules.note && ` ${list.rules.note}`}
      </p>
      {list.items.length === 0 ? (
        <p>{t('volunteers.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.name')}</th>
                <th scope="col">{t('volunteers.sex')}</th>
                <th scope="col">{t('volunteers.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((v) => (
                <tr key={v.id}>
                  <td>
                    <a {...linkProps(`/volunteers/${v.id}`)}>{v.name}</a>
                    {v.minor && <span className="muted"> ({t('volunteers.minor')})</span>}
                  </td>
                  <td>{label(`volunteers.sex.${v.sex}`)}</td>
                  <td>{hoursText(v.totalMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <YearStats />
      {canManage && <NewVolunteer />}
    </main>
  );
}

function YearStats() {
  // The year shown: the form's year once it passes the contract's check and "Show" is pressed.
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const query = useApiQuery<Stats>(`/api/v1/volunteers/stats?year=${encodeURIComponent(year)}`);
  const stats = query.data;
  const { register, fieldErrors, formError, onSubmit } = useApiForm<{ year: string }>({
    defaultValues: { year },
    schema: VolunteerStatsQuerySchema,
  });
  const show = onSubmit(async (v) => setYear(v.year));
  const readError = query.error ? errorText(query.error.code, query.error.message) : null;
  return (
    <section aria-labelledby="vo-stats">
      <h2 id="vo-stats">{t('volunteers.stats')}</h2>
      <form className="inline-form" noValidate onSubmit={show}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError ?? readError}
          labels={{ year: t('volunteers.year') }}
        />
        <Field name="year" label={t('volunteers.year')} error={fieldErrors.year}>
          {(p) => <input {...p} type="number" min={2000} max={2100} {...register('year')} />}
        </Field>
        <button type="submit">{t('volunteers.show')}</button>
      </form>
      <p className="hint">{t('volunteers.statsHow')}</p>
      {stats && (
        <>
          <p>
            {t('volunteers.women')}: <strong>{stats.bySex.F}</strong> · {t('volunteers.men')}:{' '}
            <strong>{stats.bySex.M}</strong> · {t('volunteers.all')}: <strong>{stats.bySex.total}</strong>
          </p>
          {stats.byActivity.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('volunteers.activity')}</th>
                    <th scope="col">{t('volunteers.people')}</th>
                    <th scope="col">{t('volunteers.hours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.byActivity.map((a) => (
                    <tr key={a.activity}>
                      <td>{a.activity}</td>
                      <td>{a.volunteers}</td>
                      <td>{hoursText(a.minutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function NewVolunteer() {
  const { form, fieldErrors, formError, busy, onSubmit } = useApiForm<VolunteerForm>({
    defaultValues: blankVolunteer,
    schema: volunteerForm,
  });
  const values = form.watch();
  const create = onSubmit(async (f) => {
    const v = await api<Volunteer>('POST', '/api/v1/volunteers', volunteerBody(f));
    await invalidate('/api/v1/volunteers');
    navigate(`/volunteers/${v.id}`);
  });
  return (
    <form className="card" noValidate onSubmit={create}>
      <h2>{t('volunteers.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={volunteerLabels()} />
      <VolunteerFields
        prefix=""
        form={values}
        onChange={(next) => setFields(form, next)}
        fieldErrors={fieldErrors}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('volunteers.create')}
      </button>
    </form>
  );
}
