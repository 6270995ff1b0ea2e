/** The IPZS / contract programmes: their content form and the list. */
import { useState } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import type { Pathway, Programme } from '../../../src/contracts/pathway.contract';
import { api } from '../api';
import { ErrorSummary, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import { ProgrammeView } from './pathway-programme-view';
import { type Form, lines, orNull, Input, Section } from './pathway-shared';
import './pathway.i18n';

export const contentForm = (p?: Programme): Form => ({
  admissionDate: p?.admissionDate ?? '',
  workshop: p?.workshop ?? '',
  weeklyHours: p?.weeklyHours != null ? String(p.weeklyHours) : '35',
  disabilityDegree: p?.disabilityDegree ?? 'NONE',
  vocationalScope: p?.vocationalScope ?? '',
  vocationalForms: p?.vocationalForms ?? '',
  socialScope: p?.socialScope ?? '',
  socialForms: p?.socialForms ?? '',
  persons: (p?.responsiblePersons ?? []).map((r) => `${r.name} — ${r.role}`).join('\n'),
  contractNumber: p?.contractNumber ?? '',
  contractOps: p?.contractOps ?? '',
  contractFrom: p?.contractFrom ?? '',
  contractTo: p?.contractTo ?? '',
  plannedEnd: p?.kind === 'KIS_CONTRACT' ? p.plannedEnd : '',
  reason: '',
});

export function contentBody(form: Form, kis: boolean) {
  const persons = lines(form.persons ?? '').map((l) => {
    const [name, ...role] = l.split(/\s+[—–-]\s+/);
    return { name: name!.trim(), role: role.join(' — ').trim() || '—' };
  });
  return {
    admissionDate: form.admissionDate,
    workshop: orNull(form.workshop),
    weeklyHours: form.weeklyHours ? Number(form.weeklyHours.replace(',', '.')) : null,
    disabilityDegree: form.disabilityDegree,
    vocationalScope: form.vocationalScope,
    vocationalForms: form.vocationalForms,
    socialScope: form.socialScope,
    socialForms: form.socialForms,
    responsiblePersons: persons,
    ...(kis
      ? {
          contractNumber: orNull(form.contractNumber),
          contractOps: orNull(form.contractOps),
          contractFrom: orNull(form.contractFrom),
          contractTo: orNull(form.contractTo),
          plannedEnd: orNull(form.plannedEnd),
        }
      : {}),
  };
}

export function ProgrammeFields({
  form,
  set,
  errors,
  kis,
  lockAdmission,
}: {
  form: Form;
  set: (f: Form) => void;
  errors: Record<string, string>;
  kis: boolean;
  lockAdmission?: boolean;
}) {
  return (
    <>
      <div className="row">
        {!lockAdmission && (
          <Input
            form={form}
            set={set}
            name="admissionDate"
            label={t('prog.admissionDate')}
            type="date"
            errors={errors}
            required
          />
        )}
        <Input form={form} set={set} name="workshop" label={t('prog.workshop')} errors={errors} />
        {!kis && (
          <Input
            form={form}
            set={set}
            name="weeklyHours"
            label={t('prog.weeklyHours')}
            type="number"
            errors={errors}
            required
            hint={t('prog.weeklyHoursHint')}
          />
        )}
        {!kis && (
          <Input
            form={form}
            set={set}
            name="disabilityDegree"
            label={t('prog.disability')}
            errors={errors}
            options={['NONE', 'MILD', 'MODERATE', 'SIGNIFICANT'].map((d) => ({
              value: d,
              label: td(`prog.disability.${d}`),
            }))}
          />
        )}
      </div>
      {kis && (
        <div className="row">
          <Input
            form={form}
            set={set}
            name="contractNumber"
            label={t('prog.contractNumber')}
            errors={errors}
            required
          />
          <Input form={form} set={set} name="contractOps" label={t('prog.contractOps')} errors={errors} />
          <Input
            form={form}
            set={set}
            name="contractFrom"
            label={t('prog.contractFrom')}
            type="date"
            errors={errors}
          />
          <Input
            form={form}
            set={set}
            name="contractTo"
            label={t('prog.contractTo')}
            type="date"
            errors={errors}
          />
          <Input
            form={form}
            set={set}
            name="plannedEnd"
            label={t('prog.kisEnd')}
            type="date"
            errors={errors}
            required
          />
        </div>
      )}
      <Input
        form={form}
        set={set}
        name="vocationalScope"
        label={t('prog.vocationalScope')}
        errors={errors}
        rows={3}
      />
      <Input
        form={form}
        set={set}
        name="vocationalForms"
        label={t('prog.vocationalForms')}
        errors={errors}
        rows={2}
      />
      <Input
        form={form}
        set={set}
        name="socialScope"
        label={t('prog.socialScope')}
        errors={errors}
        rows={3}
      />
      <Input
        form={form}
        set={set}
        name="socialForms"
        label={t('prog.socialForms')}
        errors={errors}
        rows={2}
      />
      <Input form={form} set={set} name="persons" label={t('prog.persons')} errors={errors} rows={3} />
    </>
  );
}

export function Programmes({
  base,
  pathway,
  participant,
  canEdit,
  isDirector,
  isKis,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  participant: Participant;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  onChanged: () => void;
}) {
  const [form, setForm] = useState<Form>(contentForm());
  const create = useSubmit();
  const current = pathway.programmes.find((p) => p.status !== 'CLOSED') ?? pathway.programmes[0];
  const eligible = participant.status === 'ELIGIBLE' || participant.status === 'WAITING';
  const kis = current ? current.kind === 'KIS_CONTRACT' : isKis;
  const titleKind = current?.kind ?? (isKis ? 'KIS_CONTRACT' : 'IPZS');
  return (
    <Section id="programme" title={t(`prog.title.${titleKind}`)}>
      {!current && <p className="muted">{t('prog.none')}</p>}
      {!current && canEdit && eligible && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await create.run(() => api('POST', `${base}/programmes`, contentBody(form, kis))))
              onChanged();
          }}
        >
          <h3>{t('prog.create')}</h3>
          <ErrorSummary
            errors={create.fieldErrors}
            formError={create.formError}
            labels={{
              admissionDate: t('prog.admissionDate'),
              weeklyHours: t('prog.weeklyHours'),
              contractNumber: t('prog.contractNumber'),
              plannedEnd: t('prog.kisEnd'),
            }}
          />
          <ProgrammeFields form={form} set={setForm} errors={create.fieldErrors} kis={kis} />
          <button type="submit" className="primary" disabled={create.busy}>
            {t('prog.create')}
          </button>
        </form>
      )}
      {current && (
        <ProgrammeView
          key={`${current.id}-${current.version}`}
          base={base}
          p={current}
          canEdit={canEdit}
          isDirector={isDirector}
          kis={kis}
          onChanged={onChanged}
        />
      )}
      {pathway.programmes
        .filter((p) => p !== current)
        .map((p) => (
          <p key={p.id} className="muted">
            {p.number}: {p.admissionDate} – {p.lastDay ?? p.plannedEnd} ({t(`prog.status.${p.status}`)})
          </p>
        ))}
    </Section>
  );
}
