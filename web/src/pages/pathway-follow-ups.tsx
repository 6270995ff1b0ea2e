/** Follow-up contacts after exit, on the record and as the centre's list. */
import { useEffect, useState } from 'react';
import type { Pathway } from '../../../src/contracts/pathway.contract';
import { FOLLOW_UP_OUTCOMES } from '../../../src/contracts/pathway.contract';
import { polishDate } from '../../../src/domain/calendar';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { emptySituation, SituationFields, situationBody } from './reports-outcome';
import { linkProps } from '../router';

import { type Form, orNull, today, Input, Section } from './pathway-shared';
import './pathway.i18n';
import './records.i18n';

export type FollowUpItem = Pathway['followUps'][number];

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
  const [form, setForm] = useState<Form>({ doneOn: today(), outcome: 'EMPLOYED', note: '' });
  const [situation, setSituation] = useState(emptySituation);
  const { fieldErrors, formError, busy, run } = useSubmit();
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
            onSubmit={async (e) => {
              e.preventDefault();
              if (
                await run(() =>
                  api('POST', `/api/v1/follow-ups/${f.id}`, {
                    doneOn: form.doneOn,
                    outcome: form.outcome,
                    note: orNull(form.note),
                    situation: situationBody(situation),
                  }),
                )
              )
                onChanged();
            }}
          >
            <ErrorSummary errors={fieldErrors} formError={formError} labels={{ doneOn: t('fu.doneOn') }} />
            <div className="row">
              <Input
                form={form}
                set={setForm}
                name="doneOn"
                idSuffix={`-${f.id}`}
                label={t('fu.doneOn')}
                type="date"
                errors={fieldErrors}
              />
              <Input
                form={form}
                set={setForm}
                name="outcome"
                idSuffix={`-${f.id}`}
                label={t('fu.outcome')}
                errors={fieldErrors}
                options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`fu.outcome.${o}`) }))}
              />
              <Input
                form={form}
                set={setForm}
                name="note"
                idSuffix={`-${f.id}`}
                label={t('fu.note')}
                errors={fieldErrors}
              />
            </div>
            <SituationFields value={situation} onChange={setSituation} errors={fieldErrors} />
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
  const [data, setData] = useState<{ items: FollowUpItem[] } | null>(null);
  const [state, setState] = useState<'open' | 'overdue' | 'done' | 'all'>('open');
  const [dueBy, setDueBy] = useState('');
  const [name, setName] = useState('');
  const load = async () => setData(await api('GET', '/api/v1/follow-ups?all=true'));
  useEffect(() => {
    void load();
  }, []);
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
            <select {...p} value={state} onChange={(e) => setState(e.target.value as typeof state)}>
              {(['open', 'overdue', 'done', 'all'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`fu.state.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="fu-due" label={t('fu.filterDueBy')}>
          {(p) => <input {...p} type="date" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />}
        </Field>
        <Field name="fu-name" label={t('fu.filterName')}>
          {(p) => <input {...p} type="search" value={name} onChange={(e) => setName(e.target.value)} />}
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
                <FollowUpRow key={f.id} f={f} canEdit onChanged={load} showName />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
