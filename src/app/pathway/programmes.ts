import {
  CONTINUING_EXITS,
  type BenefitApplication,
  type Programme,
  type ProgrammeAmend,
  type ProgrammeCreate,
  type ProgrammeExit,
} from '../../contracts/pathway.contract';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import {
  countOccupancy,
  findOpenProgramme,
  findProgramme,
  findReferral,
  insertFollowUps,
  insertProgramme,
  insertProgrammeVersion,
  latestDecisionForReferral,
  listProgrammeVersions,
  listReferrals,
  nextDocumentNumber,
  setParticipantStatus,
  setReferralStatus,
  updateProgrammeVersioned,
} from '../../db/pathway.repository';
import type { ProgrammeRow } from '../../db/schema';
import { closeAssignment, findOpenAssignment } from '../../db/workshop.repository';
import {
  checkExit,
  checkProgrammeContent,
  checkSigning,
  effectiveProgrammeStatus,
  followUpSchedule,
  programmeDates,
  scheduleProblems,
  type ProgrammeDates,
} from '../../domain/pathway/programme-rules';
import type { DisabilityDegree } from '../../domain/periods/periods';
import { AppError, notFound } from '../app-error';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { recordOutcome } from '../reports/record-outcome';
import {
  audit,
  centreOf,
  failOn,
  iso,
  participantOr404,
  requirePathwayEditor,
  todayInPoland,
} from './shared';

type VersionRow = Awaited<ReturnType<typeof listProgrammeVersions>>[number];

/** Fields that make up the programme's content; a change to any of them is an amendment. */
const CONTENT_FIELDS = [
  'admission_date',
  'workshop',
  'weekly_hours',
  'disability_degree',
  'vocational_scope',
  'vocational_forms',
  'social_scope',
  'social_forms',
  'responsible_persons',
  'contract_number',
  'contract_ops',
  'contract_from',
  'contract_to',
  'planned_end',
  'extension_months',
] as const;

const FIELD_LABELS: Record<string, string> = {
  admission_date: 'data przyjęcia',
  workshop: 'warsztat',
  weekly_hours: 'wymiar tygodniowy',
  disability_degree: 'stopień niepełnosprawności',
  vocational_scope: 'zakres reintegracji zawodowej',
  vocational_forms: 'formy reintegracji zawodowej',
  social_scope: 'zakres reintegracji społecznej',
  social_forms: 'formy reintegracji społecznej',
  responsible_persons: 'osoby odpowiedzialne',
  contract_number: 'numer kontraktu',
  contract_ops: 'OPS',
  contract_from: 'początek kontraktu',
  contract_to: 'koniec kontraktu',
  planned_end: 'planowany koniec',
  extension_months: 'przedłużenie',
  benefit_application_on: 'wniosek o świadczenie integracyjne',
  benefit_granted_on: 'przyznanie świadczenia przez kierownika',
};
export const fieldLabel = (f: string) => FIELD_LABELS[f] ?? f;

