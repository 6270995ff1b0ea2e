import type { Programme, ProgrammeAmend, ProgrammeCreate } from '../../contracts/pathway.contract';
import { isUniqueViolation } from '../../db/errors';
import {
  countOccupancy,
  findOpenProgramme,
  findReferral,
  insertProgramme,
  latestDecisionForReferral,
  listProgrammeVersions,
  listReferrals,
  nextDocumentNumber,
  setParticipantStatus,
  setReferralStatus,
  updateProgrammeVersioned,
} from '../../db/pathway.repository';
import type { ProgrammeRow } from '../../db/schema';
import { checkProgrammeContent, checkSigning, programmeDates } from '../../domain/pathway/programme-rules';
import type { DisabilityDegree } from '../../domain/periods/periods';
import { AppError } from '../app-error';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, failOn, participantOr404, requirePathwayEditor, todayInPoland } from './shared';

import {
  CONTENT_FIELDS,
  contentColumns,
  datesOrFail,
  programmeOr404,
  toProgramme,
  writeVersion,
} from './programme-record';

/**
 * Drafts the participant's programme: an IPZS in a CIS (art. 13), a social-contract reference in a
 * KIS (art. 18). Needs an eligible (or waiting) referral; one open programme per person.
 */
export async function createProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  input: ProgrammeCreate,
): Promise<Programme> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const person = await participantOr404(trx, ctx, participantId);
    const { row: centre } = await centreOf(trx, ctx);
    const referrals = await listReferrals(trx, ctx.actor.centreId, participantId);
    const referral = input.referralId
      ? referrals.find((r) => r.id === input.referralId)
      : referrals.find((r) => r.status === 'ELIGIBLE' || r.status === 'WAITING');
    if (!referral)
      throw AppError.fields([
        {
          path: 'referralId',
          code: 'NO_ELIGIBLE_REFERRAL',
          message: 'Najpierw zarejestruj skierowanie i kwalifikację tej osoby.',
        },
      ]);
    const decision = await latestDecisionForReferral(trx, ctx.actor.centreId, referral.id);
    if (decision?.outcome !== 'ELIGIBLE')
      throw new AppError('INVALID_STATE', {
        message: 'Program można przygotować dopiero po pozytywnej kwalifikacji.',
      });
    if (await findOpenProgramme(trx, ctx.actor.centreId, participantId))
      throw new AppError('INVALID_STATE', {
        message: 'Ta osoba ma już otwarty program. Zmień go aneksem albo najpierw zakończ.',
      });
    const kind = centre.type === 'CIS' ? 'IPZS' : 'KIS_CONTRACT';
    const weeklyHours = input.weeklyHours ?? null;
    const problems = checkProgrammeContent({
      centreType: centre.type,
      kind,
      admissionDate: input.admissionDate,
      referredOn: referral.referred_on,
      weeklyHours,
      disabilityDegree: input.disabilityDegree,
      contractNumber: input.contractNumber,
      contractFrom: input.contractFrom ?? null,
      contractTo: input.contractTo ?? null,
      signedOn: null,
    });
    if (input.admissionDate < decision.decided_on)
      problems.push({
        path: 'admissionDate',
        code: 'ADMISSION_BEFORE_DECISION',
        message: `Data przyjęcia nie może poprzedzać kwalifikacji (${decision.decided_on}).`,
      });
    const dates = programmeDates(kind, input.admissionDate, 0, input.plannedEnd ?? null);
    failOn([...problems, ...(dates.ok ? [] : dates.problems)]);
    const d = datesOrFail(dates);
    const year = Number(input.admissionDate.slice(0, 4));
    const seq = await nextDocumentNumber(trx, ctx.actor.centreId, kind, year);
    const number = `${kind === 'IPZS' ? 'IPZS' : 'KS'}/${year}/${String(seq).padStart(4, '0')}`;
    let row: ProgrammeRow;
    try {
      row = await insertProgramme(trx, {
        ...(contentColumns(input) as object),
        centre_id: ctx.actor.centreId,
        participant_id: participantId,
        referral_id: referral.id,
        kind,
        number,
        admission_date: input.admissionDate,
        trial_last_day: d.trialLastDay,
        base_end: d.baseEnd,
        planned_end: d.plannedEnd,
        weekly_hours: weeklyHours,
        created_by: ctx.actor.userId,
      } as never);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('INVALID_STATE', { message: 'Ta osoba ma już otwarty program.' });
      throw error;
    }
    await writeVersion(trx, ctx, row, 'CREATED', [], null);
    await audit(trx, ctx, 'programme.create', 'programme', row.id, {
      participantId,
      number,
      kind,
      participantStatus: person.status,
    });
    return toProgramme(
      row,
      await listProgrammeVersions(trx, ctx.actor.centreId, [row.id]),
      todayInPoland(deps),
      true,
    );
  });
}

/**
 * Changes the programme. Before signing, edits are recorded as drafts; after signing each change
 * is an amendment with its reason (R-IP-02): who, when, what changed, why — the old content stays
 * in the version history.
 */
