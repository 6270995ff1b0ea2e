import { useCallback, useEffect, useState } from 'react';
import type { PlacementDetail } from '../../../src/contracts/placements.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { linkProps } from '../router';
import './placements.i18n';

const hours = (h: number) => String(h).replace('.', ',');

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
  const [p, setP] = useState<PlacementDetail | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    async () => setP(await api<PlacementDetail>('GET', `/api/v1/placements/${id}`)),
    [id],
  );
  useEffect(() => void load(), [load]);
  if (!p)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const done = (next: PlacementDetail, message: string) => {
    setP(next);
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
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [signedOn, setSignedOn] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/sign`, { signedOn, version: p.version }),
    );
    if (saved) onDone(saved);
  }
  return (
    <section className="card" aria-labelledby="plc-sign">
      <h2 id="plc-sign">{t('plc.sign')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={{ signedOn: t('plc.signedOn') }} />
      <form onSubmit={submit} noValidate>
        <Field name="signedOn" label={t('plc.signedOn')} error={fieldErrors.signedOn} required>
          {(f) => <input {...f} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('plc.sign')}
        </button>
      </form>
    </section>
  );
}

function DayForm({ p, onDone }: { p: PlacementDetail; onDone: (p: PlacementDetail) => void }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState({ date: '', hours: String(p.dailyHours).replace('.', ','), note: '' });
  const labels = { date: t('plc.date'), hours: t('plc.hours'), note: t('plc.note') };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/days`, {
        date: v.date,
        hours: v.hours === '' ? null : Number(v.hours.replace(',', '.')),
        note: v.note || null,
      }),
    );
    if (saved) onDone(saved);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plc-add-day" className="card">
      <h3 id="plc-add-day">{t('plc.addDay')}</h3>
      <p className="hint">{t('plc.dayHint')}</p>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="date" label={labels.date} error={fieldErrors.date} required>
        {(f) => (
          <input {...f} type="date" value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} />
        )}
      </Field>
      <Field name="hours" label={labels.hours} error={fieldErrors.hours} required>
        {(f) => (
          <input
            {...f}
            inputMode="decimal"
            value={v.hours}
            onChange={(e) => setV({ ...v, hours: e.target.value })}
          />
        )}
      </Field>
      <Field name="note" label={labels.note} error={fieldErrors.note}>
        {(f) => <input {...f} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('plc.addDay')}
      </button>
    </form>
  );
}

function EvaluationForm({ p, onDone }: { p: PlacementDetail; onDone: (p: PlacementDetail) => void }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const keys = Object.keys(p.criteria);
  const [ratings, setRatings] = useState<Record<string, string>>(
    Object.fromEntries(keys.map((k) => [k, ''])),
  );
  const [v, setV] = useState({ evaluatedOn: '', skills: '', tutorOpinion: '', recommendation: '' });
  const labels: Record<string, string> = {
    evaluatedOn: t('plc.evaluatedOn'),
    skills: t('plc.skills'),
    tutorOpinion: t('plc.opinion'),
    recommendation: t('plc.recommendation'),
    ...Object.fromEntries(keys.map((k) => [`ratings.${k}`, p.criteria[k]!])),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api<PlacementDetail>('POST', `/api/v1/placements/${p.id}/evaluation`, {
        evaluatedOn: v.evaluatedOn,
        ratings: Object.fromEntries(keys.map((k) => [k, ratings[k] ? Number(ratings[k]) : null])),
        skills: v.skills
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        tutorOpinion: v.tutorOpinion,
        recommendation: v.recommendation || null,
        version: p.version,
      }),
    );
    if (saved) onDone(saved);
  }
  return (
    <section className="card" aria-labelledby="plc-evaluate">
      <h2 id="plc-evaluate">{t('plc.evaluate')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field name="evaluatedOn" label={labels.evaluatedOn!} error={fieldErrors.evaluatedOn} required>
          {(f) => (
            <input
              {...f}
              type="date"
              value={v.evaluatedOn}
              onChange={(e) => setV({ ...v, evaluatedOn: e.target.value })}
            />
          )}
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
              <select
                {...f}
                value={ratings[k]}
                onChange={(e) => setRatings({ ...ratings, [k]: e.target.value })}
              >
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
          {(f) => (
            <textarea
              {...f}
              rows={3}
              value={v.skills}
              onChange={(e) => setV({ ...v, skills: e.target.value })}
            />
          )}
        </Field>
        <Field name="tutorOpinion" label={labels.tutorOpinion!} error={fieldErrors.tutorOpinion} required>
          {(f) => (
            <textarea
              {...f}
              rows={3}
              value={v.tutorOpinion}
              onChange={(e) => setV({ ...v, tutorOpinion: e.target.value })}
            />
          )}
        </Field>
        <Field name="recommendation" label={labels.recommendation!} error={fieldErrors.recommendation}>
          {(f) => (
            <textarea
              {...f}
              rows={2}
              value={v.recommendation}
              onChange={(e) => setV({ ...v, recommendation: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('plc.saveEvaluation')}
        </button>
      </form>
    </section>
  );
}
