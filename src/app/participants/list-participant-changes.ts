import type { Role } from '../../contracts/common';
import type { ParticipantChange } from '../../contracts/participant.contract';
import { findParticipantChanges } from '../../db/participant.repository';
import type { ParticipantFieldChange } from '../../db/schema';
import { RECORD_FIELDS, type RecordField } from '../../domain/participants/record-rules';
import { visibleFieldClasses } from '../../domain/participants/visibility';
import { recordSensitiveRead } from '../audit/record-sensitive-read';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { participantOr404 } from '../pathway/shared';

/**
 * The corrections of a participant's record (who, when, old → new), newest first. A value of a class
 * the caller may not see is withheld (`hidden`), saying only whether one was entered (`set`); seeing
 * old or new eligibility groups is a sensitive read and is audited like the record itself.
 */
export async function listParticipantChanges(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
): Promise<ParticipantChange[]> {
  const roles = ctx.actor.roles as Role[];
  requireAction(ctx, 'participants.list');
  const classes = visibleFieldClasses(roles);
  return deps.db.transaction().execute(async (trx) => {
    await participantOr404(trx, ctx, participantId);
    const rows = await findParticipantChanges(trx, ctx.actor.centreId, participantId);
    let sensitiveShown = false;
    const items = rows.map((r) => {
      const stored = (
        typeof r.changes === 'string' ? JSON.parse(r.changes) : r.changes
      ) as ParticipantFieldChange[];
      const changes = stored.map((c) => {
        const fieldClass = RECORD_FIELDS[c.field as RecordField] ?? 'sensitive';
        if (!classes.has(fieldClass))
          return { field: c.field, from: null, to: null, hidden: true, set: c.to !== null && c.to !== false };
        if (fieldClass === 'sensitive') sensitiveShown = true;
        return { field: c.field, from: c.from, to: c.to };
      });
      return {
        id: r.id,
        version: r.version,
        changedAt: new Date(r.changed_at).toISOString(),
        changedBy: r.full_name ?? r.changed_by_email,
        changes,
      };
    });
    if (sensitiveShown)
      await recordSensitiveRead(trx, ctx, {
        entityType: 'participant',
        entityId: participantId,
        fields: ['eligibilityGroups', 'eligibilityJustification'],
        purpose: 'history',
      });
    return items;
  });
}
