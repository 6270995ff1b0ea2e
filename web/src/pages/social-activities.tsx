import { SocialActivityCreateSchema } from '../../../src/contracts/social-activity.contract';
import { polishDate } from '../../../src/domain/calendar';
import { decimal } from '../../../src/domain/polish-format';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { t, td } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './workshops.i18n';

type Activity = {
  id: string;
  kind: string;
  date: string;
  hours: number;
  title: string;
  staffName: string | null;
  note: string | null;
  participants: { id: string; name: string }[];
};
const ACTIVITY_KINDS = ['PSYCHOLOGIST', 'THERAPY', 'COUNSELLING', 'GROUP_CLASS', 'OTHER'] as const;

type ActivityForm = { kind: string; date: string; hours: string; title: string; staffName: string };

/** The contract's checks on the text the form holds: the hours typed as "1,5". */
const activityForm = SocialActivityCreateSchema.pick({
  kind: true,
  date: true,
  title: true,
  staffName: true,
}).extend({ hours: numberText(SocialActivityCreateSchema.shape.hours) });

/** Psychologist sessions, therapy, counselling and group classes of one participant (director and social workers). */
export function SocialActivities({ participantId }: { participantId: string }) {
  const url = `/api/v1/social-activities?participantId=${participantId}`;
  const items = useApiQuery<{ items: Activity[] }>(url).data?.items ?? null;
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ActivityForm>({
    defaultValues: {
      kind: 'COUNSELLING',
      date: polishDate(new Date()),
      hours: '1',
      title: '',
      staffName: '',
    },
    schema: activityForm,
  });
  const submit = onSubmit(async (v) => {
    await api('POST', '/api/v1/social-activities', {
      kind: v.kind,
      date: v.date,
      hours: Number(v.hours.replace(',', '.')),
      title: v.title,
      staffName: v.staffName || null,
      participantIds: [participantId],
    });
    form.reset({ ...v, title: '' });
    await invalidate('/api/v1/social-activities');
  });
  if (!items) return null;
  return (
    <section className="card" aria-labelledby="social">
      <h2 id="social">{t('sa.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('sa.none')}</p>
      ) : (
        <ul className="plain">
          {items.map((a) => (
            <li key={a.id}>
              <strong>{a.date}</strong> — {td(`sa.kind.${a.kind}`)}: {a.title} ({decimal(a.hours)} h)
              {a.staffName && `, ${a.staffName}`}
              {a.participants.length > 1 && (
                <span className="muted"> · {t('sa.group', { count: a.participants.length })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit}>
        <h3>{t('sa.add')}</h3>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ title: t('sa.titleField'), hours: t('sa.hours'), date: t('sa.date') }}
        />
        <div className="row">
          <Field name="sa-kind" label={t('sa.kind')}>
            {(p) => (
              <select {...p} {...register('kind')}>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`sa.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="sa-date" label={t('sa.date')} error={fieldErrors.date}>
            {(p) => <input {...p} type="date" {...register('date')} />}
          </Field>
          <Field name="sa-hours" label={t('sa.hours')} error={fieldErrors.hours}>
            {(p) => <input {...p} inputMode="decimal" {...register('hours')} />}
          </Field>
        </div>
        <div className="row">
          <Field name="sa-title" label={t('sa.titleField')} error={fieldErrors.title} required>
            {(p) => <input {...p} {...register('title')} />}
          </Field>
          <Field name="sa-staff" label={t('sa.staff')}>
            {(p) => <input {...p} {...register('staffName')} />}
          </Field>
        </div>
        <button type="submit" disabled={busy}>
          {t('sa.add')}
        </button>
      </form>
    </section>
  );
}
