import type { Db } from './connection';

/** What changes a month's amounts from outside the register: the director's bonus proposal, a correction. */

/** Records (or replaces) the director's bonus proposal for a person's month. */
export async function upsertBonusProposal(
  db: Db,
  row: {
    centreId: string;
    month: string;
    participantId: string;
    amountGrosze: number;
    justification: string;
    proposedBy: string;
  },
): Promise<void> {
  await db
    .insertInto('bonus_proposals')
    .values({
      centre_id: row.centreId,
      month: row.month,
      participant_id: row.participantId,
      amount_grosze: row.amountGrosze,
      justification: row.justification,
      proposed_by: row.proposedBy,
    })
    .onConflict((oc) =>
      oc.columns(['centre_id', 'month', 'participant_id']).doUpdateSet({
        amount_grosze: row.amountGrosze,
        justification: row.justification,
        proposed_by: row.proposedBy,
        created_at: new Date(),
      }),
    )
    .execute();
}

/** True when the participant belongs to the centre. */
export async function participantExists(db: Db, centreId: string, participantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('participants')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPayrollCorrection(
  db: Db,
  row: {
    centreId: string;
    participantId: string;
    concernsMonth: string;
    settleMonth: string;
    amountGrosze: number;
    reason: string;
    createdBy: string;
  },
) {
  return db
    .insertInto('payroll_corrections')
    .values({
      centre_id: row.centreId,
      participant_id: row.participantId,
      concerns_month: row.concernsMonth,
      settle_month: row.settleMonth,
      amount_grosze: row.amountGrosze,
      reason: row.reason,
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
