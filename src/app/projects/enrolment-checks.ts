import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { findProjectById, listEnrolmentsWithPeople } from '../../db/projects.repository';
import { checkMonitoringPerson, type MonitoringPerson } from '../../domain/projects/monitoring-fields';
import type { GminaDirectory } from '../../reference/teryt';
import { AppError } from '../app-error';
import { toMonitoringPerson } from './present-project';

/** Fields an enrolment owns (the rest come from the participant's record and are fixed there). */
const ENROLMENT_FIELDS = new Set<keyof MonitoringPerson>([
  'projectStart',
  'projectEnd',
  'supportStart',
  'supportEnd',
  'supportForms',
  'labourMarketStatus',
  'longTermUnemployed',
  'educationEndPlanned',
  'degurba',
  'foreignOrigin',
  'thirdCountryNational',
  'minority',
  'homeless',
  'disability',
  'exitSituation',
  'exitAsPlanned',
  'businessStartedOn',
]);

/**
 * Refuses a saved enrolment (inside the caller's transaction, so nothing stays written) when a value it
 * owns is wrong — a date outside the project, long-term unemployment of an inactive person. Missing
 * values are allowed: the completeness check lists them and the export refuses the person.
 */
export async function refuseInvalidEnrolment(
  trx: Db,
  gminas: GminaDirectory,
  centreId: string,
  projectId: string,
  enrolmentId: string,
): Promise<void> {
  const project = await findProjectById(trx, centreId, projectId);
  const row = (await listEnrolmentsWithPeople(trx, centreId, projectId)).find((r) => r.id === enrolmentId);
  if (!project || !row) return;
  const person = toMonitoringPerson(row, project.number, gminas);
  const problems = checkMonitoringPerson(person, {
    startDate: project.start_date,
    endDate: project.end_date,
  });
  const blocking: FieldError[] = problems
    .filter((p) => p.code !== 'REQUIRED' && ENROLMENT_FIELDS.has(p.field))
    .map((p) => ({ path: p.field, code: p.code, message: p.message }));
  if (blocking.length) throw AppError.fields(blocking);
}
