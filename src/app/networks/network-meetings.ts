import type { z } from 'zod';
import type { MeetingCreateSchema, OpenEventCreateSchema } from '../../contracts/network.contract';
import { can } from '../../domain/access/permissions';
import { insertAuditEntry } from '../../db/audit.repository';
import {
  findMeeting,
  findMeetingsWithRegistrations,
  findMembers,
  findOpenEvents,
  insertMeeting,
  insertOpenEvent,
  insertRegistration,
  setMeetingMinutes,
} from '../../db/network.repository';
import { forbidden, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';

/** The exchange platform: meetings, study visits and trainings with registrations and minutes. */
export async function getMeetings(deps: AppDeps, caller: NetworkCaller, networkId: string) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.view');
  const { meetings, registrations } = await findMeetingsWithRegistrations(deps.db, networkId);
  return {
    meetings: meetings.map((m) => {
      const mine = registrations.filter((r) => r.meeting_id === m.id);
      return {
        id: m.id,
        kind: m.kind as 'MEETING' | 'STUDY_VISIT' | 'TRAINING',
        title: m.title,
        startsOn: m.starts_on,
        place: m.place,
        description: m.description,
        minutes: m.minutes,
        registrations: mine.map((r) => ({ name: r.full_name, centreName: r.centre_name })),
        registeredMe: mine.some((r) => r.user_id === caller.userId),
      };
    }),
  };
}

export async function createMeeting(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: z.infer<typeof MeetingCreateSchema>,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  await insertMeeting(deps.db, {
    network_id: networkId,
    kind: input.kind,
    title: input.title,
    starts_on: input.startsOn,
    place: input.place,
    description: input.description,
    created_by: caller.userId,
  });
  return getMeetings(deps, caller, networkId);
}

/** A staff member of an active member centre registers herself for a meeting (once). */
export async function registerForMeeting(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  meetingId: string,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE') throw forbidden();
  requireNetwork(access, 'networks.meetings.register');
  if (!(await findMeeting(deps.db, networkId, meetingId))) throw notFound();
  await insertRegistration(deps.db, {
    meeting_id: meetingId,
    user_id: caller.userId,
    centre_id: caller.centreId!,
  });
  return getMeetings(deps, caller, networkId);
}

export async function recordMinutes(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  meetingId: string,
  minutes: string,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  if (!(await findMeeting(deps.db, networkId, meetingId))) throw notFound();
  await setMeetingMinutes(deps.db, meetingId, minutes);
  return getMeetings(deps, caller, networkId);
}

/**
 * A centre's director marks one of its events open to its networks (a picnic, an open day, a fair):
 * only what she marks appears in the networks' calendar.
 */
export async function publishOpenEvent(
  deps: AppDeps,
  caller: NetworkCaller,
  input: z.infer<typeof OpenEventCreateSchema>,
) {
  if (!caller.centreId || !can({ roles: caller.centreRoles }, 'networks.join')) throw forbidden();
  const row = await insertOpenEvent(deps.db, {
    centre_id: caller.centreId,
    title: input.title,
    starts_on: input.startsOn,
    place: input.place,
    description: input.description,
    created_by: caller.userId,
  });
  await insertAuditEntry(deps.db, {
    centreId: caller.centreId,
    actorUserId: caller.userId,
    actorEmail: caller.email,
    action: 'network.open_event',
    entityType: 'network_open_event',
    entityId: row.id,
    ip: caller.ip,
    details: { title: input.title, startsOn: input.startsOn },
  });
  return { id: row.id };
}

/** The network's calendar: its meetings and the open events of its active member centres. */
export async function getCalendar(deps: AppDeps, caller: NetworkCaller, networkId: string) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.view');
  const centres = (await findMembers(deps.db, networkId))
    .filter((m) => m.status === 'ACTIVE' && m.centre_id)
    .map((m) => m.centre_id!);
  const { meetings } = await findMeetingsWithRegistrations(deps.db, networkId);
  const events = await findOpenEvents(deps.db, centres);
  const entries = [
    ...meetings.map((m) => ({
      kind: 'MEETING' as const,
      id: m.id,
      title: m.title,
      startsOn: m.starts_on,
      place: m.place,
      organiser: access.network.coordinator_org_name,
    })),
    ...events.map((e) => ({
      kind: 'OPEN_EVENT' as const,
      id: e.id,
      title: e.title,
      startsOn: e.starts_on,
      place: e.place,
      organiser: e.organiser,
    })),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return { entries };
}
