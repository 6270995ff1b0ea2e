import { sql } from 'kysely';
import type { FieldError } from '../../../contracts/errors';
import type { Db } from '../../../db/connection';
import { isForeignKeyViolation, isUniqueViolation } from '../../../db/errors';
import {
  firstDayAfter,
  pseudonymOf,
  scrubAuditDetails,
  scrubTokens,
} from '../../../domain/privacy/anonymisation';
import { insertJobRun } from '../../../jobs/job-runs';
import { renderSubjectCopy } from '../../../reports/pdf/privacy-documents.pdf';
import { shortDate } from '../../../reports/pdf/wording';
import { AppError } from '../../app-error';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import type { PdfFile } from '../../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../../pathway/shared';
import { openAnonymisationDoor } from '../anonymise-participant';
import { centreLetterhead } from '../privacy-documents';
import { requireAction } from '../present-authorisation';
import {
  OTHER_KIND_DEFS,
  OTHER_KINDS,
  type OtherKind,
  type OtherPerson,
  otherRetentionEndsOn,
} from './other-kinds';

export interface OtherRef {
  kind: OtherKind;
  id: string;
}

export interface OtherRetentionItem {
  kind: OtherKind;
  kindLabel: string;
  id: string;
  fullName: string;
  lastActivityOn: string;
  retentionEndsOn: string;
  anonymiseFrom: string;
  due: boolean;
}

const NO_SUCH = 'Nie ma takiej osoby w tym centrum.';
type Json = Record<string, unknown>;
const asJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

async function findOne(
  db: Db,
  centreId: string,
  today: string,
  ref: OtherRef,
): Promise<OtherPerson | undefined> {
  return (await OTHER_KIND_DEFS[ref.kind].people(db, centreId, today, [ref.id]))[0];
}

/** Locks the person's own row: a day, an order or a registration written meanwhile waits for this answer. */
async function lockPerson(trx: Db, centreId: string, ref: OtherRef): Promise<boolean> {
  const found = await sql`select 1 from ${sql.table(OTHER_KIND_DEFS[ref.kind].table)}
    where centre_id = ${centreId} and id = ${ref.id}::uuid for update`.execute(trx);
  return found.rows.length > 0;
}

/** The retention rules of every kind, as the view shows them (the period, from what, the source). */
export const otherRetentionRules = () =>
  OTHER_KINDS.map((kind) => ({ kind, label: OTHER_KIND_DEFS[kind].label, ...OTHER_KIND_DEFS[kind].rule }));

/**
 * The retention view for people who are not participants: whose period is over (due), whose runs (the
 * nearest first), and the director's approvals with their outcome. Lists people by name: director only.
 */
export async function getOtherRetentionView(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'privacy.retention.view');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  const approvals = await sql<{
    kind: OtherKind;
    person_id: string;
    pseudonym: string;
    last_activity_on: string;
    retention_ends_on: string;
    status: 'APPROVED' | 'DONE';
    approved_at: Date | string;
    done_at: Date | string | null;
    approved_by_name: string | null;
  }>`select a.kind, a.person_id::text as person_id, a.pseudonym, a.last_activity_on::text as last_activity_on,
      a.retention_ends_on::text as retention_ends_on, a.status, a.approved_at, a.done_at,
      u.full_name as approved_by_name
    from other_person_anonymisations a left join users u on u.id = a.approved_by
    where a.centre_id = ${centreId} order by a.approved_at desc`.execute(deps.db);
  const approved = new Set(approvals.rows.map((a) => `${a.kind}:${a.person_id}`));
  const items: OtherRetentionItem[] = [];
  for (const kind of OTHER_KINDS) {
    const def = OTHER_KIND_DEFS[kind];
    for (const p of await def.people(deps.db, centreId, today)) {
      if (!p.lastActivityOn || approved.has(`${kind}:${p.id}`)) continue;
      const until = otherRetentionEndsOn(def.rule, p.lastActivityOn);
      items.push({
        kind,
        kindLabel: def.label,
        id: p.id,
        fullName: p.fullName,
        lastActivityOn: p.lastActivityOn,
        retentionEndsOn: until,
        anonymiseFrom: firstDayAfter(until),
        due: until < today,
      });
    }
  }
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return {
    today,
    rules: otherRetentionRules(),
    due: items.filter((i) => i.due).sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn)),
    upcoming: items.filter((i) => !i.due).sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn)),
    approvals: approvals.rows.map((a) => ({
      kind: a.kind,
      kindLabel: OTHER_KIND_DEFS[a.kind].label,
      id: a.person_id,
      pseudonym: a.pseudonym,
      lastActivityOn: a.last_activity_on,
      retentionEndsOn: a.retention_ends_on,
      status: a.status,
      approvedByName: a.approved_by_name,
      approvedAt: iso(a.approved_at)!,
      doneAt: iso(a.done_at),
    })),
  };
}

