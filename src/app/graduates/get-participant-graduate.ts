import type { ParticipantGraduate } from '../../contracts/graduates.contract';
import { listClosedProgrammes, listGraduateContacts } from '../../db/placement.repository';
import { GRADUATE_PARAMETERS, graduateStatus } from '../../domain/placements/graduate-status';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../placements/shared';
import { audit, centreOf, participantOr404, todayInPoland } from '../pathway/shared';
import { contactView } from './graduates';
import { pupLetterFacts } from './pup-cover-letter';

/**
 * One person's graduate status for their record (art. 2 pkt 1a–1b): every ended participation, newest first,
 * with whether it made the person a graduate and until when (or why not) and the follow-up contacts.
 * An empty list means no participation has ended yet.
 */
export async function getParticipantGraduate(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
): Promise<ParticipantGraduate> {
  requireAction(ctx, 'graduates.view');
  const person = await participantOr404(deps.db, ctx, participantId);
  const today = todayInPoland(deps);
  const { row: centre } = await centreOf(deps.db, ctx);
  const programmes = await listClosedProgrammes(deps.db, ctx.actor.centreId, [participantId]);
  const contacts = await listGraduateContacts(
    deps.db,
    ctx.actor.centreId,
    programmes.map((p) => p.id),
  );
  const items: ParticipantGraduate['items'] = [];
  for (const p of programmes) {
    if (!p.last_day) continue;
    const status = graduateStatus(
      {
        centreType: centre.type,
        admissionDate: p.admission_date,
        trialLastDay: p.trial_last_day,
        lastDay: p.last_day,
        exitType: p.exit_type,
        certificateIssuedOn: p.certificate_issued_on,
      },
      today,
    );
    const letter = await pupLetterFacts(deps.db, ctx.actor.centreId, person, p);
    items.push({
      programmeId: p.id,
      kind: p.kind,
      admissionDate: p.admission_date,
      lastDay: p.last_day,
      certificateNumber: p.certificate_number,
      certificateIssuedOn: p.certificate_issued_on,
      graduate: status.graduate,
      until: status.graduate ? status.until : null,
      current: status.graduate && status.current,
      reasons: status.graduate ? [] : status.reasons,
      how: status.graduate ? status.months : null,
      contacts: contacts.filter((c) => c.programme_id === p.id).map(contactView),
      pupLetter: letter.applies ? { pup: letter.addressee?.name ?? null } : null,
    });
  }
  await audit(deps.db, ctx, 'graduates.read', 'participant', participantId, { count: items.length });
  return { items, rule: GRADUATE_PARAMETERS.source };
}
