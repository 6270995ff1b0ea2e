import { anonymiseParticipant, type AnonymisationOutcome } from '../app/privacy/anonymise-participant';
import type { JobHandler } from './job-runs';

/**
 * The anonymisation the director approved (decision 0018): one transaction per person, so a failure
 * leaves everyone before it anonymised and everyone after it untouched; a re-run skips those done.
 */
export const retentionAnonymiseJob: JobHandler = async (deps, job, progress) => {
  const { participantIds } = job.params as { participantIds: string[] };
  const counts: Record<AnonymisationOutcome, number> = {
    ANONYMISED: 0,
    ALREADY_DONE: 0,
    NOT_DUE: 0,
    NOT_APPROVED: 0,
  };
  const notDue: string[] = [];
  await progress(0, participantIds.length);
  for (const [i, id] of participantIds.entries()) {
    const outcome = await anonymiseParticipant(deps, job.ctx, id);
    counts[outcome] += 1;
    if (outcome === 'NOT_DUE') notDue.push(id);
    await progress(i + 1, participantIds.length);
  }
  return {
    anonymised: counts.ANONYMISED,
    alreadyDone: counts.ALREADY_DONE,
    notDue,
    notApproved: counts.NOT_APPROVED,
  };
};
