import { sql } from 'kysely';
import type { FieldError } from '../../../contracts/errors';
import { isUniqueViolation } from '../../../db/errors';
import { firstDayAfter, pseudonymOf } from '../../../domain/privacy/anonymisation';
import { insertJobRun } from '../../../jobs/job-runs';
import { shortDate } from '../../../reports/pdf/wording';
import { AppError } from '../../app-error';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import { audit, todayInPoland } from '../../pathway/shared';
import { requireAction } from '../present-authorisation';
import { otherRetentionEndsOn } from './other-kind-rows';
import { OTHER_KIND_DEFS } from './other-kinds';
import { findOtherPerson, NO_SUCH, type OtherRef } from './other-person-lookup';

/**
 * The director approves the anonymisation of people (not participants) whose retention period is over; the
 * job goes to the queue. All or nothing: one person unknown, not due or already approved refuses the whole
 * request with the reason at that person, and nothing is written. Returns the job to enqueue.
 */
export async function approveOtherAnonymisation(
  deps: AppDeps,
  ctx: CallContext,
  persons: OtherRef[],
): Promise<{ jobId: string; approved: number }> {
  requireAction(ctx, 'privacy.retention.approve');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  return approveInOneTransaction(deps, ctx, persons, centreId, today).catch((error: unknown) => {
    // Two approvals of the same person at once: the second meets the unique row of the first.
    if (isUniqueViolation(error, 'other_person_anonymisations_unique'))
      throw new AppError('ANONYMISATION_ALREADY_APPROVED', {
        message: 'Anonimizację tej osoby zatwierdzono w tej chwili w innym oknie. Nic nie zapisano.',
      });
    throw error;
  });
}

async function approveInOneTransaction(
  deps: AppDeps,
  ctx: CallContext,
  persons: OtherRef[],
  centreId: string,
  today: string,
): Promise<{ jobId: string; approved: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const problems: FieldError[] = [];
    const records: { ref: OtherRef; last: string; until: string }[] = [];
    for (const [i, ref] of persons.entries()) {
      const path = `persons.${i}`;
      const done = await sql`select 1 from other_person_anonymisations
        where kind = ${ref.kind} and person_id = ${ref.id}::uuid`.execute(trx);
      if (done.rows.length) {
        problems.push({
          path,
          code: 'ANONYMISATION_ALREADY_APPROVED',
          message: 'Anonimizacja tej osoby została już zatwierdzona.',
        });
        continue;
      }
      const p = await findOtherPerson(trx, centreId, today, ref);
      const rule = OTHER_KIND_DEFS[ref.kind].rule;
      if (!p?.lastActivityOn) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message: p
            ? `${p.fullName}: współpraca z tą osobą trwa — jej danych nie można anonimizować.`
            : NO_SUCH,
        });
        continue;
      }
      const until = otherRetentionEndsOn(rule, p.lastActivityOn);
      if (until >= today) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message:
            `${p.fullName}: dane trzeba przechowywać do ${shortDate(until)} (${rule.from}: ` +
            `${shortDate(p.lastActivityOn)}); anonimizacja możliwa od ${shortDate(firstDayAfter(until))}.`,
        });
        continue;
      }
      records.push({ ref, last: p.lastActivityOn, until });
    }
    if (problems.length) {
      const already = problems.every((p) => p.code === 'ANONYMISATION_ALREADY_APPROVED');
      throw new AppError(already ? 'ANONYMISATION_ALREADY_APPROVED' : 'RETENTION_NOT_OVER', {
        message: already
          ? 'Anonimizacja tych osób została już zatwierdzona. Nic nie zapisano.'
          : 'Nie można zanonimizować danych przed upływem okresu przechowywania — powód ' +
            'przy każdej osobie. Nic nie zapisano.',
        details: { fields: problems },
      });
    }
    const job = await insertJobRun(trx, {
      kind: 'retention-anonymise',
      ctx,
      params: { participantIds: [], others: records.map((r) => r.ref) },
    });
    for (const r of records)
      await sql`insert into other_person_anonymisations (centre_id, kind, person_id, pseudonym, last_activity_on,
          retention_ends_on, approved_by, approved_at, job_id)
        values (${centreId}, ${r.ref.kind}, ${r.ref.id}::uuid, ${pseudonymOf(r.ref.id)}, ${r.last}::date,
          ${r.until}::date, ${ctx.actor.userId}, ${deps.now()}, ${job.id})`.execute(trx);
    await audit(trx, ctx, 'privacy.retention_approve', 'job', job.id, {
      count: records.length,
      persons: records.map((r) => pseudonymOf(r.ref.id)),
      kinds: records.map((r) => r.ref.kind),
    });
    return { jobId: job.id, approved: records.length };
  });
}