/**
 * The director approves the anonymisation of people (not participants) whose retention period is over; the
 * job goes to the queue. All or nothing: one person unknown, not due or already approved refuses the whole
 * request with the reason at that person, and nothing is written. Returns the job to enqueue.
 */
export async function approveOtherAnonymisation(
  deps: AppDeps,
  ctx: CallContext,
  persons: OtherRef[],
): Promise<{ jobId: string; approved: number }> {
  requireAction(ctx, 'privacy.retention.approve');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  return approveInOneTransaction(deps, ctx, persons, centreId, today).catch((error: unknown) => {
    // Two approvals of the same person at once: the second meets the unique row of the first.
    if (isUniqueViolation(error, 'other_person_anonymisations_unique'))
      throw new AppError('ANONYMISATION_ALREADY_APPROVED', {
        message: 'Anonimizację tej osoby zatwierdzono w tej chwili w innym oknie. Nic nie zapisano.',
      });
    throw error;
  });
}

async function approveInOneTransaction(
  deps: AppDeps,
  ctx: CallContext,
  persons: OtherRef[],
  centreId: string,
  today: string,
): Promise<{ jobId: string; approved: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const problems: FieldError[] = [];
    const records: { ref: OtherRef; last: string; until: string }[] = [];
    for (const [i, ref] of persons.entries()) {
      const path = `persons.${i}`;
      const done = await sql`select 1 from other_person_anonymisations
        where kind = ${ref.kind} and person_id = ${ref.id}::uuid`.execute(trx);
      if (done.rows.length) {
        problems.push({
          path,
          code: 'ANONYMISATION_ALREADY_APPROVED',
          message: 'Anonimizacja tej osoby została już zatwierdzona.',
        });
        continue;
      }
      const p = await findOne(trx, centreId, today, ref);
      const rule = OTHER_KIND_DEFS[ref.kind].rule;
      if (!p?.lastActivityOn) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message: p
            ? `${p.fullName}: współpraca z tą osobą trwa — jej danych nie można anonimizować.`
            : NO_SUCH,
        });
        continue;
      }
      const until = otherRetentionEndsOn(rule, p.lastActivityOn);
      if (until >= today) {
        problems.push({
          path,
          code: 'RETENTION_NOT_OVER',
          message:
            `${p.fullName}: dane trzeba przechowywać do ${shortDate(until)} (${rule.from}: ` +
            `${shortDate(p.lastActivityOn)}); anonimizacja możliwa od ${shortDate(firstDayAfter(until))}.`,
        });
        continue;
      }
      records.push({ ref, last: p.lastActivityOn, until });
    }
    if (problems.length) {
      const already = problems.every((p) => p.code === 'ANONYMISATION_ALREADY_APPROVED');
      throw new AppError(already ? 'ANONYMISATION_ALREADY_APPROVED' : 'RETENTION_NOT_OVER', {
        message: already
          ? 'Anonimizacja tych osób została już zatwierdzona. Nic nie zapisano.'
          : 'Nie można zanonimizować danych przed upływem okresu przechowywania — powód ' +
            'przy każdej osobie. Nic nie zapisano.',
        details: { fields: problems },
      });
    }
    const job = await insertJobRun(trx, {
      kind: 'retention-anonymise',
      ctx,
      params: { participantIds: [], others: records.map((r) => r.ref) },
    });
    for (const r of records)
      await sql`insert into other_person_anonymisations (centre_id, kind, person_id, pseudonym, last_activity_on,
          retention_ends_on, approved_by, approved_at, job_id)
        values (${centreId}, ${r.ref.kind}, ${r.ref.id}::uuid, ${pseudonymOf(r.ref.id)}, ${r.last}::date,
          ${r.until}::date, ${ctx.actor.userId}, ${deps.now()}, ${job.id})`.execute(trx);
    await audit(trx, ctx, 'privacy.retention_approve', 'job', job.id, {
      count: records.length,
      persons: records.map((r) => pseudonymOf(r.ref.id)),
      kinds: records.map((r) => r.ref.kind),
    });
    return { jobId: job.id, approved: records.length };
  });
}

