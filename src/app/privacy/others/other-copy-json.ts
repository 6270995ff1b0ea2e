import { AppError } from '../../app-error';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import { audit, todayInPoland } from '../../pathway/shared';
import { requireAction } from '../present-authorisation';
import { copyOtherRows, otherRetentionEndsOn } from './other-kind-rows';
import { OTHER_KIND_DEFS } from './other-kinds';
import { findOtherPerson, NO_SUCH, type OtherRef } from './other-person-lookup';

/** The person, their kind and their rows by table, for the own copy in either format (the JSON or the PDF). */
export async function loadOtherCopy(deps: AppDeps, ctx: CallContext, ref: OtherRef) {
  requireAction(ctx, 'privacy.subjectCopy');
  const centreId = ctx.actor.centreId;
  const p = await findOtherPerson(deps.db, centreId, todayInPoland(deps), ref);
  if (!p) throw new AppError('NOT_FOUND', { message: NO_SUCH });
  const def = OTHER_KIND_DEFS[ref.kind];
  return { p, def, data: await copyOtherRows(deps.db, def, centreId, ref.id) };
}

/** Everything held about one non-participant (GDPR art. 15), machine-readable; logged. */
export async function otherCopyJson(deps: AppDeps, ctx: CallContext, ref: OtherRef) {
  const { p, def, data } = await loadOtherCopy(deps, ctx, ref);
  await audit(deps.db, ctx, 'person.subject_copy', ref.kind.toLowerCase(), ref.id, {
    format: 'json',
    kind: ref.kind,
  });
  return {
    generatedAt: deps.now().toISOString(),
    legalBasis: 'art. 15 RODO',
    kind: ref.kind,
    kindLabel: def.label,
    fullName: p.fullName,
    retention: {
      ...def.rule,
      lastActivityOn: p.lastActivityOn,
      retentionEndsOn: p.lastActivityOn ? otherRetentionEndsOn(def.rule, p.lastActivityOn) : null,
    },
    ...data,
  };
}