export async function amendProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: ProgrammeAmend,
): Promise<Programme> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.status !== 'DRAFT' && before.status !== 'SIGNED')
      throw new AppError('INVALID_STATE', {
        message: 'Programu po zakończeniu uczestnictwa nie można już zmieniać.',
      });
    if (before.status === 'SIGNED' && !input.reason)
      failOn([
        { path: 'reason', code: 'REQUIRED', message: 'Podaj powód zmiany podpisanego programu (aneks).' },
      ]);
    if (
      before.status === 'SIGNED' &&
      input.admissionDate !== undefined &&
      input.admissionDate !== before.admission_date
    ) {
      failOn([
        {
          path: 'admissionDate',
          code: 'ADMISSION_FIXED',
          message: 'Po podpisaniu programu data przyjęcia się nie zmienia.',
        },
      ]);
    }
    const { row: centre } = await centreOf(trx, ctx);
    const referral = before.referral_id
      ? await findReferral(trx, ctx.actor.centreId, before.referral_id)
      : undefined;
    const merged = {
      admissionDate: input.admissionDate ?? before.admission_date,
      weeklyHours: input.weeklyHours === undefined ? before.weekly_hours : input.weeklyHours,
      disabilityDegree: (input.disabilityDegree ?? before.disability_degree) as DisabilityDegree,
      contractNumber: input.contractNumber === undefined ? before.contract_number : input.contractNumber,
      contractFrom: input.contractFrom === undefined ? before.contract_from : input.contractFrom,
      contractTo: input.contractTo === undefined ? before.contract_to : input.contractTo,
    };
    failOn(
      checkProgrammeContent({
        centreType: centre.type,
        kind: before.kind,
        referredOn: referral?.referred_on ?? null,
        signedOn: before.signed_on,
        ...merged,
      }),
    );
    const d = datesOrFail(
      programmeDates(
        before.kind,
        merged.admissionDate,
        before.extension_months,
        input.plannedEnd ?? (before.kind === 'KIS_CONTRACT' ? before.planned_end : null),
      ),
    );
    const changes = {
      ...contentColumns(input),
      trial_last_day: d.trialLastDay,
      base_end: d.baseEnd,
      planned_end: d.plannedEnd,
    };
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, changes);
    if (!after) throw new AppError('VERSION_CONFLICT');
    const changed = CONTENT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
    if (!changed.length)
      throw AppError.fields([
        { path: 'reason', code: 'NOTHING_CHANGED', message: 'Nic nie zostało zmienione.' },
      ]);
    await writeVersion(
      trx,
      ctx,
      after,
      before.status === 'SIGNED' ? 'AMENDMENT' : 'DRAFT_EDIT',
      [...changed],
      input.reason ?? null,
    );
    await audit(
      trx,
      ctx,
      before.status === 'SIGNED' ? 'programme.amend' : 'programme.edit',
      'programme',
      id,
      { participantId, changedFields: changed, version: after.version },
    );
    return toProgramme(
      after,
      await listProgrammeVersions(trx, ctx.actor.centreId, [id]),
      todayInPoland(deps),
      true,
    );
  });
}

/**
 * The director signs the programme with the participant; only then does participation start
 * (art. 12 ust. 4, R-ADM-01). A full centre keeps the person on the waiting list.
 */
export async function signProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: { signedOn: string; version: number },
): Promise<Programme> {
  // Only the director signs programmes (art. 12 ust. 4).
  requireAction(ctx, 'programme.sign');
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.status !== 'DRAFT')
      throw new AppError('INVALID_STATE', { message: 'Program jest już podpisany.' });
    const referral = before.referral_id
      ? await findReferral(trx, ctx.actor.centreId, before.referral_id)
      : undefined;
    failOn(
      checkSigning({
        signedOn: input.signedOn,
        admissionDate: before.admission_date,
        referredOn: referral?.referred_on ?? null,
        today: todayInPoland(deps),
      }),
    );
    const { settings } = await centreOf(trx, ctx);
    if (settings.capacity !== null) {
      const { active } = await countOccupancy(trx, ctx.actor.centreId);
      if (active >= settings.capacity)
        throw new AppError('INVALID_STATE', {
          message: `Brak wolnych miejsc (${active} z ${settings.capacity}). Osoba pozostaje na liście oczekujących.`,
        });
    }
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, {
      signed_on: input.signedOn,
      status: 'SIGNED',
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await writeVersion(trx, ctx, after, 'SIGNED', [], null);
    await setParticipantStatus(trx, ctx.actor.centreId, participantId, 'ACTIVE', before.admission_date);
    if (referral) await setReferralStatus(trx, ctx.actor.centreId, referral.id, 'ADMITTED', input.signedOn);
    await audit(trx, ctx, 'programme.sign', 'programme', id, { participantId, signedOn: input.signedOn });
    return toProgramme(
      after,
      await listProgrammeVersions(trx, ctx.actor.centreId, [id]),
      todayInPoland(deps),
      true,
    );
  });
}

/**
 * Extends the participation period with a reason, up to the cap of the rules in force when the
 * extension starts (art. 15).
 */
export async function extendProgramme(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: { months: number; reason: string; version: number },
): Promise<Programme> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const before = await programmeOr404(trx, ctx, participantId, id);
    if (before.kind !== 'IPZS')
      throw new AppError('INVALID_STATE', {
        message: 'Czas udziału w klubie ustala się indywidualnie — zmień planowany koniec aneksem.',
      });
    if (before.status !== 'SIGNED')
      throw new AppError('INVALID_STATE', { message: 'Przedłużyć można tylko podpisany, trwający program.' });
    const d = datesOrFail(
      programmeDates('IPZS', before.admission_date, before.extension_months + input.months, null),
    );
    const after = await updateProgrammeVersioned(trx, ctx.actor.centreId, id, input.version, {
      extension_months: before.extension_months + input.months,
      planned_end: d.plannedEnd,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await writeVersion(trx, ctx, after, 'EXTENSION', ['extension_months', 'planned_end'], input.reason);
    await audit(trx, ctx, 'programme.extend', 'programme', id, {
      participantId,
      months: input.months,
      plannedEnd: d.plannedEnd,
    });
    return toProgramme(
      after,
      await listProgrammeVersions(trx, ctx.actor.centreId, [id]),
      todayInPoland(deps),
      true,
    );
  });
}
