import { z } from 'zod';
import { EVENT_KINDS, REGISTRATION_KINDS } from '../domain/events/event-rules';
import { EmailSchema, boundedInt, isoDate, IsoDateSchema, requiredText, text, UuidSchema } from './common';

export const EventKindSchema = z.enum(EVENT_KINDS, { error: 'Wybierz rodzaj wydarzenia.' });
const optionalText = (max: number) => text(max).nullable().default(null);
const TimeSchema = z
  .string({ error: 'Podaj godzinę w formacie GG:MM.' })
  .max(5, { error: 'Podaj godzinę w formacie GG:MM.' });

export const EventCreateSchema = z.object({
  kind: EventKindSchema,
  title: requiredText(200),
  description: optionalText(2000),
  programme: optionalText(4000),
  place: optionalText(200),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  organiserPartnerId: UuidSchema.nullable().default(null),
  capacity: boundedInt(1, 100_000).nullable().default(null),
  waitingList: z.boolean({ error: 'Podaj tak lub nie.' }).default(false),
  completionPercent: boundedInt(1, 100).default(80),
});
export type EventCreate = z.infer<typeof EventCreateSchema>;

export const SessionCreateSchema = z.object({
  heldOn: IsoDateSchema,
  startsAt: TimeSchema,
  endsAt: TimeSchema,
  topic: requiredText(300),
});
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

/** A person who is not a CIS participant: only what an invitation and a certificate need (no special data). */
export const EventPersonInputSchema = z.object({
  fullName: requiredText(200),
  email: EmailSchema.nullable().default(null),
  phone: optionalText(40),
  birthYear: boundedInt(1900, 2100).nullable().default(null),
  consentOn: isoDate(),
});

export const RegistrationCreateSchema = z.object({
  kind: z.enum(REGISTRATION_KINDS, { error: 'Wybierz, kogo zapisujesz.' }),
  participantId: UuidSchema.nullable().default(null),
  personId: UuidSchema.nullable().default(null),
  person: EventPersonInputSchema.nullable().default(null),
  userId: UuidSchema.nullable().default(null),
  guestName: optionalText(200),
});
export type RegistrationCreate = z.infer<typeof RegistrationCreateSchema>;

export const AttendanceSaveSchema = z.object({
  entries: z
    .array(z.object({ registrationId: UuidSchema, present: z.boolean({ error: 'Podaj tak lub nie.' }) }))
    .min(1, { error: 'Podaj co najmniej jedną osobę.' })
    .max(1000, { error: 'Najwyżej 1000 osób naraz.' }),
});

export const CertificatesIssueSchema = z.object({ issuedOn: IsoDateSchema });
export const EventSessionParamsSchema = z.object({ id: UuidSchema, sessionId: UuidSchema });
export const EventCertificateParamsSchema = z.object({ id: UuidSchema, certificateId: UuidSchema });
export const EventRegistrationParamsSchema = z.object({ id: UuidSchema, registrationId: UuidSchema });

export const SessionSchema = z.object({
  id: UuidSchema,
  heldOn: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  topic: z.string(),
  minutes: z.number(),
});

export const RegistrationSchema = z.object({
  id: UuidSchema,
  kind: z.enum(REGISTRATION_KINDS),
  status: z.enum(['REGISTERED', 'WAITING', 'CANCELLED']),
  name: z.string(),
  participantId: z.string().nullable(),
  personId: z.string().nullable(),
  attendedMinutes: z.number(),
  present: z.record(z.string(), z.boolean()),
  completed: z.boolean(),
  certificate: z.object({ id: UuidSchema, number: z.string(), issuedOn: z.string() }).nullable(),
});

export const EventSchema = z.object({
  id: UuidSchema,
  kind: EventKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  programme: z.string().nullable(),
  place: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  organiserPartnerId: z.string().nullable(),
  organiserName: z.string().nullable(),
  capacity: z.number().nullable(),
  waitingList: z.boolean(),
  completionPercent: z.number(),
  certified: z.boolean(),
  plannedMinutes: z.number(),
  registeredCount: z.number(),
  waitingCount: z.number(),
});
export type EventView = z.infer<typeof EventSchema>;

