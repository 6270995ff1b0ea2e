import { anonymiseParticipant, type AnonymisationOutcome } from '../app/privacy/anonymise-participant';
import { anonymiseOtherPerson } from '../app/privacy/others/anonymise-other-person';
import type { OtherRef } from '../app/privacy/others/other-person-lookup';
import type { JobHandler } from './job-runs';

/**
 * The anonymisation the director approved (decision 0018): one transaction per person, so a failure
 * leaves everyone before it anonymised and everyone after it untouched; a re-run skips those done.
 */
export const retentionAnonymiseJob: JobHandler = async (deps, job, progress) => {
  // Participants by id; people who are not participants (migration 0037) by kind and id.
  const { participantIds, others = [] } = job.params as { participantIds: string[]; others?: OtherRef[] };
  const total = participantIds.length + others.length;
  const counts: Record<AnonymisationOutcome, number> = {
    ANONYMISED: 0,
    ALREADY_DONE: 0,
    NOT_DUE: 0,
    NOT_APPROVED: 0,
  };
  const notDue: string[] = [];
  await progress(0, total);
  for (const [i, id] of participantIds.entries()) {
    const outcome = await anonymiseParticipant(deps, job.ctx, id);
    counts[outcome] += 1;
    if (outcome === 'NOT_DUE') notDue.push(id);
    await progress(i + 1, total);
  }
  for (const [i, ref] of others.entries()) {
    const outcome = await anonymiseOtherPerson(deps, job.ctx, ref);
    counts[outcome] += 1;
    if (outcome === 'NOT_DUE') notDue.push(ref.id);
    await progress(participantIds.length + i + 1, total);
  }
  return {
    anonymised: counts.ANONYMISED,
    alreadyDone: counts.ALREADY_DONE,
    notDue,
    notApproved: counts.NOT_APPROVED,
  };
};