/**
 * Anonymises one approved person of a kind in one transaction: idempotent (done → skipped), re-checks the
 * period on the day it runs (new activity since the approval → NOT_DUE, nothing touched).
 */
export async function anonymiseOtherPerson(
  deps: AppDeps,
  ctx: CallContext,
  ref: OtherRef,
): Promise<'ANONYMISED' | 'ALREADY_DONE' | 'NOT_DUE' | 'NOT_APPROVED'> {
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  return deps.db.transaction().execute(async (trx) => {
    const approval = (
      await sql<{ id: string; status: string; pseudonym: string }>`select id::text as id, status, pseudonym
        from other_person_anonymisations where centre_id = ${centreId} and kind = ${ref.kind}
          and person_id = ${ref.id}::uuid for update`.execute(trx)
    ).rows[0];
    if (!approval) return 'NOT_APPROVED';
    if (approval.status === 'DONE') return 'ALREADY_DONE';
    const def = OTHER_KIND_DEFS[ref.kind];
    if (!(await lockPerson(trx, centreId, ref))) return 'NOT_DUE';
    const p = await findOne(trx, centreId, today, ref);
    if (!p?.lastActivityOn || otherRetentionEndsOn(def.rule, p.lastActivityOn) >= today) return 'NOT_DUE';
    await openAnonymisationDoor(trx);
    const ids = await def.auditIds(trx, centreId, ref.id);
    await def.anonymise(trx, centreId, p, approval.pseudonym);
    await scrubOtherAudit(trx, centreId, ids, p.tokens, approval.pseudonym);
    await sql`update other_person_anonymisations set status = 'DONE', done_at = ${deps.now()}
      where id = ${approval.id}::uuid`.execute(trx);
    await audit(trx, ctx, 'person.anonymise', ref.kind.toLowerCase(), ref.id, {
      person: approval.pseudonym,
      kind: ref.kind,
    });
    return 'ANONYMISED';
  });
}

/**
 * Audit entries about the person (on one of their row ids) keep only ids, days and codes, with the person as
 * the pseudonym; any other entry of the centre mentioning them has the mentions replaced.
 */
async function scrubOtherAudit(db: Db, centreId: string, ids: string[], tokens: string[], ps: string) {
  const about = await sql<{ id: number; details: unknown }>`select id, details from audit_log
    where centre_id = ${centreId} and entity_id in (${sql.join(ids)})`.execute(db);
  const seen = new Set<number>();
  for (const row of about.rows) {
    seen.add(Number(row.id));
    const details = scrubAuditDetails((asJson(row.details) as Json) ?? {}, tokens, ps);
    await sql`update audit_log set details = ${JSON.stringify(details)}::jsonb where id = ${row.id}`.execute(
      db,
    );
  }
  if (tokens.length === 0) return;
  const hits = await sql<{ id: number; details: unknown }>`select id, details from audit_log
    where (centre_id = ${centreId} or centre_id is null) and (${sql.join(
      tokens.map((t) => sql`position(${t} in lower(details::text)) > 0`),
      sql` or `,
    )})`.execute(db);
  for (const row of hits.rows) {
    if (seen.has(Number(row.id))) continue;
    await sql`update audit_log set details = ${JSON.stringify(scrubTokens(asJson(row.details), tokens, ps))}::jsonb
      where id = ${row.id}`.execute(db);
  }
}

