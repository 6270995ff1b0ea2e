import type { FieldError } from '../../contracts/errors';
import { shortDate } from '../../reports/pdf/wording';
import {
  findAnonymisationsOf,
  findRetentionCandidates,
  insertRetentionAnonymisations,
} from '../../db/privacy.repository';
import { firstDayAfter, pseudonymOf, retentionStanding } from '../../domain/privacy/anonymisation';
import { insertJobRun } from '../../jobs/job-runs';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { requireAction } from './present-authorisation';
import { retentionFactsOf } from './retention-standing';

/**
 * The director approves the anonymisation of people whose retention period is over (art. 8b ust. 5) and
 * the job is queued. All or nothing: one person not due (or unknown, or already approved) refuses the
 * whole approval with the reason at that person, and nothing is written.
 */
export async function approveAnonymisation(
  deps: AppDeps,
  ctx: CallContext,
  participantIds: string[],
): Promise<{ jobId: string; approved: number }> {
  requireAction(ctx, 'privacy.retention.approve');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  return deps.db.transaction().execute(async (trx) => {
    const approved = new Set(
      (await findAnonymisationsOf(trx, centreId, participantIds)).map((a) => a.participant_id),
    );
    const rows = new Map(
      (
        await findRetentionCandidates(trx, centreId, today, { ids: participantIds, includeApproved: true })
      ).map((r) => [r.id, r]),
    );
    const known = new Set(
      (
        await trx
          .selectFrom('participants')
          .select('id')
          .where('centre_id', '=', centreId)
          .where('id', 'in', participantIds)
          .execute()
      ).map((p) => p.id),
    );
    const problems: FieldError[] = [];
    const records = [];
    for (const [i, id] of participantIds.entries()) {
      const path = `participantIds.${i}`;
      const row = rows.get(id);
      if (approved.has(id)) {
        problems.push({
          path,
          code: 'ANONYMISATION_ALREADY_APPROVED',
          message: 'Anonimizacja tej osoby została już zatwierdzona.',
        });
        continue;
      }
      const standing = row ? retentionStanding(retentionFactsOf(row), today) : undefined;
      if (!row || !standing?.servicesEndedOn || !standing.retentionEndsOn) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message: known.has(id)
            ? 'Świadczenie usług tej osobie nie zostało zakończone — jej danych nie można anonimizować.'
            : 'Nie ma takiej osoby w tym centrum.',
        });
        continue;
      }
      if (!standing.due) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message:
            `${row.first_name} ${row.last_name}: dane trzeba przechowywać do ${shortDate(standing.retentionEndsOn)} ` +
            `(usługi zakończono ${shortDate(standing.servicesEndedOn)}); anonimizacja możliwa od ` +
            `${shortDate(firstDayAfter(standing.retentionEndsOn))}.`,
        });
        continue;
      }
      records.push({ id, standing: { ended: standing.servicesEndedOn, until: standing.retentionEndsOn } });
    }
    if (problems.length) {
      const code = problems.every((p) => p.code === 'ANONYMISATION_ALREADY_APPROVED')
        ? 'ANONYMISATION_ALREADY_APPROVED'
        : 'RETENTION_NOT_OVER';
      throw AppError.fields(problems, code);
    }

    const job = await insertJobRun(trx, { kind: 'retention-anonymise', ctx, params: { participantIds } });
    await insertRetentionAnonymisations(
      trx,
      records.map((r) => ({
        centre_id: centreId,
        participant_id: r.id,
        pseudonym: pseudonymOf(r.id),
        services_ended_on: r.standing.ended,
        retention_ends_on: r.standing.until,
        approved_by: ctx.actor.userId,
        approved_at: deps.now(),
        job_id: job.id,
      })),
    );
    await audit(trx, ctx, 'privacy.retention_approve', 'job', job.id, {
      count: records.length,
      persons: records.map((r) => pseudonymOf(r.id)),
    });
    return { jobId: job.id, approved: records.length };
  });
}
