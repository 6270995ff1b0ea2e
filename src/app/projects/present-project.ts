import type { Enrolment, Project } from '../../contracts/projects.contract';
import type { EnrolmentWithPerson, ProjectRowWithLeader } from '../../db/projects.repository';
import {
  checkMonitoringPerson,
  missingSummary,
  type Degurba,
  type ExitSituation,
  type FlagAnswer,
  type LabourMarketStatus,
  type MonitoringPerson,
} from '../../domain/projects/monitoring-fields';
import type { GminaDirectory } from '../../reference/teryt';

/** A project row as the API answers it. */
export function presentProject(
  row: ProjectRowWithLeader,
  partners: { id: string; name: string }[],
  participantCount: number,
): Project {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    programme: row.programme,
    priority: row.priority,
    action: row.action,
    startDate: row.start_date,
    endDate: row.end_date,
    leaderPartnerId: row.leader_partner_id,
    leaderName: row.leader_name ?? null,
    partners,
    supportForms: row.support_forms,
    targets: (row.targets ?? {}) as Record<string, number>,
    participantCount,
    version: row.version,
  };
}

/** The enrolment joined with the participant's record, as the monitoring rules and the export see it. */
export function toMonitoringPerson(
  row: EnrolmentWithPerson,
  projectNumber: string,
  gminas: GminaDirectory,
): MonitoringPerson {
  const gmina = row.gmina_code ? gminas.get(row.gmina_code) : undefined;
  return {
    projectNumber,
    firstName: row.first_name,
    lastName: row.last_name,
    pesel: row.pesel,
    sex: row.sex,
    birthDate: row.birth_date,
    citizenship: row.citizenship,
    educationLevel: row.education_level,
    voivodeship: gmina?.voivodeship ?? null,
    powiat: gmina?.powiat ?? null,
    gmina: gmina?.name ?? null,
    city: row.city,
    postalCode: row.postal_code,
    degurba: row.degurba as Degurba | null,
    phone: row.phone,
    email: row.email,
    projectStart: row.project_start,
    projectEnd: row.project_end,
    labourMarketStatus: row.labour_market_status as LabourMarketStatus | null,
    longTermUnemployed: row.long_term_unemployed,
    educationEndPlanned: row.education_end_planned,
    exitSituation: row.exit_situation as ExitSituation | null,
    exitAsPlanned: row.exit_as_planned,
    supportForms: row.support_forms,
    supportStart: row.support_start,
    supportEnd: row.support_end,
    businessStartedOn: row.business_started_on,
    foreignOrigin: row.foreign_origin as FlagAnswer | null,
    thirdCountryNational: row.third_country_national as FlagAnswer | null,
    minority: row.minority as FlagAnswer | null,
    homeless: row.homeless as FlagAnswer | null,
    disability: row.disability as FlagAnswer | null,
    notes: row.notes,
  };
}

/** An enrolment with its completeness check (problems and the "brakuje: …" line). */
export function presentEnrolment(
  row: EnrolmentWithPerson,
  person: MonitoringPerson,
  project: { startDate: string; endDate: string },
): Enrolment {
  const problems = checkMonitoringPerson(person, project);
  return {
    id: row.id,
    participantId: row.participant_id,
    fullName: `${row.first_name} ${row.last_name}`,
    projectStart: row.project_start,
    projectEnd: row.project_end,
    supportStart: row.support_start,
    supportEnd: row.support_end,
    supportForms: row.support_forms,
    labourMarketStatus: row.labour_market_status,
    longTermUnemployed: row.long_term_unemployed,
    educationEndPlanned: row.education_end_planned,
    degurba: row.degurba,
    foreignOrigin: row.foreign_origin,
    thirdCountryNational: row.third_country_national,
    minority: row.minority,
    homeless: row.homeless,
    disability: row.disability,
    exitSituation: row.exit_situation,
    exitAsPlanned: row.exit_as_planned,
    businessStartedOn: row.business_started_on,
    notes: row.notes,
    version: row.version,
    problems: problems.map((p) => ({ path: p.field, code: p.code, message: p.message, label: p.label })),
    missing: missingSummary(problems),
  };
}
