/** Follow-up contacts after exit, on the record and as the centre's list. */
import { z } from 'zod';
import {
  FOLLOW_UP_OUTCOMES,
  FollowUpRecordSchema,
  type Pathway,
} from '../../../src/contracts/pathway.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import { FormInput } from './pathway-field';
import { orNull, today, Section } from './pathway-shared';
import { personalRead } from './personal-read';
import { emptySituation, type SituationForm, SituationFields, situationBody } from './reports-outcome';
import './pathway.i18n';
import './records.i18n';

export type FollowUpItem = Pathway['followUps'][number];

type RecordForm = { doneOn: string; outcome: string; note: string; situation: SituationForm };
const recordBody = (v: RecordForm) => ({
  doneOn: v.doneOn,
  outcome: v.outcome,
  note: orNull(v.note),
  situation: situationBody(v.situation),
});
/** The browser checks exactly the record the server will check (its contract). */
const recordForm = z.preprocess((v) => recordBody(v as RecordForm), FollowUpRecordSchema);

type Filters = { state: 'open' | 'overdue' | 'done' | 'all'; dueBy: string; name: string };
export function FollowUpRow({
  f,
  canEdit,
  onChanged,
  showName,
}: {
  f: FollowUpItem;
  canEdit: boolean;
  onChanged: () => void;
  showName?: boolean;
}) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<RecordForm>({
    defaultValues: { doneOn: today(), outcome: 'EMPLOYED', note: '', situation: emptySituation },
    schema: recordForm,
  });
  return (
    <li>
      {showName && (
        <>
          <a {...linkProps(`/participants/${f.participantId}`)}>{f.participantName}</a> —{' '}
        </>
      )}
      {t(`fu.label.${f.label}`)}: {t('fu.dueOn')} {f.dueOn}
      {f.doneOn ? (
        <>
          {' '}
          — {f.doneOn}: <strong>{f.outcome ? t(`fu.outcome.${f.outcome}`) : ''}</strong>
          {f.note && ` (${f.note})`}
        </>
      ) : (
        canEdit && (
          <form
            noValidate
            className="inline-form"
            onSubmit={onSubmit(async (values) => {
              await api('POST', `/api/v1/follow-ups/${f.id}`, recordBody(values));
              onChanged();
            })}
          >
            <ErrorSummary errors={fieldErrors} formError={formError} labels={{ doneOn: t('fu.doneOn') }} />
            <div className="row">
              <FormInput
                register={register}
                name="doneOn"
                idSuffix={`-${f.id}`}
                label={t('fu.doneOn')}
                type="date"
                errors={fieldErrors}
              />
              <FormInput
                register={register}
                name="outcome"
                idSuffix={`-${f.id}`}
                label={t('fu.outcome')}
                errors={fieldErrors}
                options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`fu.outcome.${o}`) }))}
              />
              <FormInput
                register={register}
                name="note"
                idSuffix={`-${f.id}`}
                label={t('fu.note')}
                errors={fieldErrors}
              />
            </div>
            <SituationFields
              value={form.watch('situation')}
              onChange={(v) => form.setValue('situation', v, { shouldDirty: true })}
              errors={fieldErrors}
            />
            <button type="submit" disabled={busy}>
              {t('fu.record')}
            </button>
          </form>
        )
      )}
    </li>
  );
}

export function FollowUps({
  items,
  canEdit,
  onChanged,
}: {
  items: FollowUpItem[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  return (
    <Section id="follow-ups" title={t('fu.title')}>
      <ul className="plain">
        {items.map((f) => (
          <FollowUpRow key={f.id} f={f} canEdit={canEdit} onChanged={onChanged} />
        ))}
      </ul>
    </Section>
  );
}

/** The centre's open follow-up reminders (social workers call people 4 weeks and 6 months after they leave). */
/** Every follow-up of the centre (open, overdue, done), filtered by state, due date and name. */
export function FollowUpsPage() {
  const list = useApiQuery<{ items: FollowUpItem[] }>('/api/v1/follow-ups?all=true', personalRead);
  const data = list.data ?? null;
  const filters = useApiForm<Filters>({ defaultValues: { state: 'open', dueBy: '', name: '' } });
  const { state, dueBy, name } = filters.form.watch();
  const reload = () => invalidate('/api/v1/follow-ups');
  const today = polishDate(new Date());
  const needle = name.trim().toLocaleLowerCase('pl');
  const items = (data?.items ?? []).filter(
    (f) =>
      (state === 'all' ||
        (state === 'done' && f.doneOn) ||
        (state === 'open' && !f.doneOn) ||
        (state === 'overdue' && !f.doneOn && f.dueOn < today)) &&
      (!dueBy || f.dueOn <= dueBy) &&
      (!needle || f.participantName.toLocaleLowerCase('pl').includes(needle)),
  );
  return (
    <main id="main">
      <h1>{t('fu.page')}</h1>
      <form role="search" className="card filters" onSubmit={(e) => e.preventDefault()}>
        <Field name="fu-state" label={t('fu.filterState')}>
          {(p) => (
            <select {...p} {...filters.register('state')}>
              {(['open', 'overdue', 'done', 'all'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`fu.state.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="fu-due" label={t('fu.filterDueBy')}>
          {(p) => <input {...p} type="date" {...filters.register('dueBy')} />}
        </Field>
        <Field name="fu-name" label={t('fu.filterName')}>
          {(p) => <input {...p} type="search" {...filters.register('name')} />}
        </Field>
      </form>
      {!data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('fu.shown', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{t('fu.none')}</p>
          ) : (
            <ul className="plain">
              {items.map((f) => (
                <FollowUpRow key={f.id} f={f} canEdit onChanged={reload} showName />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
