import type { PlacementDayInput, PlacementEvaluationInput } from '../../contracts/placements.contract';
import {
  assignedOn,
  findRegisterEntry,
  lockPlacement,
  otherPlacementOnDay,
  updatePlacementVersioned,
  upsertPlacementDay,
} from '../../db/placement.repository';
import { listPlacementDays } from '../../db/placement.repository';
import { AppError, notFound } from '../app-error';
import { saveAttendance } from '../attendance/save-attendance';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { placementDetail, placementRowOr404, requireAction } from './shared';

const dayError = (code: string, message: string) => AppError.fields([{ path: 'date', code, message }]);

const STATUS_WORDS: Record<string, string> = {
  day_off: 'dzień wolny',
  sick: 'choroba',
  unexcused: 'nieobecność nieusprawiedliwiona',
  excused: 'nieobecność usprawiedliwiona',
  no_classes: 'brak zajęć',
};

/**
 * Records a day the person spent at the employer. The day goes into the participant's attendance register
 * (the placement's workshop) as a day of presence with these hours — a placement is a form of the classes of
 * the IPZS, so it counts for the benefit like any class day — through the register's own checks (month lock,
 * programme, assignment), in the same transaction.
 */
export async function recordPlacementDay(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: PlacementDayInput,
) {
  requireAction(ctx, 'placements.days');
  const centreId = ctx.actor.centreId;
  await placementRowOr404(deps.db, ctx, id);
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockPlacement(trx, centreId, id);
    if (!row) throw notFound();
    if (row.status !== 'AGREED')
      throw new AppError('INVALID_STATE', {
        message:
          row.status === 'PLANNED'
            ? 'Najpierw zapisz podpisanie umowy o praktykę — dni praktyki wpisuje się po jej zawarciu.'
            : 'Ta praktyka jest zakończona lub odwołana — nie można dopisać dnia.',
      });
    if (input.date < row.start_date || input.date > row.end_date)
      throw dayError(
        'OUTSIDE_PLACEMENT',
        `Praktyka trwa od ${row.start_date} do ${row.end_date} — ${input.date} jest poza nią.`,
      );
    if (input.date > todayInPoland(deps))
      throw dayError('FUTURE_DAY', 'Dzień praktyki wpisuje się w dniu, w którym się odbył, albo później.');
    if (await otherPlacementOnDay(trx, centreId, row.participant_id, id, input.date))
      throw dayError('OTHER_PLACEMENT', 'Tego dnia ta osoba ma już wpisany dzień innej praktyki.');
    if (!(await assignedOn(trx, centreId, row.workshop_id, row.participant_id, input.date)))
      throw dayError(
        'OUTSIDE_WORKSHOP_ASSIGNMENT',
        'Tego dnia osoba nie jest przypisana do warsztatu tej praktyki — dzień nie trafiłby do jej listy obecności.',
      );
    const entry = await findRegisterEntry(trx, centreId, row.participant_id, input.date);
    if (entry && entry.status !== 'present')
      throw dayError(
        'REGISTER_HAS_OTHER_STATUS',
        `W liście obecności tego dnia jest już wpis „${STATUS_WORDS[entry.status] ?? entry.status}” ` +
          `— popraw go najpierw w liście obecności.`,
      );
    await saveAttendance(
      deps,
      ctx,
      {
        workshopId: row.workshop_id,
        month: input.date.slice(0, 7),
        entries: [
          {
            participantId: row.participant_id,
            date: input.date,
            status: 'present',
            hours: input.hours,
            version: entry?.version ?? null,
          },
        ],
      },
      trx,
    );
    await upsertPlacementDay(trx, {
      placement_id: id,
      centre_id: centreId,
      participant_id: row.participant_id,
      date: input.date,
      hours: input.hours,
      note: input.note,
      recorded_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'placement.day', 'placement', id, { date: input.date, hours: input.hours });
    return placementDetail(trx, ctx, id);
  });
}

/** The tutor's evaluation at the end; the placement is then finished and its certificate can be printed. */
export async function evaluatePlacement(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: PlacementEvaluationInput,
) {
  requireAction(ctx, 'placements.manage');
  const centreId = ctx.actor.centreId;
  return deps.db.transaction().execute(async (trx) => {
    await placementRowOr404(trx, ctx, id);
    const row = await lockPlacement(trx, centreId, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (row.status !== 'AGREED')
      throw new AppError('INVALID_STATE', {
        message: 'Ocenić można praktykę w trakcie (z podpisaną umową), jeszcze nie zakończoną.',
      });
    const at = (code: string, message: string) => AppError.fields([{ path: 'evaluatedOn', code, message }]);
    if (input.evaluatedOn < row.start_date)
      throw at(
        'EVALUATED_BEFORE_START',
        `Ocena nie może mieć daty sprzed początku praktyki (${row.start_date}).`,
      );
    if (input.evaluatedOn > todayInPoland(deps))
      throw at('FUTURE_DAY', 'Ocena nie może mieć daty z przyszłości.');
    if ((await listPlacementDays(trx, centreId, id)).length === 0)
      throw new AppError('INVALID_STATE', {
        message: 'Nie wpisano żadnego dnia praktyki — zaświadczenie nie miałoby godzin.',
      });
    await updatePlacementVersioned(trx, centreId, id, input.version, {
      status: 'FINISHED',
      evaluated_on: input.evaluatedOn,
      evaluation: JSON.stringify({
        ratings: input.ratings,
        skills: input.skills,
        tutorOpinion: input.tutorOpinion,
        recommendation: input.recommendation,
        evaluatedBy: row.tutor_name,
      }),
    });
    await audit(trx, ctx, 'placement.evaluate', 'placement', id, {});
    return placementDetail(trx, ctx, id);
  });
}