/**
 * Erasure of a record entered by mistake (GDPR art. 17): refused (409, a Polish reason per record) where
 * something the law or the centre's registers must keep exists (a written volunteering agreement, hours
 * settled with the PUP, an attendance or a certificate, a sales document, items passed on); otherwise the
 * rows go and the audit entries about them keep only the pseudonym. One transaction.
 */
export async function eraseOtherPerson(
  deps: AppDeps,
  ctx: CallContext,
  ref: OtherRef,
  _input: { reason: string },
): Promise<{ person: string }> {
  requireAction(ctx, 'privacy.erase');
  const centreId = ctx.actor.centreId;
  const def = OTHER_KIND_DEFS[ref.kind];
  const pseudonym = pseudonymOf(ref.id);
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await lockPerson(trx, centreId, ref))) throw new AppError('NOT_FOUND', { message: NO_SUCH });
      const p = await findOne(trx, centreId, todayInPoland(deps), ref);
      if (!p) throw new AppError('NOT_FOUND', { message: NO_SUCH });
      const reasons = await def.erasureBlockers(trx, centreId, ref.id);
      if (reasons.length) throw blocked(reasons);
      await openAnonymisationDoor(trx);
      await scrubOtherAudit(trx, centreId, await def.auditIds(trx, centreId, ref.id), p.tokens, pseudonym);
      await def.erase(trx, centreId, ref.id);
      await audit(trx, ctx, 'person.erase', ref.kind.toLowerCase(), ref.id, {
        person: pseudonym,
        kind: ref.kind,
        legalBasis: 'art. 17 RODO',
      });
    });
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw blocked([
        'w innym module są zapisy o tej osobie, które muszą zostać — usuń je tam albo sprostuj dane.',
      ]);
    throw error;
  }
  return { person: pseudonym };
}

function blocked(reasons: string[]): AppError {
  return new AppError('ERASURE_BLOCKED_BY_RECORDS', {
    message: `Tego wpisu nie można usunąć: ${reasons.join(' ')}`,
    details: { reasons },
  });
}

async function loadCopy(deps: AppDeps, ctx: CallContext, ref: OtherRef) {
  requireAction(ctx, 'privacy.subjectCopy');
  const centreId = ctx.actor.centreId;
  const p = await findOne(deps.db, centreId, todayInPoland(deps), ref);
  if (!p) throw new AppError('NOT_FOUND', { message: NO_SUCH });
  const def = OTHER_KIND_DEFS[ref.kind];
  return { p, def, data: await def.copy(deps.db, centreId, ref.id) };
}

/** Everything held about one non-participant (GDPR art. 15), machine-readable; logged. */
export async function otherCopyJson(deps: AppDeps, ctx: CallContext, ref: OtherRef) {
  const { p, def, data } = await loadCopy(deps, ctx, ref);
  await audit(deps.db, ctx, 'person.subject_copy', ref.kind.toLowerCase(), ref.id, {
    format: 'json',
    kind: ref.kind,
  });
  return {
    generatedAt: deps.now().toISOString(),
    legalBasis: 'art. 15 RODO',
    kind: ref.kind,
    kindLabel: def.label,
    fullName: p.fullName,
    retention: {
      ...def.rule,
      lastActivityOn: p.lastActivityOn,
      retentionEndsOn: p.lastActivityOn ? otherRetentionEndsOn(def.rule, p.lastActivityOn) : null,
    },
    ...data,
  };
}

