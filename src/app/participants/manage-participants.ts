import type { Role } from '../../contracts/common';
import type {
  DuplicateCandidate,
  Participant,
  ParticipantCreate,
  ParticipantListQuery,
  ParticipantUpdate,
} from '../../contracts/participant.contract';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import { lockKeys } from '../../db/locks';
import {
  findDuplicateParticipants,
  findParticipants,
  insertParticipant,
  insertParticipantChange,
  updateParticipantVersioned,
} from '../../db/participant.repository';
import type { NewParticipantRow, ParticipantRow } from '../../db/schema';
import { validatePesel } from '../../domain/identifiers/pesel';
import { checkBirthDate, editableFields, type RecordField } from '../../domain/participants/record-rules';
import { visibleFieldClasses } from '../../domain/participants/visibility';
import { foldDiacritics, personNameKey } from '../../domain/text';
import { addDays, polishDate } from '../../domain/calendar';
import { AppError, forbidden } from '../app-error';
import { recordSensitiveRead } from '../audit/record-sensitive-read';
import { instructorScope, participantOr404 } from '../pathway/shared';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { SENSITIVE_FIELDS, toParticipantView } from './participant-view';

const roles = (ctx: CallContext) => ctx.actor.roles as Role[];

function identity(input: { pesel?: string | null; birthDate?: string | null; sex?: 'F' | 'M' | null }) {
  if (input.pesel) {
    const decoded = validatePesel(input.pesel);
    if (decoded.valid) return { pesel: decoded.normalized, birthDate: decoded.birthDate, sex: decoded.sex };
  }
  return { pesel: null, birthDate: input.birthDate!, sex: input.sex! };
}

function columns(input: Partial<ParticipantCreate>, gminas: AppDeps['gminas']): Partial<NewParticipantRow> {
  if (input.gminaCode && !gminas.get(input.gminaCode)) {
    throw AppError.fields([
      {
        path: 'gminaCode',
        code: 'UNKNOWN_GMINA',
        message: 'Nie ma takiej gminy w rejestrze TERYT. Wybierz gminę z listy.',
      },
    ]);
  }
  const map: Partial<NewParticipantRow> = {
    first_name: input.firstName,
    last_name: input.lastName,
    citizenship: input.citizenship,
    street: input.street,
    building_no: input.buildingNo,
    flat_no: input.flatNo,
    postal_code: input.postalCode,
    city: input.city,
    gmina_code: input.gminaCode,
    phone: input.phone,
    email: input.email,
    education_level: input.educationLevel,
    bank_account: input.bankAccount,
    paid_in_cash: input.paidInCash,
    eligibility_groups: input.eligibilityGroups,
    eligibility_justification: input.eligibilityJustification,
  };
  return Object.fromEntries(
    Object.entries(map).filter(([, v]) => v !== undefined),
  ) as Partial<NewParticipantRow>;
}

const toCandidates = (
  rows: Awaited<ReturnType<typeof findDuplicateParticipants>>,
  pesel: string | null,
): DuplicateCandidate[] =>
  rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    reason: pesel && r.pesel === pesel ? 'PESEL' : 'NAME_AND_BIRTH_DATE',
  }));

/** People already in the centre who may be the same person (PESEL; or name without diacritics + birth date). */
export async function findParticipantDuplicates(
  deps: AppDeps,
  ctx: CallContext,
  probe: { firstName?: string; lastName?: string; birthDate?: string; pesel?: string },
) {
  requireAction(ctx, 'participants.edit');
  const pesel = probe.pesel && validatePesel(probe.pesel).valid ? probe.pesel : null;
  const birthDate =
    probe.birthDate ?? (pesel ? (validatePesel(pesel) as { birthDate: string }).birthDate : undefined);
  const nameKey =
    probe.firstName && probe.lastName ? personNameKey(probe.firstName, probe.lastName) : undefined;
  return toCandidates(
    await findDuplicateParticipants(deps.db, ctx.actor.centreId, { pesel, nameKey, birthDate }),
    pesel,
  );
}

