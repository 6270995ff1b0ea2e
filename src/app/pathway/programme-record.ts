/** The programme record (IPZS / social contract): its fields, versions, dates and how it is shown. */
import type { Programme, ProgrammeCreate } from '../../contracts/pathway.contract';
import type { Db } from '../../db/connection';
import { findProgramme, insertProgrammeVersion, listProgrammeVersions } from '../../db/pathway.repository';
import type { ProgrammeRow } from '../../db/schema';
import {
  effectiveProgrammeStatus,
  programmeDates,
  scheduleProblems,
  type ProgrammeDates,
} from '../../domain/pathway/programme-rules';
import type { DisabilityDegree } from '../../domain/periods/periods';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { failOn, iso, todayInPoland } from './shared';

type VersionRow = Awaited<ReturnType<typeof listProgrammeVersions>>[number];

/** Fields that make up the programme's content; a change to any of them is an amendment. */
export const CONTENT_FIELDS = [
  'admission_date',
  'workshop',
  'weekly_hours',
  'disability_degree',
  'vocational_scope',
  'vocational_forms',
  'social_scope',
  'social_forms',
  'responsible_persons',
  'contract_number',
  'contract_ops',
  'contract_from',
  'contract_to',
  'planned_end',
  'extension_months',
] as const;

const FIELD_LABELS: Record<string, string> = {
  admission_date: 'data przyjęcia',
  workshop: 'warsztat',
  weekly_hours: 'wymiar tygodniowy',
  disability_degree: 'stopień niepełnosprawności',
  vocational_scope: 'zakres reintegracji zawodowej',
  vocational_forms: 'formy reintegracji zawodowej',
  social_scope: 'zakres reintegracji społecznej',
  social_forms: 'formy reintegracji społecznej',
  responsible_persons: 'osoby odpowiedzialne',
  contract_number: 'numer kontraktu',
  contract_ops: 'OPS',
  contract_from: 'początek kontraktu',
  contract_to: 'koniec kontraktu',
  planned_end: 'planowany koniec',
  extension_months: 'przedłużenie',
  benefit_application_on: 'wniosek o świadczenie integracyjne',
  benefit_granted_on: 'przyznanie świadczenia przez kierownika',
};
export const fieldLabel = (f: string) => FIELD_LABELS[f] ?? f;

/** The programme as the caller may see it: content and exit reasons only for the director and social workers. */
export function toProgramme(
  p: ProgrammeRow,
  versions: VersionRow[],
  today: string,
  full: boolean,
): Programme {
  const periods =
    p.kind === 'IPZS' ? programmeDates('IPZS', p.admission_date, p.extension_months, null) : null;
  const dates = periods?.ok ? periods.value : null;
  const persons = (
    typeof p.responsible_persons === 'string' ? JSON.parse(p.responsible_persons) : p.responsible_persons
  ) as { name: string; role: string }[];
  const status = effectiveProgrammeStatus(p.status, p.continuation_until, today);
  return {
    id: p.id,
    participantId: p.participant_id,
    referralId: p.referral_id,
    kind: p.kind,
    number: p.number,
    status: status as Programme['status'],
    admissionDate: p.admission_date,
    trialLastDay: p.trial_last_day,
    baseEnd: p.base_end,
    extensionMonths: p.extension_months,
    maxExtensionMonths: dates?.maxExtensionMonths ?? null,
    limitEnd: dates?.limitEnd ?? null,
    plannedEnd: p.planned_end,
    signedOn: p.signed_on,
    workshop: p.workshop,
    weeklyHours: p.weekly_hours,
    disabilityDegree: (full ? p.disability_degree : 'NONE') as Programme['disabilityDegree'],
    vocationalScope: full ? p.vocational_scope : '',
    vocationalForms: full ? p.vocational_forms : '',
    socialScope: full ? p.social_scope : '',
    socialForms: full ? p.social_forms : '',
    responsiblePersons: persons,
    contractNumber: p.contract_number,
    contractOps: p.contract_ops,
    contractFrom: p.contract_from,
    contractTo: p.contract_to,
    exitType: p.exit_type as Programme['exitType'],
    lastDay: p.last_day,
    exitEventDate: p.exit_event_date,
    continuationUntil: p.continuation_until,
    closedOn: p.closed_on ?? (status === 'CLOSED' && p.status === 'CONTINUING' ? p.continuation_until : null),
    decisionNumber: full ? p.decision_number : null,
    decisionOn: full ? p.decision_on : null,
    complaintCourt: full ? p.complaint_court : null,
    exitJustification: full ? p.exit_justification : null,
    vocationalSkills: full ? p.vocational_skills : [],
    socialSkills: full ? p.social_skills : [],
    certificateNumber: p.certificate_number,
    certificateIssuedOn: p.certificate_issued_on,
    benefitApplicationOn: p.benefit_application_on,
    benefitGrantedOn: p.benefit_granted_on,
    version: p.version,
    versions: versions
      .filter((v) => v.programme_id === p.id)
      .map((v) => ({
        version: v.version,
        changeKind: v.change_kind,
        changedFields: v.changed_fields.map(fieldLabel),
        reason: v.reason,
        changedBy: v.changed_by_name,
        changedAt: iso(v.changed_at),
      })),
    warnings:
      p.kind === 'IPZS'
        ? scheduleProblems(p.admission_date, p.weekly_hours, p.disability_degree as DisabilityDegree)
        : [],
  };
}