const LABEL: Record<string, string> = {
  first_name: 'Imię',
  last_name: 'Nazwisko',
  full_name: 'Imię i nazwisko',
  donor_name: 'Darczyńca',
  donor_address: 'Adres',
  guest_name: 'Imię i nazwisko',
  holder_name: 'Na zaświadczeniu',
  pesel: 'PESEL',
  birth_date: 'Data urodzenia',
  birth_year: 'Rok urodzenia',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adres',
  consent_on: 'Zgoda z dnia',
  guardian_name: 'Opiekun',
  number: 'Numer',
  title: 'Tytuł',
  event_title: 'Wydarzenie',
  group_name: 'Grupa',
  scope: 'Zakres',
  activity: 'Świadczenie',
  done_on: 'Dzień',
  minutes: 'Minuty',
  date: 'Dzień',
  hours: 'Godziny',
  start_date: 'Początek',
  planned_end_date: 'Planowany koniec',
  ended_on: 'Koniec',
  agreement_number: 'Umowa',
  signed_on: 'Podpisano',
  valid_from: 'Od',
  valid_until: 'Do',
  received_on: 'Przyjęto',
  name: 'Nazwa',
  unit: 'Jednostka',
  quote_date: 'Oferta',
  order_date: 'Zlecenie',
  completed_on: 'Wykonano',
  invoice_number: 'Faktura',
  total_gross: 'Brutto (gr)',
  value_grosze: 'Wartość (gr)',
  issued_on: 'Wydano',
  minutes_attended: 'Minuty',
  starts_on: 'Początek',
  joined_on: 'Od',
  left_on: 'Do',
  status: 'Stan',
  message: 'Treść',
  created_at: 'Zapisano',
};
const cell = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)
      ? shortDate(v.slice(0, 10))
      : String(v);

/** The same copy as a PDF for the person: one section per table, with the columns a person can read. */
export async function otherCopyPdf(deps: AppDeps, ctx: CallContext, ref: OtherRef): Promise<PdfFile> {
  const { p, def, data } = await loadCopy(deps, ctx, ref);
  const { row: centre } = await centreOf(deps.db, ctx);
  const until = p.lastActivityOn ? otherRetentionEndsOn(def.rule, p.lastActivityOn) : null;
  const sections = [
    {
      title: '1. Kim Pani/Pan jest dla centrum',
      facts: [
        ['Rodzaj', def.label],
        ['Imię i nazwisko', p.fullName],
        [
          'Okres przechowywania',
          until
            ? `do ${shortDate(until)} (${def.rule.from}: ${shortDate(p.lastActivityOn!)})`
            : 'współpraca trwa',
        ],
        ['Podstawa okresu', def.rule.source],
      ] as [string, string | null][],
    },
    ...Object.entries(data).map(([, list], i) => {
      const cols = Object.keys(list[0] ?? {}).filter((k) => k in LABEL);
      return {
        title: `${i + 2}. ${SECTION[Object.keys(data)[i]!] ?? 'Dane'}`,
        table: { header: cols.map((k) => LABEL[k]!), rows: list.map((r) => cols.map((k) => cell(r[k]))) },
      };
    }),
  ];
  const bytes = await renderSubjectCopy({
    centre: centreLetterhead(centre),
    printedOn: todayInPoland(deps),
    personName: p.fullName,
    lead:
      `Na Pani/Pana żądanie przekazujemy kopię danych osobowych przetwarzanych przez ${centre.name}, ` +
      'wraz z okresem ich przechowywania i jego podstawą.',
    sections,
  });
  await audit(deps.db, ctx, 'person.subject_copy', ref.kind.toLowerCase(), ref.id, {
    format: 'pdf',
    kind: ref.kind,
  });
  return { bytes, fileName: 'kopia-danych.pdf' };
}

const SECTION: Record<string, string> = {
  volunteers: 'Dane wolontariusza',
  volunteer_agreements: 'Porozumienia o wolontariacie',
  volunteer_activities: 'Świadczenia wolontariusza',
  art200_enrolments: 'Udział w działaniach (art. 200 ustawy o rynku pracy)',
  art200_hours: 'Godziny udziału',
  event_persons: 'Dane osoby',
  event_registrations: 'Zapisy na wydarzenia',
  event_certificates: 'Zaświadczenia',
  group_members: 'Grupy',
  service_customers: 'Dane klienta',
  service_orders: 'Zlecenia',
  inkind_donations: 'Darowizna',
  inkind_items: 'Przekazane przedmioty',
  network_enquiries: 'Zapytanie',
};
