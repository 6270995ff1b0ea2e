import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { eraseParticipant } from '../privacy/erase-participant';

/**
 * The old "delete a mistaken record" route (DELETE /api/v1/participants/:id) runs the one erasure use case
 * (GDPR art. 17, decision 0018/0023): the same refusals (a pathway → ERASURE_FORBIDDEN_BY_RETENTION, records
 * other modules keep → ERASURE_BLOCKED_BY_RECORDS), the same removal of what only signed the person up, and
 * the audit entries keep only the pseudonym — the name is never written into the log of the deletion.
 */
export async function deleteParticipant(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { reason: string },
): Promise<void> {
  await eraseParticipant(deps, ctx, id, input);
}
