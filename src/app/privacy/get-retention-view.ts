import type { RetentionItem, RetentionView } from '../../contracts/privacy.contract';
import { findRetentionAnonymisations, findRetentionCandidates } from '../../db/privacy.repository';
import { firstDayAfter, retentionStanding } from '../../domain/privacy/anonymisation';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { requireAction } from './present-authorisation';
import { retentionFactsOf } from './retention-standing';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The retention view (art. 8b ust. 5): whose data are due for anonymisation today, whose retention is
 * still running (when services ended, until when kept), and the approvals with their outcome.
 */
export async function getRetentionView(deps: AppDeps, ctx: CallContext): Promise<RetentionView> {
  requireAction(ctx, 'privacy.retention.view');
  const today = todayInPoland(deps);
  const centreId = ctx.actor.centreId;
  const items: RetentionItem[] = [];
  for (const row of await findRetentionCandidates(deps.db, centreId, today)) {
    const standing = retentionStanding(retentionFactsOf(row), today);
    if (!standing.servicesEndedOn || !standing.retentionEndsOn) continue;
    items.push({
      participantId: row.id,
      fullName: `${row.first_name} ${row.last_name}`,
      birthYear: row.birth_date.slice(0, 4),
      status: row.status as RetentionItem['status'],
      servicesEndedOn: standing.servicesEndedOn,
      retentionEndsOn: standing.retentionEndsOn,
      anonymiseFrom: firstDayAfter(standing.retentionEndsOn),
      due: standing.due,
    });
  }
  const approvals = await findRetentionAnonymisations(deps.db, centreId);
  return {
    today,
    due: items.filter((i) => i.due),
    upcoming: items.filter((i) => !i.due).sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn)),
    approvals: approvals.map((a) => ({
      participantId: a.participant_id,
      pseudonym: a.pseudonym,
      servicesEndedOn: a.services_ended_on,
      retentionEndsOn: a.retention_ends_on,
      status: a.status,
      approvedByName: a.approved_by_name ?? null,
      approvedAt: iso(a.approved_at)!,
      doneAt: iso(a.done_at),
      jobId: a.job_id,
    })),
  };
}
