/** The end of a programme: exit (completion, employment, termination), closing, and the benefit application. */
import {
  CONTINUING_EXITS,
  type BenefitApplication,
  type Programme,
  type ProgrammeExit,
} from '../../contracts/pathway.contract';
import {
  insertFollowUps,
  listProgrammeVersions,
  nextDocumentNumber,
  setParticipantStatus,
  updateProgrammeVersioned,
} from '../../db/pathway.repository';
import { closeAssignment, findOpenAssignment } from '../../db/workshop.repository';
import { checkExit, followUpSchedule } from '../../domain/pathway/programme-rules';
import { AppError } from '../app-error';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { recordOutcome } from '../reports/record-outcome';
import { audit, failOn, requirePathwayEditor, todayInPoland } from './shared';

import { programmeOr404, toProgramme, writeVersion } from './programme-record';

/**
 * Ends participation (art. 13 ust. 4–5): completion; employment, social cooperative or own business
 * (the IPZS may continue up to 6 months without participation and without benefit, then closes);
 * termination on grounds 1–2 (director only, with the decision and the complaint information);
 * withdrawal. Issues the certificate number and schedules the follow-ups. One transaction.
 */
export async function exitProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: ProgrammeExit,
): Promise<Programme> {
  requirePathwayEditor(ctx);
  const termination = input.type === 'PERSISTENT_VIOLATION' || input.type === 'PERMANENT_ABANDONMENT';
  // Only the director decides terminations (art. 13 ust. 4a).
  if (termination) requireAction(ctx, 'programme.terminate');
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.status !== 'SIGNED')
      throw new AppError('INVALID_STATE', {
        message:
          before.status === 'DRAFT'
            ? 'Program nie został podpisany — uczestnictwo się nie zaczęło.'
            : 'Uczestnictwo już się zakończyło.',
      });
    failOn(
      checkExit({
        kind: before.kind,
        type: input.type,
        admissionDate: before.admission_date,
        plannedEnd: before.planned_end,
        lastDay: input.lastDay,
        eventDate: input.eventDate ?? null,
        continuationUntil: input.continuationUntil ?? null,
        decisionOn: input.decisionOn ?? null,
      }),
    );
    const continuing =
      before.kind === 'IPZS' &&
      (CONTINUING_EXITS as readonly string[]).includes(input.type) &&
      !!input.continuationUntil;
    const today = todayInPoland(deps);
    const year = Number(today.slice(0, 4));
    const serial = await nextDocumentNumber(trx, ctx.actor.centreId, 'CERTIFICATE', year);
    const certificate = `ZAS/${year}/${String(serial).padStart(4, '0')}`;
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, {
      status: continuing ? 'CONTINUING' : 'CLOSED',
      exit_type: input.type,
      last_day: input.lastDay,
      exit_event_date: input.eventDate ?? null,
      continuation_until: continuing ? input.continuationUntil! : null,
      closed_on: continuing ? null : input.lastDay,
      decision_number: input.decisionNumber,
      decision_on: input.decisionOn ?? null,
      complaint_court: input.complaintCourt,
      exit_justification: input.justification,
      vocational_skills: input.vocationalSkills,
      social_skills: input.socialSkills,
      certificate_number: certificate,
      certificate_issued_on: today,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await writeVersion(trx, ctx, after, 'EXIT', [], input.justification ?? null);
    await setParticipantStatus(trx, ctx.actor.centreId, participantId, 'EXITED', input.lastDay);
    const assignment = await findOpenAssignment(trx, ctx.actor.centreId, participantId);
    if (assignment)
      await closeAssignment(
        trx,
        ctx.actor.centreId,
        assignment.id,
        assignment.from_date > input.lastDay ? assignment.from_date : input.lastDay,
      );
    await insertFollowUps(
      trx,
      followUpSchedule(input.lastDay).map((f) => ({
        centre_id: ctx.actor.centreId,
        participant_id: participantId,
        programme_id: id,
        label: f.label,
        due_on: f.dueOn,
      })),
    );
    await recordOutcome(trx, ctx, {
      participantId,
      programmeId: id,
      followUpId: null,
      source: 'EXIT',
      observedOn: input.eventDate ?? input.lastDay,
      kind: input.type,
      situation: input.situation,
    });
    await audit(trx, ctx, 'programme.exit', 'programme', id, {
      participantId,
      type: input.type,
      lastDay: input.lastDay,
      continuing,
      certificate,
    });
    return toProgramme(after, await listProgrammeVersions(trx, ctx.actor.centreId, [id]), today, true);
  });
}

