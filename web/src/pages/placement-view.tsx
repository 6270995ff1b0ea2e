import { useState } from 'react';
import { z } from 'zod';
import {
  type PlacementDetail,
  PlacementDaySchema,
  PlacementEvaluationSchema,
  PlacementSignSchema,
} from '../../../src/contracts/placements.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { linkProps } from '../router';
import './placements.i18n';

const hours = (h: number) => String(h).replace('.', ',');

// The contracts' checks on the forms' text (hours typed as "5,5", ratings chosen as "1"–"5", one skill a line).
const signForm = PlacementSignSchema.omit({ version: true });
const dayForm = PlacementDaySchema.extend({ hours: numberText(PlacementDaySchema.shape.hours) });
const skillLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const ratingShape = PlacementEvaluationSchema.shape.ratings;
const evaluationForm = PlacementEvaluationSchema.omit({ version: true }).extend({
  ratings: z.object(
    Object.fromEntries(Object.entries(ratingShape.shape).map(([k, rating]) => [k, numberText(rating)])),
  ),
  skills: z.string().transform(skillLines).pipe(PlacementEvaluationSchema.shape.skills),
});
type EvaluationValues = {
  evaluatedOn: string;
  ratings: Record<string, string>;
  skills: string;
  tutorOpinion: string;
  recommendation: string;
};