/** Registers a person in the caller's centre after the duplicate check; a same-PESEL record always blocks. */
export async function registerParticipant(
  deps: AppDeps,
  ctx: CallContext,
  input: ParticipantCreate,
): Promise<Participant> {
  requireAction(ctx, 'participants.edit');
  const who = identity(input);
  assertBirthDate(deps, ctx, who.birthDate, input.confirmMinor);
  const nameKey = personNameKey(input.firstName, input.lastName);
  return deps.db.transaction().execute(async (trx) => {
    // Two registrations of the same person at once must not both pass the duplicate check.
    await lockKeys(trx, [
      `participant:${ctx.actor.centreId}:${nameKey}:${who.birthDate}`,
      ...(who.pesel ? [`participant-pesel:${ctx.actor.centreId}:${who.pesel}`] : []),
    ]);
    const duplicates = toCandidates(
      await findDuplicateParticipants(trx, ctx.actor.centreId, {
        pesel: who.pesel,
        nameKey,
        birthDate: who.birthDate,
      }),
      who.pesel,
    );
    if (duplicates.some((d) => d.reason === 'PESEL')) {
      throw new AppError('DUPLICATE_PARTICIPANT', {
        message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
        details: {
          fields: [
            {
              path: 'pesel',
              code: 'DUPLICATE_PESEL',
              message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
            },
          ],
          candidates: duplicates,
        },
      });
    }
    if (duplicates.length && !input.acknowledgeDuplicates) {
      throw new AppError('POSSIBLE_DUPLICATE', { details: { candidates: duplicates } });
    }
    let row;
    try {
      row = await insertParticipant(trx, {
        ...(columns(input, deps.gminas) as NewParticipantRow),
        centre_id: ctx.actor.centreId,
        name_key: nameKey,
        pesel: who.pesel,
        birth_date: who.birthDate,
        sex: who.sex,
        created_by: ctx.actor.userId,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('DUPLICATE_PARTICIPANT', {
          details: {
            fields: [
              {
                path: 'pesel',
                code: 'DUPLICATE_PESEL',
                message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
              },
            ],
          },
        });
      throw error;
    }
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'participant.create',
      entityType: 'participant',
      entityId: row.id,
      ip: ctx.ip,
      details: {
        name: `${row.first_name} ${row.last_name}`,
        duplicatesAcknowledged: duplicates.map((d) => d.id),
        ...(input.confirmMinor ? { minorConfirmed: true } : {}),
      },
    });
    return toParticipantView(row, roles(ctx), true);
  });
}

/** One participant, showing only what the caller's roles may see; a read of sensitive fields is audited. */
export async function getParticipant(deps: AppDeps, ctx: CallContext, id: string): Promise<Participant> {
  requireAction(ctx, 'participants.list');
  return deps.db.transaction().execute(async (trx) => {
    const row = await participantOr404(trx, ctx, id);
    if (visibleFieldClasses(roles(ctx)).has('sensitive')) {
      await recordSensitiveRead(trx, ctx, {
        entityType: 'participant',
        entityId: row.id,
        fields: SENSITIVE_FIELDS,
      });
    }
    return toParticipantView(row, roles(ctx), true);
  });
}

