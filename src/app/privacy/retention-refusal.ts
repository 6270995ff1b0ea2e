import { sql } from 'kysely';
import { shortDate } from '../../reports/pdf/wording';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { retentionStandingOf } from './retention-standing';

/** Whether anything of the person's pathway exists (then the retention duty applies). */
async function hasPathway(deps: AppDeps, centreId: string, id: string): Promise<boolean> {
  const found = await sql<{ n: number }>`select (
      (select count(*) from referrals where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from programmes where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from workshop_assignments where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from attendance_entries where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from payroll_lines where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from participant_documents where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from participant_outcomes where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from placements where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from graduate_contacts where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from supported_employment where centre_id = ${centreId} and participant_id = ${id})
    )::int as n`.execute(deps.db);
  return (found.rows[0]?.n ?? 0) > 0;
}

/**
 * Why the retention duty forbids erasing the person (art. 8b ust. 5; GDPR art. 17 ust. 3 lit. b), or
 * undefined when nothing of the pathway exists: the one refusal the erasure throws and the record page shows.
 */
export async function retentionRefusal(
  deps: AppDeps,
  centreId: string,
  id: string,
): Promise<AppError | undefined> {
  if (!(await hasPathway(deps, centreId, id))) return undefined;
  const standing = await retentionStandingOf(deps.db, centreId, id, deps);
  const message = standing?.due
    ? 'Tych danych nie usuwa się na żądanie: okres przechowywania (art. 8b ust. 5 ustawy) już minął — ' +
      'zatwierdź ich anonimizację w widoku „Przechowywanie danych”.'
    : standing?.retentionEndsOn
      ? 'Tych danych nie można usunąć: ustawa nakazuje przechowywać je do ' +
        `${shortDate(standing.retentionEndsOn)} (10 lat od końca roku, w którym zakończono świadczenie usług, ` +
        'art. 8b ust. 5; art. 17 ust. 3 lit. b RODO). Można je sprostować.'
      : undefined;
  return new AppError('ERASURE_FORBIDDEN_BY_RETENTION', {
    ...(message ? { message } : {}),
    details: { retentionEndsOn: standing?.retentionEndsOn ?? null },
  });
}