/** One placement: its plan, the agreement, the days (which go into the register), the evaluation and PDFs. */
export function PlacementView({
  id,
  canManage,
  canDays,
}: {
  id: string;
  canManage: boolean;
  canDays: boolean;
}) {
  const url = `/api/v1/placements/${id}`;
  const p = useApiQuery<PlacementDetail>(url).data;
  const [notice, setNotice] = useState<string | null>(null);
  if (!p)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  // Each step answers with the whole placement: shown at once, and the list reads again.
  const done = (next: PlacementDetail, message: string) => {
    queryClient.setQueryData([url], next);
    void invalidate('/api/v1/placements');
    setNotice(message);
  };
  return (
    <main id="main">
      <p>
        <a {...linkProps('/placements')}>{t('plc.back')}</a>
      </p>
      <h1>
        {p.participant.name} — {p.partner.name}
      </h1>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <dl className="facts">
        <dt>{t('plc.status')}</dt>
        <dd>{t(`plc.status.${p.status}` as 'plc.status.PLANNED')}</dd>
        <dt>{t('plc.number')}</dt>
        <dd>{p.number ?? '—'}</dd>
        <dt>{t('plc.position')}</dt>
        <dd>{p.position}</dd>
        <dt>{t('plc.place')}</dt>
        <dd>{p.place}</dd>
        <dt>{t('plc.period')}</dt>
        <dd>
          {p.startDate} – {p.endDate}
        </dd>
        <dt>{t('plc.schedule')}</dt>
        <dd>{p.schedule}</dd>
        <dt>{t('plc.dailyHours')}</dt>
        <dd>{hours(p.dailyHours)}</dd>
        <dt>{t('plc.tutor')}</dt>
        <dd>{[p.tutorName, p.tutorPhone].filter(Boolean).join(', ')}</dd>
        <dt>{t('plc.centreTutor')}</dt>
        <dd>{p.centreTutor}</dd>
        <dt>{t('plc.workshop')}</dt>
        <dd>{p.workshopName}</dd>
        <dt>{t('plc.goals')}</dt>
        <dd>{p.learningGoals}</dd>
      </dl>
      <p>
        {p.status !== 'CANCELLED' && (
          <a href={`/api/v1/placements/${p.id}/agreement.pdf`} target="_blank" rel="noreferrer">
            {t('plc.agreementPdf')}
          </a>
        )}
        {p.status === 'FINISHED' && (
          <>
            {' · '}
            <a href={`/api/v1/placements/${p.id}/certificate.pdf`} target="_blank" rel="noreferrer">
              {t('plc.certificatePdf')}
            </a>
          </>
        )}
      </p>
      {canManage && p.status === 'PLANNED' && <SignForm p={p} onDone={(n) => done(n, t('plc.signed'))} />}
      <section aria-labelledby="plc-days">
        <h2 id="plc-days">{t('plc.days')}</h2>
        <p>{t('plc.totalsValue', { days: p.totals.days, hours: hours(p.totals.hours) })}</p>
        {p.days.length === 0 ? (
          <p>{t('plc.daysNone')}</p>
        ) : (
          <table>
            <caption className="sr-only">{t('plc.days')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plc.date')}</th>
                <th scope="col">{t('plc.hours')}</th>
                <th scope="col">{t('plc.note')}</th>
              </tr>
            </thead>
            <tbody>
              {p.days.map((d) => (
                <tr key={d.date}>
                  <td className="nowrap">{d.date}</td>
                  <td>{hours(d.hours)}</td>
                  <td>{d.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canDays && p.status === 'AGREED' && <DayForm p={p} onDone={(n) => done(n, t('plc.dayAdded'))} />}
      </section>
      {p.evaluation && (
        <section aria-labelledby="plc-eval">
          <h2 id="plc-eval">{t('plc.evaluate')}</h2>
          <ul>
            {Object.entries(p.evaluation.ratings).map(([k, v]) => (
              <li key={k}>
                {p.criteria[k] ?? k}: {v}
              </li>
            ))}
          </ul>
          {p.evaluation.mean && (
            <p>
              {t('plc.mean')}: {p.evaluation.mean.formula}
            </p>
          )}
          <p>{p.evaluation.tutorOpinion}</p>
        </section>
      )}
      {canManage && p.status === 'AGREED' && p.days.length > 0 && (
        <EvaluationForm p={p} onDone={(n) => done(n, t('plc.saveEvaluation'))} />
      )}
    </main>
  );
}

function SignForm({ p, onDone }: { p: PlacementDetail; onDone: (p: PlacementDetail) => void }) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ signedOn: string }>({
    defaultValues: { signedOn: '' },
    schema: signForm,
  });
  const submit = onSubmit(async (v) =>
    onDone(
      await api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/sign`, { ...v, version: p.version }),
    ),
  );
  return (
    <section className="card" aria-labelledby="plc-sign">
      <h2 id="plc-sign">{t('plc.sign')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={{ signedOn: t('plc.signedOn') }} />
      <form onSubmit={submit} noValidate>
        <Field name="signedOn" label={t('plc.signedOn')} error={fieldErrors.signedOn} required>
          {(f) => <input {...f} type="date" {...register('signedOn')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('plc.sign')}
        </button>
      </form>
    </section>
  );
}

function DayForm({ p, onDone }: { p: PlacementDetail; onDone: (p: PlacementDetail) => void }) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    date: string;
    hours: string;
    note: string;
  }>({
    defaultValues: { date: '', hours: String(p.dailyHours).replace('.', ','), note: '' },
    schema: dayForm,
  });
  const labels = { date: t('plc.date'), hours: t('plc.hours'), note: t('plc.note') };
  const submit = onSubmit(async (v) =>
    onDone(
      await api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/days`, {
        date: v.date,
        hours: Number(v.hours.replace(',', '.')),
        note: v.note || null,
      }),
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plc-add-day" className="card">
      <h3 id="plc-add-day">{t('plc.addDay')}</h3>
      <p className="hint">{t('plc.dayHint')}</p>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="date" label={labels.date} error={fieldErrors.date} required>
        {(f) => <input {...f} type="date" {...register('date')} />}
      </Field>
      <Field name="hours" label={labels.hours} error={fieldErrors.hours} required>
        {(f) => <input {...f} inputMode="decimal" {...register('hours')} />}
      </Field>
      <Field name="note" label={labels.note} error={fieldErrors.note}>
        {(f) => <input {...f} {...register('note')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('plc.addDay')}
      </button>
    </form>
  );
}

function EvaluationForm({ p, onDone }: { p: PlacementDetail; onDone: (p: PlacementDetail) => void }) {
  const keys = Object.keys(p.criteria);
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<EvaluationValues>({
    defaultValues: {
      evaluatedOn: '',
      ratings: Object.fromEntries(keys.map((k) => [k, ''])),
      skills: '',
      tutorOpinion: '',
      recommendation: '',
    },
    schema: evaluationForm,
  });
  const labels: Record<string, string> = {
    evaluatedOn: t('plc.evaluatedOn'),
    skills: t('plc.skills'),
    tutorOpinion: t('plc.opinion'),
    recommendation: t('plc.recommendation'),
    ...Object.fromEntries(keys.map((k) => [`ratings.${k}`, p.criteria[k]!])),
  };
  const submit = onSubmit(async (v) =>
    onDone(
      await api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/evaluation`, {
        evaluatedOn: v.evaluatedOn,
        ratings: Object.fromEntries(keys.map((k) => [k, v.ratings[k] ? Number(v.ratings[k]) : null])),
        skills: skillLines(v.skills),
        tutorOpinion: v.tutorOpinion,
        recommendation: v.recommendation || null,
        version: p.version,
      }),
    ),
  );
  return (
    <section className="card" aria-labelledby="plc-evaluate">
      <h2 id="plc-evaluate">{t('plc.evaluate')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field name="evaluatedOn" label={labels.evaluatedOn!} error={fieldErrors.evaluatedOn} required>
          {(f) => <input {...f} type="date" {...register('evaluatedOn')} />}
        </Field>
        {keys.map((k) => (
          <Field
            key={k}
            name={`ratings.${k}`}
            label={`${p.criteria[k]} — ${t('plc.rating')}`}
            error={fieldErrors[`ratings.${k}`]}
            required
          >
            {(f) => (
              <select {...f} {...register(`ratings.${k}`)}>
                <option value="">{t('plc.choose')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field name="skills" label={labels.skills!} error={fieldErrors.skills} required>
          {(f) => <textarea {...f} rows={3} {...register('skills')} />}
        </Field>
        <Field name="tutorOpinion" label={labels.tutorOpinion!} error={fieldErrors.tutorOpinion} required>
          {(f) => <textarea {...f} rows={3} {...register('tutorOpinion')} />}
        </Field>
        <Field name="recommendation" label={labels.recommendation!} error={fieldErrors.recommendation}>
          {(f) => <textarea {...f} rows={2} {...register('recommendation')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('plc.saveEvaluation')}
        </button>
      </form>
    </section>
  );
}
