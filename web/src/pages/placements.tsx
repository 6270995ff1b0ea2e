import { useState } from 'react';
import { UuidSchema } from '../../../src/contracts/common';
import {
  type Placement,
  type PlacementDetail,
  PlacementPlanSchema,
} from '../../../src/contracts/placements.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, orEmpty, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { PlacementView } from './placement-view';
import './placements.i18n';

type Option = { id: string; name: string };

/** Placements at partner employers: the list and a new plan, or one placement from agreement to certificate. */
export function PlacementsPage({
  path,
  canManage,
  canDays,
}: {
  path: string;
  canManage: boolean;
  canDays: boolean;
}) {
  const id = /^\/placements\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return id ? (
    <PlacementView id={id} canManage={canManage} canDays={canDays} />
  ) : (
    <PlacementList canManage={canManage} />
  );
}

function PlacementList({ canManage }: { canManage: boolean }) {
  const items = useApiQuery<{ items: Placement[] }>('/api/v1/placements').data?.items ?? null;
  const [creating, setCreating] = useState(false);
  return (
    <main id="main">
      <h1>{t('plc.title')}</h1>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('plc.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('plc.count', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plc.person')}</th>
                <th scope="col">{t('plc.employer')}</th>
                <th scope="col">{t('plc.position')}</th>
                <th scope="col">{t('plc.period')}</th>
                <th scope="col">{t('plc.status')}</th>
                <th scope="col">{t('plc.totals')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a {...linkProps(`/placements/${p.id}`)}>{p.participant.name}</a>
                  </td>
                  <td>{p.partner.name}</td>
                  <td>{p.position}</td>
                  <td className="nowrap">
                    {p.startDate} – {p.endDate}
                  </td>
                  <td>{t(`plc.status.${p.status}` as 'plc.status.PLANNED')}</td>
                  <td>
                    {t('plc.totalsValue', {
                      days: p.totals.days,
                      hours: String(p.totals.hours).replace('.', ','),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage &&
        (creating ? (
          <PlanForm onDone={(p) => navigate(`/placements/${p.id}`)} />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('plc.new')}
            </button>
          </p>
        ))}
    </main>
  );
}

const EMPTY = {
  participantId: '',
  partnerId: '',
  agreementId: '',
  workshopId: '',
  position: '',
  place: '',
  tutorName: '',
  tutorPhone: '',
  centreTutor: '',
  startDate: '',
  endDate: '',
  schedule: '',
  dailyHours: '',
  learningGoals: '',
};

/** The contract's checks on the form's text (no agreement left blank; daily hours typed as "6,5"). */
const planForm = PlacementPlanSchema.extend({
  agreementId: orEmpty(UuidSchema),
  dailyHours: numberText(PlacementPlanSchema.shape.dailyHours),
});

function PlanForm({ onDone }: { onDone: (p: PlacementDetail) => void }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<typeof EMPTY>({
    defaultValues: EMPTY,
    schema: planForm,
  });
  const people = (
    useApiQuery<{ items: { id: string; firstName: string; lastName: string }[] }>(
      '/api/v1/participants?pageSize=500',
    ).data?.items ?? []
  ).map((p) => ({ id: p.id, name: `${p.lastName} ${p.firstName}` }));
  const partners = useApiQuery<{ items: Option[] }>('/api/v1/partners').data?.items ?? [];
  const workshops = useApiQuery<{ items: Option[] }>('/api/v1/workshops').data?.items ?? [];
  const partnerId = form.watch('partnerId');
  const card = useApiQuery<{ agreements: { id: string; subject: string; number: string | null }[] }>(
    `/api/v1/partners/${partnerId}`,
    { enabled: !!partnerId },
  );
  const agreements = (partnerId && card.data?.agreements) || [];
  const labels: Record<string, string> = {
    participantId: t('plc.person'),
    partnerId: t('plc.employer'),
    agreementId: t('plc.agreement'),
    workshopId: t('plc.workshop'),
    position: t('plc.position'),
    place: t('plc.place'),
    tutorName: t('plc.tutor'),
    tutorPhone: t('plc.tutorPhone'),
    centreTutor: t('plc.centreTutor'),
    startDate: t('plc.start'),
    endDate: t('plc.end'),
    schedule: t('plc.schedule'),
    dailyHours: t('plc.dailyHours'),
    learningGoals: t('plc.goals'),
  };
  const submit = onSubmit(async (v) => {
    const saved = await api<PlacementDetail>('POST', '/api/v1/placements', {
      ...v,
      agreementId: v.agreementId || null,
      tutorPhone: v.tutorPhone || null,
      dailyHours: v.dailyHours === '' ? null : Number(v.dailyHours.replace(',', '.')),
    });
    await invalidate('/api/v1/placements');
    onDone(saved);
  });
  const select = (k: 'participantId' | 'partnerId' | 'workshopId', options: Option[]) => (
    <Field name={k} label={labels[k]!} error={fieldErrors[k]} required>
      {(p) => (
        <select {...p} {...register(k)}>
          <option value="">{t('plc.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const input = (k: keyof typeof EMPTY, type = 'text', required = true) => (
    <Field name={k} label={labels[k]!} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} type={type} {...register(k)} />}
    </Field>
  );
  return (
    <section className="card" aria-labelledby="plc-new">
      <h2 id="plc-new">{t('plc.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        {select('participantId', people)}
        {select('partnerId', partners)}
        <Field name="agreementId" label={labels.agreementId!} error={fieldErrors.agreementId}>
          {(p) => (
            <select {...p} {...register('agreementId')}>
              <option value="">{t('plc.noAgreement')}</option>
              {agreements.map((a) => (
                <option key={a.id} value={a.id}>
                  {[a.number, a.subject].filter(Boolean).join(' — ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {select('workshopId', workshops)}
        {input('position')}
        {input('place')}
        {input('tutorName')}
        {input('tutorPhone', 'tel', false)}
        {input('centreTutor')}
        {input('startDate', 'date')}
        {input('endDate', 'date')}
        {input('schedule')}
        {input('dailyHours')}
        <Field name="learningGoals" label={labels.learningGoals!} error={fieldErrors.learningGoals} required>
          {(p) => <textarea {...p} rows={4} {...register('learningGoals')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('plc.save')}
        </button>
      </form>
    </section>
  );
}