export function snapshot(p: ProgrammeRow) {
  return Object.fromEntries(
    CONTENT_FIELDS.map((f) => [f, p[f]]).concat([
      ['signed_on', p.signed_on],
      ['status', p.status],
      ['benefit_application_on', p.benefit_application_on],
      ['benefit_granted_on', p.benefit_granted_on],
    ]),
  );
}

export async function writeVersion(
  db: Db,
  ctx: CallContext,
  p: ProgrammeRow,
  kind: string,
  changed: string[],
  reason: string | null,
) {
  await insertProgrammeVersion(db, {
    centre_id: ctx.actor.centreId,
    programme_id: p.id,
    version: p.version,
    change_kind: kind,
    changed_fields: changed,
    reason,
    snapshot: JSON.stringify(snapshot(p)),
    changed_by: ctx.actor.userId,
    changed_by_name: ctx.actorEmail,
  });
}

export async function loadProgramme(
  deps: AppDeps,
  ctx: CallContext,
  db: Db,
  id: string,
  full = true,
): Promise<Programme> {
  const p = await findProgramme(db, ctx.actor.centreId, id);
  if (!p) throw notFound();
  return toProgramme(
    p,
    await listProgrammeVersions(db, ctx.actor.centreId, [p.id]),
    todayInPoland(deps),
    full,
  );
}

export function datesOrFail(result: ReturnType<typeof programmeDates>): ProgrammeDates {
  if (!result.ok) {
    failOn(result.problems);
    throw new Error('unreachable');
  }
  return result.value;
}

export async function programmeOr404(db: Db, ctx: CallContext, participantId: string, id: string) {
  const p = await findProgramme(db, ctx.actor.centreId, id);
  if (!p || p.participant_id !== participantId) throw notFound();
  return p;
}

export const contentColumns = (input: Partial<ProgrammeCreate>) => {
  const map = {
    admission_date: input.admissionDate,
    workshop: input.workshop,
    weekly_hours: input.weeklyHours,
    disability_degree: input.disabilityDegree,
    vocational_scope: input.vocationalScope,
    vocational_forms: input.vocationalForms,
    social_scope: input.socialScope,
    social_forms: input.socialForms,
    responsible_persons:
      input.responsiblePersons === undefined ? undefined : JSON.stringify(input.responsiblePersons),
    contract_number: input.contractNumber,
    contract_ops: input.contractOps,
    contract_from: input.contractFrom,
    contract_to: input.contractTo,
  };
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
};
