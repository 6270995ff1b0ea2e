import type { FieldError } from '../../contracts/errors';
import type { JobCreate, JobDaySave } from '../../contracts/services.contract';
import { findClassProgramme } from '../../db/attendance.repository';
import {
  findJob,
  insertCrew,
  insertJob,
  listCrew,
  listJobDays,
  participantNames,
  programmesOf,
  replaceJobDay,
} from '../../db/services.repository';
import { listAssignments } from '../../db/workshop.repository';
import { monthCalendar } from '../../domain/attendance/month-calendar';
import { crewProblem } from '../../domain/services/crew';
import { saveAttendance } from '../attendance/save-attendance';
import { planOf } from '../attendance/class-programme';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { orderOr404, personName, presentJobs, requireAction } from './shared';

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Schedules a job of an order for a workshop crew: instructor, days, place, task, materials. Every
 * crew member must be admitted, inside their participation and assigned to the workshop on every day of
 * the job (the job's days go into the attendance register as class time); otherwise nothing is saved.
 */
export async function createJob(deps: AppDeps, ctx: CallContext, orderId: string, input: JobCreate) {
  requireAction(ctx, 'services.orders');
  const centreId = ctx.actor.centreId;
  const order = await orderOr404(deps.db, ctx, orderId);
  if (order.status !== 'ORDER')
    throw new AppError('INVALID_STATE', {
      message:
        order.status === 'QUOTE'
          ? 'Najpierw przyjmij ofertę jako zlecenie.'
          : 'To zlecenie jest już odebrane.',
    });
  const errors: FieldError[] = [];
  if (input.toDate < input.fromDate)
    errors.push({
      path: 'toDate',
      code: 'BEFORE_START',
      message: 'Koniec pracy nie może być przed jej początkiem.',
    });
  if (order.order_date && input.fromDate < order.order_date)
    errors.push({
      path: 'fromDate',
      code: 'BEFORE_ORDER',
      message: `Praca nie może zacząć się przed przyjęciem zlecenia (${dmy(order.order_date)}).`,
    });
  const instructors = await deps.db
    .selectFrom('workshop_instructors')
    .select('user_id')
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', order.workshop_id)
    .execute();
  if (!instructors.some((i) => i.user_id === input.instructorId))
    errors.push({
      path: 'instructorId',
      code: 'NOT_WORKSHOP_INSTRUCTOR',
      message: `Wybierz instruktora warsztatu „${order.workshop_name}”.`,
    });
  const crew = [...new Set(input.crew)];
  const names = new Map((await participantNames(deps.db, centreId, crew)).map((p) => [p.id, personName(p)]));
  const programmes = await programmesOf(deps.db, centreId, crew);
  const span = { from: input.fromDate, to: input.toDate };
  const assignments =
    input.toDate >= input.fromDate
      ? await listAssignments(deps.db, centreId, {
          workshopId: order.workshop_id,
          from: span.from,
          to: span.to,
        })
      : [];
  crew.forEach((participantId) => {
    const path = `crew.${input.crew.indexOf(participantId)}`;
    const name = names.get(participantId);
    if (!name) {
      errors.push({ path, code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w centrum.' });
      return;
    }
    const problem = crewProblem(
      name,
      programmes
        .filter((p) => p.participant_id === participantId)
        .map((p) => ({
          status: p.status,
          admissionDate: p.admission_date,
          lastDay: p.last_day,
          plannedEnd: p.planned_end,
        })),
      span,
    );
    if (problem) {
      errors.push({ path, ...problem });
      return;
    }
    if (
      input.toDate >= input.fromDate &&
      !assignments.some(
        (a) =>
          a.participant_id === participantId && a.from_date <= span.from && (a.to_date ?? span.to) >= span.to,
      )
    )
      errors.push({
        path,
        code: 'NOT_IN_WORKSHOP',
        message:
          `${name}: osoba nie jest przydzielona do warsztatu „${order.workshop_name}” ` +
          `przez cały czas pracy (${dmy(span.from)} – ${dmy(span.to)}).`,
      });
  });
  if (errors.length) throw AppError.fields(errors);

  const job = await deps.db.transaction().execute(async (trx) => {
    const row = await insertJob(trx, {
      centre_id: centreId,
      order_id: orderId,
      workshop_id: order.workshop_id,
      instructor_id: input.instructorId,
      from_date: input.fromDate,
      to_date: input.toDate,
      place: input.place,
      address: input.address,
      task: input.task,
      materials: input.materials ?? null,
    });
    await insertCrew(
      trx,
      crew.map((participant_id) => ({ centre_id: centreId, job_id: row.id, participant_id })),
    );
    await audit(trx, ctx, 'services.job.create', 'service_job', row.id, { orderId, crew: crew.length });
    return row;
  });
  const [presented] = await presentJobs(deps.db, centreId, [{ ...job, instructor_name: '' }]);
  return { ...presented!, instructorName: (await findJob(deps.db, centreId, job.id))!.instructor_name };
}

async function jobOr404(deps: AppDeps, ctx: CallContext, id: string) {
  const job = await findJob(deps.db, ctx.actor.centreId, id);
  if (!job) throw notFound();
  return job;
}

/** The hours the class programme plans for a day of the workshop (what the form suggests). */
async function plannedHours(deps: AppDeps, centreId: string, workshopId: string, date: string) {
  const programme = await findClassProgramme(deps.db, centreId, workshopId, date.slice(0, 7));
  return monthCalendar(date.slice(0, 7), planOf(programme)).find((d) => d.date === date)?.hours ?? 0;
}

/** A day of a job: its crew, each with what the register already holds that day (and its version). */
export async function getJobDay(deps: AppDeps, ctx: CallContext, jobId: string, date: string) {
  requireAction(ctx, 'services.view');
  const centreId = ctx.actor.centreId;
  const job = await jobOr404(deps, ctx, jobId);
  const crew = await listCrew(deps.db, centreId, [jobId]);
  const ids = crew.map((c) => c.participant_id);
  const entries = ids.length
    ? await deps.db
        .selectFrom('attendance_entries')
        .select(['participant_id', 'status', 'hours', 'version'])
        .where('centre_id', '=', centreId)
        .where('date', '=', date)
        .where('participant_id', 'in', ids)
        .execute()
    : [];
  const recorded = (await listJobDays(deps.db, centreId, [jobId])).filter((d) => d.date === date);
  return {
    jobId,
    date,
    plannedHours: await plannedHours(deps, centreId, job.workshop_id, date),
    crew: crew.map((c) => {
      const e = entries.find((x) => x.participant_id === c.participant_id);
      const mine = recorded.find((x) => x.participant_id === c.participant_id);
      return {
        participantId: c.participant_id,
        name: personName(c),
        register: e ? { status: e.status, hours: e.hours, version: e.version } : null,
        onThisJob: mine ? { hours: Number(mine.hours), practised: mine.practised } : null,
      };
    }),
  };
}

/**
 * Records a day of a job for its crew: each person present, with hours and place, written into the
 * attendance register through its own save (month locks, per-day versions, future days, assignments),
 * and the job's own record of who worked that day and what they practised — all or nothing.
 */
export async function recordJobDay(deps: AppDeps, ctx: CallContext, jobId: string, input: JobDaySave) {
  requireAction(ctx, 'services.jobDays');
  const centreId = ctx.actor.centreId;
  const job = await jobOr404(deps, ctx, jobId);
  const crew = new Map(
    (await listCrew(deps.db, centreId, [jobId])).map((c) => [c.participant_id, personName(c)]),
  );
  const errors: FieldError[] = [];
  if (input.date < job.from_date || input.date > job.to_date)
    errors.push({
      path: 'date',
      code: 'OUTSIDE_JOB',
      message: `Ta praca trwa od ${dmy(job.from_date)} do ${dmy(job.to_date)} — ${dmy(input.date)} jest poza nią.`,
    });
  const seen = new Set<string>();
  input.entries.forEach((e, i) => {
    if (!crew.has(e.participantId))
      errors.push({
        path: `entries.${i}.participantId`,
        code: 'NOT_IN_CREW',
        message: 'Ta osoba nie jest w brygadzie tej pracy.',
      });
    if (seen.has(e.participantId))
      errors.push({
        path: `entries.${i}.participantId`,
        code: 'DUPLICATE',
        message: 'Ta osoba jest na liście dwa razy.',
      });
    seen.add(e.participantId);
  });
  if (errors.length) throw AppError.fields(errors);

  return deps.db.transaction().execute(async (trx) => {
    // Another job the same day adds its hours: the register keeps one entry per person and day.
    const others = await trx
      .selectFrom('service_job_days')
      .select(['participant_id', 'hours'])
      .where('centre_id', '=', centreId)
      .where('date', '=', input.date)
      .where('job_id', '!=', jobId)
      .where(
        'participant_id',
        'in',
        input.entries.map((e) => e.participantId),
      )
      .execute();
    const otherHours = (id: string) =>
      others.filter((o) => o.participant_id === id).reduce((s, o) => s + Number(o.hours), 0);
    const saved = await saveAttendance(
      deps,
      ctx,
      {
        workshopId: job.workshop_id,
        month: input.date.slice(0, 7),
        entries: input.entries.map((e) => ({
          participantId: e.participantId,
          date: input.date,
          status: 'present',
          hours: e.hours + otherHours(e.participantId),
          version: e.version,
        })),
      },
      trx,
    );
    await replaceJobDay(
      trx,
      centreId,
      jobId,
      input.date,
      input.entries.map((e) => ({
        centre_id: centreId,
        job_id: jobId,
        participant_id: e.participantId,
        date: input.date,
        hours: e.hours,
        practised: e.practised ?? null,
        recorded_by: ctx.actor.userId || null,
      })),
    );
    await audit(trx, ctx, 'services.jobDay.record', 'service_job', jobId, {
      date: input.date,
      people: input.entries.length,
    });
    return { saved: saved.saved, warnings: saved.warnings, place: job.place };
  });
}
