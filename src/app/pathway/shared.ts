import type { Role } from '../../contracts/common';
import type { FieldError } from '../../contracts/errors';
import { insertAuditEntry } from '../../db/audit.repository';
import type { Db } from '../../db/connection';
import { findParticipantById } from '../../db/participant.repository';
import { findCentreById } from '../../db/centre.repository';
import { everInWorkshops, workshopsOfInstructor } from '../../db/workshop.repository';
import { polishDate } from '../../domain/calendar';
import type { RuleProblem } from '../../domain/pathway/programme-rules';
import { centreSettings } from '../centres/centre-mapper';
import { AppError, notFound } from '../app-error';
import { allows, requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';

export const rolesOf = (ctx: CallContext) => ctx.actor.roles as Role[];

/** Social workers and the director run the pathway (referrals, eligibility, programmes, exits). */
export function requirePathwayEditor(ctx: CallContext): void {
  requireAction(ctx, 'pathway.edit');
}

/** Referral details, decisions, evidence and scans: director and social workers only (R-DP-01). */
export const seesPathwayDetails = (ctx: CallContext) => allows(ctx, 'pathway.view');

/** Today's calendar date in Poland (the centre's working day), 'YYYY-MM-DD'. */
export function todayInPoland(deps: AppDeps): string {
  return polishDate(deps.now());
}

export function failOn(problems: RuleProblem[]): void {
  if (problems.length)
    throw AppError.fields(
      problems.map<FieldError>((p) => ({ path: p.path, code: p.code, message: p.message })),
    );
}

export async function audit(
  db: Db,
  ctx: CallContext,
  action: string,
  entityType: string,
  entityId: string | null,
  details: Record<string, unknown> = {},
) {
  await insertAuditEntry(db, {
    centreId: ctx.actor.centreId,
    actorUserId: ctx.actor.userId || null,
    actorEmail: ctx.actorEmail,
    action,
    entityType,
    entityId,
    ip: ctx.ip,
    details,
  });
}

/** An instructor (without another role) works only with the people of their workshops. */
export function instructorOnly(ctx: CallContext): boolean {
  const roles = rolesOf(ctx);
  return roles.includes('INSTRUCTOR') && roles.every((r) => r === 'INSTRUCTOR');
}

/** The workshops an instructor-only caller may see people of; undefined = no such limit. */
export async function instructorScope(db: Db, ctx: CallContext): Promise<string[] | undefined> {
  return instructorOnly(ctx) ? workshopsOfInstructor(db, ctx.actor.centreId, ctx.actor.userId) : undefined;
}

/** A participant of the caller's centre (and, for an instructor, of one of their workshops), or 404. */
export async function participantOr404(db: Db, ctx: CallContext, participantId: string) {
  const row = await findParticipantById(db, ctx.actor.centreId, participantId);
  if (!row) throw notFound();
  const scope = await instructorScope(db, ctx);
  if (scope && !(await everInWorkshops(db, ctx.actor.centreId, participantId, scope))) throw notFound();
  return row;
}

export async function centreOf(db: Db, ctx: CallContext) {
  const centre = await findCentreById(db, ctx.actor.centreId);
  if (!centre) throw notFound();
  return { row: centre, settings: centreSettings(centre.settings) };
}

export const iso = (value: Date | string) => new Date(value).toISOString();
