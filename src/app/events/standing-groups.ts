import type { z } from 'zod';
import type { GroupCreateSchema, GroupMemberAddSchema } from '../../contracts/events.contract';
import type { FieldError } from '../../contracts/errors';
import {
  findGroup,
  findGroupAttendance,
  findGroupMeetings,
  findGroupMembers,
  findGroups,
  insertEventPerson,
} from '../../db/events.repository';
import { findParticipantById } from '../../db/participant.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { partnerProblem, requireAction } from './event-shared';

// Standing groups (the senior club "Ogród Inspiracji", a board-game evening group): members, regular meetings
// and attendance, without the participant pathway. Five small use cases of one aggregate kept in one file.

/** The centre's groups with how many members and meetings each has. */
export async function listGroups(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'events.view');
  const rows = await findGroups(deps.db, ctx.actor.centreId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      memberCount: Number(r.member_count ?? 0),
      meetingCount: Number(r.meeting_count ?? 0),
    })),
  };
}

/** One group with its current members and its meetings (newest first) with who was present. */
export async function getGroup(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'events.view');
  const centreId = ctx.actor.centreId;
  const group = await findGroup(deps.db, centreId, id);
  if (!group) throw notFound();
  const members = await findGroupMembers(deps.db, centreId, id);
  const meetings = await findGroupMeetings(deps.db, centreId, id);
  const attendance = await findGroupAttendance(deps.db, centreId, id);
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    meetingRule: group.meeting_rule,
    partnerId: group.partner_id,
    members: members.map((m) => ({
      id: m.id,
      name: m.last_name ? `${m.first_name} ${m.last_name}` : (m.full_name ?? '—'),
      joinedOn: m.joined_on,
      participant: m.participant_id !== null,
    })),
    meetings: meetings.map((t) => {
      const present = attendance.filter((a) => a.meeting_id === t.id && a.present).map((a) => a.member_id);
      return { id: t.id, heldOn: t.held_on, topic: t.topic, presentCount: present.length, present };
    }),
  };
}

/** Creates a standing group (optionally run with a partner). */
export async function createGroup(deps: AppDeps, ctx: CallContext, input: z.infer<typeof GroupCreateSchema>) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  const problems = await partnerProblem(deps.db, centreId, input.partnerId, 'partnerId');
  if (problems.length) throw AppError.fields(problems);
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('standing_groups')
      .values({
        centre_id: centreId,
        name: input.name,
        description: input.description,
        meeting_rule: input.meetingRule,
        partner_id: input.partnerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, 'group.create', 'group', id, { name: input.name });
    return id;
  });
  return getGroup(deps, ctx, id);
}

/** Adds a member: a participant of the centre or a person (a light record with consent). */
export async function addGroupMember(
  deps: AppDeps,
  ctx: CallContext,
  groupId: string,
  input: z.infer<typeof GroupMemberAddSchema>,
) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  if (!(await findGroup(deps.db, centreId, groupId))) throw notFound();
  const problems: FieldError[] = [];
  if (!input.participantId && !input.person)
    problems.push({
      path: 'person.fullName',
      code: 'REQUIRED',
      message: 'Wybierz uczestnika albo podaj osobę.',
    });
  if (input.participantId && !(await findParticipantById(deps.db, centreId, input.participantId)))
    problems.push({
      path: 'participantId',
      code: 'NOT_FOUND',
      message: 'Nie ma takiego uczestnika w tym centrum.',
    });
  if (input.person && input.person.consentOn > todayInPoland(deps))
    problems.push({
      path: 'person.consentOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zgody nie może być z przyszłości.',
    });
  if (problems.length) throw AppError.fields(problems);

  await deps.db.transaction().execute(async (trx) => {
    const personId =
      !input.participantId && input.person
        ? (
            await insertEventPerson(trx, {
              centre_id: centreId,
              full_name: input.person.fullName,
              email: input.person.email,
              phone: input.person.phone,
              birth_year: input.person.birthYear,
              consent_on: input.person.consentOn,
              created_by: ctx.actor.userId,
            })
          ).id
        : null;
    const { id } = await trx
      .insertInto('group_members')
      .values({
        centre_id: centreId,
        group_id: groupId,
        participant_id: input.participantId,
        person_id: personId,
        joined_on: input.joinedOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, 'group.member_add', 'group', groupId, { memberId: id });
  });
  return getGroup(deps, ctx, groupId);
}

/** Records a meeting of the group and who of its members was present. */
export async function recordGroupMeeting(
  deps: AppDeps,
  ctx: CallContext,
  groupId: string,
  input: { heldOn: string; topic: string; presentMemberIds?: string[] },
) {
  requireAction(ctx, 'events.attendance');
  const centreId = ctx.actor.centreId;
  if (!(await findGroup(deps.db, centreId, groupId))) throw notFound();
  const members = new Set((await findGroupMembers(deps.db, centreId, groupId)).map((m) => m.id));
  const present = input.presentMemberIds ?? [];
  const problems: FieldError[] = present.flatMap((id, i) =>
    members.has(id)
      ? []
      : [{ path: `presentMemberIds.${i}`, code: 'NOT_A_MEMBER', message: 'Ta osoba nie należy do grupy.' }],
  );
  if (input.heldOn > todayInPoland(deps))
    problems.push({ path: 'heldOn', code: 'DATE_IN_FUTURE', message: 'Obecność zapisuje się po spotkaniu.' });
  if (problems.length) throw AppError.fields(problems);

  await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('group_meetings')
      .values({ centre_id: centreId, group_id: groupId, held_on: input.heldOn, topic: input.topic })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (members.size)
      await trx
        .insertInto('group_attendance')
        .values(
          [...members].map((m) => ({
            centre_id: centreId,
            meeting_id: id,
            member_id: m,
            present: present.includes(m),
          })),
        )
        .execute();
    await audit(trx, ctx, 'group.meeting', 'group', groupId, { meetingId: id, present: present.length });
  });
  return getGroup(deps, ctx, groupId);
}
