import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDateSchema, UuidSchema, VersionSchema } from '../../contracts/common';
import { attendanceCardPdf, dailyListPdf } from '../../app/attendance/attendance-printouts';
import { sendPdf } from './pathway.routes';
import {
  AttendanceGridSchema,
  AttendanceQuerySchema,
  AttendanceSaveResultSchema,
  AttendanceSaveSchema,
  ClassProgrammeSaveSchema,
  ClassProgrammeSchema,
  MonthActionSchema,
  MonthSchema,
} from '../../contracts/attendance.contract';
import type { AppDeps } from '../../app/deps';
import { getAttendanceGrid } from '../../app/attendance/get-attendance-grid';
import { lockMonth, reopenMonth } from '../../app/attendance/month-lock';
import { saveAttendance } from '../../app/attendance/save-attendance';
import {
  approveClassProgramme,
  getClassProgramme,
  saveClassProgramme,
} from '../../app/attendance/class-programme';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

const WM = z.object({ id: UuidSchema, month: MonthSchema });

/** The monthly class programme (art. 14 ust. 1a) and the daily attendance register. */
export function attendanceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['attendance'] };

    app.get(
      '/api/v1/workshops/:id/class-programmes/:month',
      {
        schema: {
          ...common,
          summary: 'Program zajęć warsztatu na miesiąc (dni, godziny, święta)',
          params: WM,
          response: { 200: ClassProgrammeSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getClassProgramme(deps, ctxOf(request), request.params.id, request.params.month),
    );

    app.put(
      '/api/v1/workshops/:id/class-programmes/:month',
      {
        schema: {
          ...common,
          summary: 'Zapis programu zajęć (projekt)',
          params: WM,
          body: ClassProgrammeSaveSchema,
          response: { 200: ClassProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        saveClassProgramme(deps, ctxOf(request), request.params.id, request.params.month, request.body),
    );

    app.post(
      '/api/v1/workshops/:id/class-programmes/:month/approve',
      {
        schema: {
          ...common,
          summary: 'Zatwierdzenie programu zajęć przez kierownika',
          params: WM,
          body: z.object({ version: VersionSchema }),
          response: { 200: ClassProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        approveClassProgramme(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.month,
          request.body.version,
        ),
    );

    app.get(
      '/api/v1/attendance',
      {
        schema: {
          ...common,
          summary: 'Lista obecności warsztatu na miesiąc z podglądem świadczenia',
          querystring: AttendanceQuerySchema,
          response: { 200: AttendanceGridSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        getAttendanceGrid(deps, ctxOf(request), request.query.workshopId, request.query.month),
    );

    app.put(
      '/api/v1/attendance',
      {
        schema: {
          ...common,
          summary: 'Zapis dni (wszystko albo nic; wersjonowanie optymistyczne)',
          body: AttendanceSaveSchema,
          response: { 200: AttendanceSaveResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => saveAttendance(deps, ctxOf(request), request.body),
    );

    app.get(
      '/api/v1/attendance/daily-list.pdf',
      {
        schema: {
          ...common,
          summary: 'Dzienna lista obecności z kolumną podpisu (PDF)',
          querystring: z.object({ workshopId: UuidSchema, date: IsoDateSchema }),
          response: { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await dailyListPdf(deps, ctxOf(request), request.query.workshopId, request.query.date),
        ),
    );

    app.get(
      '/api/v1/attendance/card.pdf',
      {
        schema: {
          ...common,
          summary: 'Miesięczna karta obecności uczestnika (PDF)',
          querystring: AttendanceQuerySchema.extend({ participantId: UuidSchema }),
          response: { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await attendanceCardPdf(
            deps,
            ctxOf(request),
            request.query.workshopId,
            request.query.month,
            request.query.participantId,
          ),
        ),
    );

    app.post(
      '/api/v1/attendance/lock',
      {
        schema: {
          ...common,
          summary: 'Zamknięcie miesiąca (kierownik; wymaga zatwierdzonego programu zajęć)',
          body: MonthActionSchema,
          response: {
            200: z.object({ status: z.literal('LOCKED') }),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => lockMonth(deps, ctxOf(request), request.body.workshopId, request.body.month),
    );

    app.post(
      '/api/v1/attendance/reopen',
      {
        schema: {
          ...common,
          summary: 'Ponowne otwarcie miesiąca z powodem (kierownik)',
          body: MonthActionSchema,
          response: {
            200: z.object({ status: z.literal('OPEN') }),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) =>
        reopenMonth(deps, ctxOf(request), request.body.workshopId, request.body.month, request.body.reason),
    );
  };
}