export const EventDetailSchema = EventSchema.extend({
  sessions: z.array(SessionSchema),
  registrations: z.array(RegistrationSchema),
});
export type EventDetail = z.infer<typeof EventDetailSchema>;

export const EventListSchema = z.object({ items: z.array(EventSchema) });

/** Courses and events on a participant's record. */
export const ParticipantEventsSchema = z.object({
  items: z.array(
    z.object({
      eventId: UuidSchema,
      title: z.string(),
      kind: EventKindSchema,
      startsOn: z.string(),
      endsOn: z.string(),
      status: z.string(),
      attendedMinutes: z.number(),
      certificateNumber: z.string().nullable(),
      certificateId: UuidSchema.nullable(),
      certificateIssuedOn: z.string().nullable(),
    }),
  ),
});

/** What the home page shows from this module: upcoming events and certificates waiting to be printed. */
export const EventHomeFactsSchema = z.object({
  upcoming: z.array(
    z.object({
      id: UuidSchema,
      title: z.string(),
      kind: EventKindSchema,
      startsOn: z.string(),
      place: z.string().nullable(),
    }),
  ),
  certificatesToIssue: z.number(),
  certificatesToPrint: z.array(z.object({ eventId: UuidSchema, title: z.string(), count: z.number() })),
});
export type EventHomeFacts = z.infer<typeof EventHomeFactsSchema>;

// Standing groups (the senior club).
export const GroupCreateSchema = z.object({
  name: requiredText(200),
  description: optionalText(2000),
  meetingRule: optionalText(200),
  partnerId: UuidSchema.nullable().default(null),
});
export const GroupMemberAddSchema = z.object({
  participantId: UuidSchema.nullable().default(null),
  person: EventPersonInputSchema.nullable().default(null),
  joinedOn: IsoDateSchema,
});
export const GroupMeetingCreateSchema = z.object({
  heldOn: IsoDateSchema,
  topic: requiredText(300),
  presentMemberIds: z.array(UuidSchema).max(1000, { error: 'Najwyżej 1000 osób.' }).default([]),
});
export const GroupSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  description: z.string().nullable(),
  meetingRule: z.string().nullable(),
  partnerId: z.string().nullable(),
  members: z.array(
    z.object({ id: UuidSchema, name: z.string(), joinedOn: z.string(), participant: z.boolean() }),
  ),
  meetings: z.array(
    z.object({
      id: UuidSchema,
      heldOn: z.string(),
      topic: z.string(),
      presentCount: z.number(),
      present: z.array(z.string()),
    }),
  ),
});
export const GroupListSchema = z.object({
  items: z.array(
    z.object({ id: UuidSchema, name: z.string(), memberCount: z.number(), meetingCount: z.number() }),
  ),
});

/** The year's figures of events, groups, volunteers and in-kind help for the centre's annual report. */
export const ActivityReportFiguresSchema = z.object({
  year: z.number(),
  events: z.object({
    eventsByKind: z.record(z.string(), z.number()),
    events: z.number(),
    sessions: z.number(),
    peopleAttendingByKind: z.record(z.string(), z.number()),
    certificates: z.number(),
    how: z.string(),
  }),
  groups: z.object({
    groupsMeeting: z.number(),
    meetings: z.number(),
    membersAttending: z.number(),
    how: z.string(),
  }),
  volunteers: z
    .object({
      bySex: z.object({ F: z.number(), M: z.number(), total: z.number() }),
      byActivity: z.array(z.object({ activity: z.string(), volunteers: z.number(), minutes: z.number() })),
      minutes: z.number(),
      how: z.string(),
    })
    .nullable(),
  inkind: z
    .object({
      donations: z.number(),
      donors: z.number(),
      knownValueGrosze: z.number(),
      deliveries: z.number(),
      recipients: z.number(),
      how: z.string(),
    })
    .nullable(),
});
export type ActivityReportFigures = z.infer<typeof ActivityReportFiguresSchema>;
