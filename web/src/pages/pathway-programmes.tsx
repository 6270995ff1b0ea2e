/** The IPZS / contract programmes: their content form and the list. */
import { useMemo } from 'react';
import { z } from 'zod';
import type { Participant } from '../../../src/contracts/participant.contract';
import { ProgrammeCreateSchema } from '../../../src/contracts/pathway-programme.contract';
import { checkProgrammeContent, programmeDates } from '../../../src/domain/pathway/programme-rules';
import { api } from '../api';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { type ContentForm, contentBody, contentForm, ProgrammeFields } from './pathway-programme-content';
import { ProgrammeView } from './pathway-programme-view';
import { type SectionProps, Section } from './pathway-shared';
import './pathway.i18n';

export function Programmes({
  base,
  pathway,
  participant,
  canEdit,
  isDirector,
  isKis,
  onChanged,
}: SectionProps & { participant: Participant; isDirector: boolean; isKis: boolean }) {
  const current = pathway.programmes.find((p) => p.status !== 'CLOSED') ?? pathway.programmes[0];
  const eligible = participant.status === 'ELIGIBLE' || participant.status === 'WAITING';
  const kis = current ? current.kind === 'KIS_CONTRACT' : isKis;
  // The browser checks exactly the programme the server will check (its contract), before sending.
  const schema = useMemo(
    () =>
      z.preprocess(
        (v) => contentBody(v as ContentForm, kis),
        // Then the domain's own rules, as the server applies them: the IPZS's weekly hours, the KIS
        // contract's number (art. 18 ust. 4) and its individually set end (ust. 5).
        ProgrammeCreateSchema.superRefine((body, ctx) => {
          const kind = kis ? 'KIS_CONTRACT' : 'IPZS';
          const dates = programmeDates(kind, body.admissionDate, 0, body.plannedEnd ?? null);
          const problems = [
            ...checkProgrammeContent({
              centreType: kis ? 'KIS' : 'CIS',
              kind,
              admissionDate: body.admissionDate,
              referredOn: null,
              weeklyHours: body.weeklyHours ?? null,
              disabilityDegree: body.disabilityDegree,
              contractNumber: body.contractNumber ?? null,
              contractFrom: body.contractFrom ?? null,
              contractTo: body.contractTo ?? null,
              signedOn: null,
            }),
            ...(dates.ok ? [] : dates.problems),
          ];
          for (const p of problems)
            ctx.addIssue({ code: 'custom', path: [p.path], message: p.message, params: { code: p.code } });
        }),
      ),
    [kis],
  );
  const create = useApiForm<ContentForm>({ defaultValues: contentForm(), schema });
  const titleKind = current?.kind ?? (isKis ? 'KIS_CONTRACT' : 'IPZS');
  return (
    <Section id="programme" title={t(`prog.title.${titleKind}`)}>
      {!current && <p className="muted">{t('prog.none')}</p>}
      {!current && canEdit && eligible && (
        <form
          noValidate
          onSubmit={create.onSubmit(async (values) => {
            await api('POST', `${base}/programmes`, contentBody(values, kis));
            onChanged();
          })}
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
          <ProgrammeFields register={create.register} errors={create.fieldErrors} kis={kis} />
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