/** The programme as the caller may see it: content and exit reasons only for the director and social workers. */
export function toProgramme(
  p: ProgrammeRow,
  versions: VersionRow[],
  today: string,
  full: boolean,
): Programme {
  const periods =
    p.kind === 'IPZS' ? programmeDates('IPZS', p.admission_date, p.extension_months, null) : null;
  const dates = periods?.ok ? periods.value : null;
  const persons = (
    typeof p.responsible_persons === 'string' ? JSON.parse(p.responsible_persons) : p.responsible_persons
  ) as { name: string; role: string }[];
  const status = effectiveProgrammeStatus(p.status, p.continuation_until, today);
  return {
    id: p.id,
    participantId: p.participant_id,
    referralId: p.referral_id,
    kind: p.kind,
    number: p.number,
    status: status as Programme['status'],
    admissionDate: p.admission_date,
    trialLastDay: p.trial_last_day,
    baseEnd: p.base_end,
    extensionMonths: p.extension_months,
    maxExtensionMonths: dates?.maxExtensionMonths ?? null,
    limitEnd: dates?.limitEnd ?? null,
    plannedEnd: p.planned_end,
    signedOn: p.signed_on,
    workshop: p.workshop,
    weeklyHours: p.weekly_hours,
    disabilityDegree: (full ? p.disability_degree : 'NONE') as Programme['disabilityDegree'],
    vocationalScope: full ? p.vocational_scope : '',
    vocationalForms: full ? p.vocational_forms : '',
    socialScope: full ? p.social_scope : '',
    socialForms: full ? p.social_forms : '',
    responsiblePersons: persons,
    contractNumber: p.contract_number,
    contractOps: p.contract_ops,
    contractFrom: p.contract_from,
    contractTo: p.contract_to,
    exitType: p.exit_type as Programme['exitType'],
    lastDay: p.last_day,
    exitEventDate: p.exit_event_date,
    continuationUntil: p.continuation_until,
    closedOn: p.closed_on ?? (status === 'CLOSED' && p.status === 'CONTINUING' ? p.continuation_until : null),
    decisionNumber: full ? p.decision_number : null,
    decisionOn: full ? p.decision_on : null,
    complaintCourt: full ? p.complaint_court : null,
    exitJustification: full ? p.exit_justification : null,
    vocationalSkills: full ? p.vocational_skills : [],
    socialSkills: full ? p.social_skills : [],
    certificateNumber: p.certificate_number,
    certificateIssuedOn: p.certificate_issued_on,
    benefitApplicationOn: p.benefit_application_on,
    benefitGrantedOn: p.benefit_granted_on,
    version: p.version,
    versions: versions
      .filter((v) => v.programme_id === p.id)
      .map((v) => ({
        version: v.version,
        changeKind: v.change_kind,
        changedFields: v.changed_fields.map(fieldLabel),
        reason: v.reason,
        changedBy: v.changed_by_name,
        changedAt: iso(v.changed_at),
      })),
    warnings:
      p.kind === 'IPZS'
        ? scheduleProblems(p.admission_date, p.weekly_hours, p.disability_degree as DisabilityDegree)
        : [],
  };
}

function snapshot(p: ProgrammeRow) {
  return Object.fromEntries(
    CONTENT_FIELDS.map((f) => [f, p[f]]).concat([
      ['signed_on', p.signed_on],
      ['status', p.status],
      ['benefit_application_on', p.benefit_application_on],
      ['benefit_granted_on', p.benefit_granted_on],
    ]),
  );
}

async function writeVersion(
  db: Db,
  ctx: CallContext,
  p: ProgrammeRow,
  kind: string,
  changed: string[],
  reason: string | null,
) {
  await insertProgrammeVersion(db, {
    centre_id: ctx.actor.centreId,
    programme_id: p.id,
    version: p.version,
    change_kind: kind,
    changed_fields: changed,
    reason,
    snapshot: JSON.stringify(snapshot(p)),
    changed_by: ctx.actor.userId,
    changed_by_name: ctx.actorEmail,
  });
}

export async function loadProgramme(
  deps: AppDeps,
  ctx: CallContext,
  db: Db,
  id: string,
  full = true,
): Promise<Programme> {
  const p = await findProgramme(db, ctx.actor.centreId, id);
  if (!p) throw notFound();
  return toProgramme(
    p,
    await listProgrammeVersions(db, ctx.actor.centreId, [p.id]),
    todayInPoland(deps),
    full,
  );
}

function datesOrFail(result: ReturnType<typeof programmeDates>): ProgrammeDates {
  if (!result.ok) {
    failOn(result.problems);
    throw new Error('unreachable');
  }
  return result.value;
}

async function programmeOr404(db: Db, ctx: CallContext, participantId: string, id: string) {
  const p = await findProgramme(db, ctx.actor.centreId, id);
  if (!p || p.participant_id !== participantId) throw notFound();
  return p;
}

const contentColumns = (input: Partial<ProgrammeCreate>) => {
  const map = {
    admission_date: input.admissionDate,
    workshop: input.workshop,
    weekly_hours: input.weeklyHours,
    disability_degree: input.disabilityDegree,
    vocational_scope: input.vocationalScope,
    vocational_forms: input.vocationalForms,
    social_scope: input.socialScope,
    social_forms: input.socialForms,
    responsible_persons:
      input.responsiblePersons === undefined ? undefined : JSON.stringify(input.responsiblePersons),
    contract_number: input.contractNumber,
    contract_ops: input.contractOps,
    contract_from: input.contractFrom,
    contract_to: input.contractTo,
  };
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
};

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

/** Extends the participation period with a reason, up to the cap of the rules in force when the extension starts (art. 15). */
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
    const certificate = `ZAS/${year}/${String(await nextDocumentNumber(trx, ctx.actor.centreId, 'CERTIFICATE', year)).padStart(4, '0')}`;
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