/** Closes a programme that continues without participation before its continuation ends (e.g. the job ended). */
export async function closeProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: { closedOn: string; version: number },
): Promise<Programme> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.status !== 'CONTINUING')
      throw new AppError('INVALID_STATE', {
        message: 'Zamknąć można tylko program kontynuowany bez uczestnictwa.',
      });
    if (before.last_day && input.closedOn < before.last_day)
      failOn([
        {
          path: 'closedOn',
          code: 'DATE_ORDER',
          message: 'Data zamknięcia nie może poprzedzać ostatniego dnia uczestnictwa.',
        },
      ]);
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, {
      status: 'CLOSED',
      closed_on: input.closedOn,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await writeVersion(trx, ctx, after, 'CLOSED', [], null);
    await audit(trx, ctx, 'programme.close', 'programme', id, { participantId, closedOn: input.closedOn });
    return toProgramme(
      after,
      await listProgrammeVersions(trx, ctx.actor.centreId, [id]),
      todayInPoland(deps),
      true,
    );
  });
}

/**
 * Records the participant's application for the integration benefit and the director's grant
 * (art. 15 ust. 4: the director grants it on the participant's application). The application is
 * entered by the director or a social worker; only the director grants it or withdraws the grant.
 * Versioned and audited; a KIS pays no benefit.
 */
export async function recordBenefitApplication(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: BenefitApplication,
): Promise<Programme> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.kind !== 'IPZS')
      throw new AppError('INVALID_STATE', {
        message: 'Świadczenie integracyjne wypłaca tylko centrum integracji społecznej (CIS), nie klub.',
      });
    if (before.status === 'CLOSED')
      throw new AppError('INVALID_STATE', { message: 'Program jest zamknięty.' });
    const today = todayInPoland(deps);
    const grantedOn = input.granted ? (input.grantedOn ?? before.benefit_granted_on ?? today) : null;
    const changesGrant = grantedOn !== before.benefit_granted_on;
    const isDirector = ctx.actor.roles.includes('DIRECTOR');
    const problems = [];
    if (input.applicationOn > today)
      problems.push({
        path: 'applicationOn',
        code: 'DATE_IN_FUTURE',
        message: 'Data złożenia wniosku nie może być późniejsza niż dzisiaj.',
      });
    if (changesGrant && !isDirector)
      problems.push({
        path: 'granted',
        code: 'DIRECTOR_ONLY',
        message: 'Świadczenie przyznaje kierownik centrum na wniosek uczestnika (art. 15 ust. 4).',
      });
    if (grantedOn && grantedOn > today)
      problems.push({
        path: 'grantedOn',
        code: 'DATE_IN_FUTURE',
        message: 'Data przyznania nie może być późniejsza niż dzisiaj.',
      });
    if (grantedOn && grantedOn < input.applicationOn)
      problems.push({
        path: 'grantedOn',
        code: 'DATE_ORDER',
        message: 'Świadczenie przyznaje się na wniosek — data przyznania nie może poprzedzać wniosku.',
      });
    if (problems.length) failOn(problems);
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, {
      benefit_application_on: input.applicationOn,
      benefit_granted_on: grantedOn,
      benefit_granted_by: changesGrant ? (grantedOn ? ctx.actor.userId : null) : before.benefit_granted_by,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    const changed = (['benefit_application_on', 'benefit_granted_on'] as const).filter(
      (f) => before[f] !== after[f],
    );
    await writeVersion(trx, ctx, after, 'BENEFIT_APPLICATION', [...changed], null);
    await audit(trx, ctx, 'programme.benefit_application', 'programme', id, {
      participantId,
      from: { applicationOn: before.benefit_application_on, grantedOn: before.benefit_granted_on },
      to: { applicationOn: after.benefit_application_on, grantedOn: after.benefit_granted_on },
    });
    return toProgramme(after, await listProgrammeVersions(trx, ctx.actor.centreId, [id]), today, true);
  });
}
