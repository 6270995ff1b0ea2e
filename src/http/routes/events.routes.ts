import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import { VolunteerStatsQuerySchema } from '../../contracts/volunteers.contract';
import {
  ActivityReportFiguresSchema,
  AttendanceSaveSchema,
  CertificatesIssueSchema,
  EventCertificateParamsSchema,
  EventCreateSchema,
  EventDetailSchema,
  EventHomeFactsSchema,
  EventListSchema,
  EventRegistrationParamsSchema,
  EventSessionParamsSchema,
  GroupCreateSchema,
  GroupListSchema,
  GroupMeetingCreateSchema,
  GroupMemberAddSchema,
  GroupSchema,
  ParticipantEventsSchema,
  RegistrationCreateSchema,
  SessionCreateSchema,
} from '../../contracts/events.contract';
import type { AppDeps } from '../../app/deps';
import { addEventSession } from '../../app/events/add-event-session';
import { cancelRegistration } from '../../app/events/cancel-registration';
import { createEvent } from '../../app/events/create-event';
import { getActivityReportFigures } from '../../app/events/get-activity-report-figures';
import { eventCertificatePdf } from '../../app/events/event-certificate-pdf';
import { getEvent } from '../../app/events/get-event';
import { getEventHomeFacts } from '../../app/events/get-event-home-facts';
import { getParticipantEvents } from '../../app/events/get-participant-events';
import { issueEventCertificates } from '../../app/events/issue-event-certificates';
import { listEvents } from '../../app/events/list-events';
import { recordEventAttendance } from '../../app/events/record-event-attendance';
import { registerForEvent } from '../../app/events/register-for-event';
import {
  addGroupMember,
  createGroup,
  getGroup,
  listGroups,
  recordGroupMeeting,
} from '../../app/events/standing-groups';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const pdf = { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) };

/** Events and courses (sessions, registrations, attendance, certificates) and standing groups (issue 18). */
export function eventRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['events'] };
    const detail = { 200: EventDetailSchema, ...errorResponses(400, 401, 403, 404, 409) };

    app.get(
      '/api/v1/events',
      {
        schema: {
          ...common,
          summary: 'Wydarzenia i szkolenia centrum',
          response: { 200: EventListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listEvents(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/events',
      {
        schema: {
          ...common,
          summary: 'Nowe wydarzenie lub szkolenie',
          body: EventCreateSchema,
          response: { 201: EventDetailSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await createEvent(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/events/:id',
      {
        schema: {
          ...common,
          summary: 'Wydarzenie: zajęcia, zapisy, obecność, zaświadczenia',
          params: IdParamsSchema,
          response: detail,
        },
      },
      async (request) => getEvent(deps, ctxOf(request), request.params.id),
    );
    app.post(
      '/api/v1/events/:id/sessions',
      {
        schema: {
          ...common,
          summary: 'Dodanie zajęć (w terminie wydarzenia)',
          params: IdParamsSchema,
          body: SessionCreateSchema,
          response: detail,
        },
      },
      async (request) => addEventSession(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/events/:id/registrations',
      {
        schema: {
          ...common,
          summary:
            'Zapis uczestnika, innej osoby, pracownika lub gościa (lista rezerwowa po wyczerpaniu miejsc)',
          params: IdParamsSchema,
          body: RegistrationCreateSchema,
          response: detail,
        },
      },
      async (request) => registerForEvent(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/events/:id/registrations/:registrationId/cancel',
      {
        schema: {
          ...common,
          summary: 'Wypisanie osoby (wolne miejsce dostaje pierwsza osoba z listy rezerwowej)',
          params: EventRegistrationParamsSchema,
          response: detail,
        },
      },
      async (request) =>
        cancelRegistration(deps, ctxOf(request), request.params.id, request.params.registrationId),
    );
    app.put(
      '/api/v1/events/:id/sessions/:sessionId/attendance',
      {
        schema: {
          ...common,
          summary: 'Obecność na zajęciach',
          params: EventSessionParamsSchema,
          body: AttendanceSaveSchema,
          response: detail,
        },
      },
      async (request) =>
        recordEventAttendance(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.sessionId,
          request.body.entries,
        ),
    );
    app.post(
      '/api/v1/events/:id/certificates',
      {
        schema: {
          ...common,
          summary: 'Nadanie numerów zaświadczeń osobom, które ukończyły szkolenie',
          params: IdParamsSchema,
          body: CertificatesIssueSchema,
          response: detail,
        },
      },
      async (request) =>
        issueEventCertificates(deps, ctxOf(request), request.params.id, request.body.issuedOn),
    );
    app.get(
      '/api/v1/events/:id/certificates/:certificateId/certificate.pdf',
      {
        schema: {
          ...common,
          summary: 'Zaświadczenie o ukończeniu szkolenia (PDF)',
          params: EventCertificateParamsSchema,
          response: pdf,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await eventCertificatePdf(deps, ctxOf(request), request.params.id, request.params.certificateId),
        ),
    );
    app.get(
      '/api/v1/participants/:id/events',
      {
        schema: {
          ...common,
          summary: 'Szkolenia i wydarzenia uczestnika',
          params: IdParamsSchema,
          response: { 200: ParticipantEventsSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getParticipantEvents(deps, ctxOf(request), request.params.id),
    );
    app.get(
      '/api/v1/event-facts',
      {
        schema: {
          ...common,
          summary: 'Na stronę startową: najbliższe wydarzenia i zaświadczenia do wydania lub wydruku',
          response: { 200: EventHomeFactsSchema, ...errorResponses(401) },
        },
      },
      async (request) => getEventHomeFacts(deps, ctxOf(request)),
    );

    app.get(
      '/api/v1/event-facts/annual',
      {
        schema: {
          ...common,
          summary: 'Dane roku do sprawozdania: wydarzenia, grupy, wolontariusze, pomoc rzeczowa',
          querystring: VolunteerStatsQuerySchema,
          response: { 200: ActivityReportFiguresSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getActivityReportFigures(deps, ctxOf(request), request.query.year),
    );
    app.get(
      '/api/v1/groups',
      {
        schema: {
          ...common,
          summary: 'Grupy stałe (np. klub seniora)',
          response: { 200: GroupListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listGroups(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/groups',
      {
        schema: {
          ...common,
          summary: 'Nowa grupa stała',
          body: GroupCreateSchema,
          response: { 201: GroupSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await createGroup(deps, ctxOf(request), request.body)),
    );
    const group = { 200: GroupSchema, ...errorResponses(400, 401, 403, 404) };
    app.get(
      '/api/v1/groups/:id',
      {
        schema: {
          ...common,
          summary: 'Grupa: członkowie i spotkania',
          params: IdParamsSchema,
          response: group,
        },
      },
      async (request) => getGroup(deps, ctxOf(request), request.params.id),
    );
    app.post(
      '/api/v1/groups/:id/members',
      {
        schema: {
          ...common,
          summary: 'Nowy członek grupy',
          params: IdParamsSchema,
          body: GroupMemberAddSchema,
          response: group,
        },
      },
      async (request) => addGroupMember(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/groups/:id/meetings',
      {
        schema: {
          ...common,
          summary: 'Spotkanie grupy z obecnością',
          params: IdParamsSchema,
          body: GroupMeetingCreateSchema,
          response: group,
        },
      },
      async (request) => recordGroupMeeting(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