/** The centre's participants, searchable by name (diacritics-insensitive) or PESEL; sensitive fields never in lists. */
export async function listParticipants(deps: AppDeps, ctx: CallContext, query: ParticipantListQuery) {
  const classes = visibleFieldClasses(roles(ctx));
  requireAction(ctx, 'participants.list');
  if ((query.group || query.referrer) && !classes.has('sensitive')) throw forbidden();
  const today = polishDate(deps.now());
  const q = query.q
    ? foldDiacritics(query.q)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : undefined;
  const peselPrefix = q && /^\d{3,11}$/.test(q) && classes.has('personal') ? q : undefined;
  const { rows, total } = await findParticipants(deps.db, {
    centreId: ctx.actor.centreId,
    nameQuery: peselPrefix ? (q && !/^\d+$/.test(q) ? q : undefined) : q,
    peselPrefix,
    status: query.status,
    group: query.group,
    workshop: query.workshop,
    referrer: query.referrer,
    endingBetween:
      query.endingWithinDays !== undefined ? [today, addDays(today, query.endingWithinDays)] : undefined,
    inWorkshops: await instructorScope(deps.db, ctx),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  if (query.group) {
    await insertAuditEntry(deps.db, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'participant.search_sensitive',
      entityType: 'participant',
      entityId: null,
      ip: ctx.ip,
      details: { group: query.group, results: total },
    });
  }
  return {
    items: rows.map((r) => toParticipantView(r, roles(ctx), false)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The stored column of each editable field (the one place the record's names meet the table's). */
const COLUMN: Record<RecordField, keyof ParticipantRow> = {
  firstName: 'first_name',
  lastName: 'last_name',
  pesel: 'pesel',
  birthDate: 'birth_date',
  sex: 'sex',
  citizenship: 'citizenship',
  street: 'street',
  buildingNo: 'building_no',
  flatNo: 'flat_no',
  postalCode: 'postal_code',
  city: 'city',
  gminaCode: 'gmina_code',
  phone: 'phone',
  email: 'email',
  educationLevel: 'education_level',
  bankAccount: 'bank_account',
  paidInCash: 'paid_in_cash',
  eligibilityGroups: 'eligibility_groups',
  eligibilityJustification: 'eligibility_justification',
};

/** A birth date that is in the future, before 1900, or of a minor without the director's confirmation. */
function assertBirthDate(deps: AppDeps, ctx: CallContext, birthDate: string, minorConfirmed: boolean) {
  const problems = checkBirthDate(birthDate, polishDate(deps.now()), {
    minorConfirmed,
    isDirector: roles(ctx).includes('DIRECTOR'),
  });
  if (problems.length) throw AppError.fields(problems);
}

/**
 * Corrects a participant's record with optimistic versioning. Each role changes only its fields
 * (decision 0002); every correction is kept as a row (who, when, old → new) and audited by field name.
 */
export async function updateParticipant(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: ParticipantUpdate,
): Promise<Participant> {
  const editable = editableFields(roles(ctx));
  if (!editable.size) throw forbidden();
  const { version, confirmMinor, ...fields } = input;
  const refused = Object.entries(fields)
    .filter(([k, v]) => v !== undefined && !editable.has(k as RecordField))
    .map(([k]) => ({
      path: k,
      code: 'FIELD_NOT_EDITABLE',
      message: 'Twoja rola nie może zmieniać tego pola.',
    }));
  if (refused.length) throw new AppError('FORBIDDEN', { details: { fields: refused } });
  return deps.db.transaction().execute(async (trx) => {
    const before = await participantOr404(trx, ctx, id);
    const changes = columns(fields as Partial<ParticipantCreate>, deps.gminas);
    if (fields.pesel !== undefined || fields.birthDate !== undefined || fields.sex !== undefined) {
      const who = identity({
        pesel: fields.pesel === undefined ? before.pesel : fields.pesel,
        birthDate: fields.birthDate ?? before.birth_date,
        sex: fields.sex ?? (before.sex as 'F' | 'M'),
      });
      if (who.birthDate !== before.birth_date)
        assertBirthDate(deps, ctx, who.birthDate, confirmMinor ?? false);
      Object.assign(changes, { pesel: who.pesel, birth_date: who.birthDate, sex: who.sex });
    }
    if (fields.firstName !== undefined || fields.lastName !== undefined) {
      changes.name_key = personNameKey(
        fields.firstName ?? before.first_name,
        fields.lastName ?? before.last_name,
      );
    }
    let after;
    try {
      after = await updateParticipantVersioned(trx, ctx.actor.centreId, id, version, changes);
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppError.fields(
          [
            {
              path: 'pesel',
              code: 'DUPLICATE_PESEL',
              message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
            },
          ],
          'DUPLICATE_PARTICIPANT',
        );
      throw error;
    }
    if (!after) throw new AppError('VERSION_CONFLICT');
    const diff = (Object.keys(COLUMN) as RecordField[])
      .map((field) => ({ field, from: before[COLUMN[field]] ?? null, to: after[COLUMN[field]] ?? null }))
      .filter((c) => JSON.stringify(c.from) !== JSON.stringify(c.to));
    if (diff.length)
      await insertParticipantChange(trx, {
        centre_id: ctx.actor.centreId,
        participant_id: id,
        version: after.version,
        changed_by: ctx.actor.userId || null,
        changed_by_email: ctx.actorEmail,
        changes: diff,
      });
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'participant.update',
      entityType: 'participant',
      entityId: id,
      ip: ctx.ip,
      details: {
        changedFields: diff.map((c) => c.field),
        version: after.version,
        ...(confirmMinor ? { minorConfirmed: true } : {}),
      },
    });
    return toParticipantView(after, roles(ctx), true);
  });
}
