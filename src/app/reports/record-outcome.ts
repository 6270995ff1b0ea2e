import type { OutcomeInput } from '../../contracts/reports.contract';
import type { Db } from '../../db/connection';
import { deleteOutcomesOfFollowUp, insertOutcome } from '../../db/reports.repository';
import type { CallContext } from '../context';
import { audit } from '../pathway/shared';

/** What an exit type or a follow-up outcome says of the person's work when staff gave no details. */
const DEFAULTS: Record<string, OutcomeInput | undefined> = {
  EMPLOYMENT: { work: 'EMPLOYMENT', employmentForm: null, contractType: null, socialEffects: [], note: null },
  EMPLOYED: { work: 'EMPLOYMENT', employmentForm: null, contractType: null, socialEffects: [], note: null },
  SOCIAL_COOPERATIVE: {
    work: 'SOCIAL_COOPERATIVE',
    employmentForm: null,
    contractType: null,
    socialEffects: [],
    note: null,
  },
  OWN_BUSINESS: {
    work: 'OWN_BUSINESS',
    employmentForm: null,
    contractType: null,
    socialEffects: [],
    note: null,
  },
  SELF_EMPLOYED: {
    work: 'OWN_BUSINESS',
    employmentForm: null,
    contractType: null,
    socialEffects: [],
    note: null,
  },
  UNEMPLOYED: { work: 'NONE', employmentForm: null, contractType: null, socialEffects: [], note: null },
  IN_EDUCATION: {
    work: 'NONE',
    employmentForm: null,
    contractType: null,
    socialEffects: ['EDUCATION'],
    note: null,
  },
};

/**
 * Records the person's situation at an exit or a follow-up in the reports' categories (inside the
 * caller's transaction). Without details, the exit type or the follow-up outcome decides the work
 * category; a withdrawal or "no contact" without details records nothing.
 */
export async function recordOutcome(
  db: Db,
  ctx: CallContext,
  input: {
    participantId: string;
    programmeId: string | null;
    followUpId: string | null;
    source: 'EXIT' | 'FOLLOW_UP';
    observedOn: string;
    kind: string;
    situation: OutcomeInput | undefined;
  },
): Promise<void> {
  if (input.followUpId) await deleteOutcomesOfFollowUp(db, ctx.actor.centreId, input.followUpId);
  const s = input.situation ?? DEFAULTS[input.kind];
  if (!s) return;
  const row = await insertOutcome(db, {
    centre_id: ctx.actor.centreId,
    participant_id: input.participantId,
    programme_id: input.programmeId,
    follow_up_id: input.followUpId,
    source: input.source,
    observed_on: input.observedOn,
    work: s.work,
    employment_form: s.work === 'EMPLOYMENT' ? s.employmentForm : null,
    contract_type: s.work === 'EMPLOYMENT' ? s.contractType : null,
    social_effects: [...s.socialEffects],
    note: s.note,
    recorded_by: ctx.actor.userId || null,
  });
  await audit(db, ctx, 'outcome.record', 'participant_outcome', row.id, {
    participantId: input.participantId,
    source: input.source,
    work: s.work,
  });
}
