import type { Db } from '../../db/connection';
import { findRetentionCandidates, type RetentionCandidateRow } from '../../db/privacy.repository';
import { monthEnd, type RetentionFacts, retentionStanding } from '../../domain/privacy/anonymisation';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';

/** The facts the retention rule reads, from one candidate row (every kind of service's latest day). */
export function retentionFactsOf(row: RetentionCandidateRow): RetentionFacts {
  return {
    status: row.status,
    openProgrammes: row.open_programmes,
    days: [
      row.status_since,
      row.programme_day,
      row.follow_up_day,
      row.attendance_day,
      row.decision_day,
      row.referral_day,
      row.paid_month ? monthEnd(row.paid_month) : null,
    ],
  };
}

/** One person's retention standing today (approved or not); undefined when services have not ended. */
export async function retentionStandingOf(db: Db, centreId: string, participantId: string, deps: AppDeps) {
  const today = todayInPoland(deps);
  const [row] = await findRetentionCandidates(db, centreId, today, {
    ids: [participantId],
    includeApproved: true,
  });
  return row ? { row, ...retentionStanding(retentionFactsOf(row), today) } : undefined;
}
