import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { lockRetentionAnonymisation } from '../../db/privacy.repository';
import { birthYearOnly, identifyingTokens, REMOVED, scrubTokens } from '../../domain/privacy/anonymisation';
import { personNameKey } from '../../domain/text';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { runAnonymisationSteps, STEP_TABLES, stepAuditEntityIds } from './anonymisation-steps';
import { retentionStandingOf } from './retention-standing';
import { scrubAuditEntries } from './scrub-audit-entries';

/** What happened to one approved person when the job reached them. */
export type AnonymisationOutcome = 'ANONYMISED' | 'ALREADY_DONE' | 'NOT_DUE' | 'NOT_APPROVED';

const PLACEHOLDER = new TextEncoder().encode(
  'Plik usunięty po upływie okresu przechowywania danych (art. 8b ust. 5 ustawy o zatrudnieniu socjalnym).\n',
);
const PLACEHOLDER_SHA = createHash('sha256').update(PLACEHOLDER).digest('hex');

// Tables handled column by column below (the other modules' tables: their steps in anonymisation-steps.ts);
// any other table with the person's rows gets the safety net.
export const HANDLED = new Set([
  'participants',
  'referrals',
  'participant_documents',
  'eligibility_evidence',
  'eligibility_decisions',
  'programmes',
  'follow_ups',
  'attendance_entries',
  'payroll_lines',
  'bonus_proposals',
  'payroll_corrections',
  'participant_changes',
  'retention_anonymisations',
]);

type Json = Record<string, unknown>;
const asJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Anonymises one approved person in one transaction (decision 0018): names, PESEL, contacts, address,
 * account, scans and free text go — replaced by the pseudonym or removed — while groups, sex, the year of
 * birth, dates, outcomes, amounts and attendance stay, so past reports give the same figures. Audit
 * entries keep who did what, with the person replaced by the pseudonym. Idempotent: a person already
 * done is skipped; one whose retention is not over (a new service since the approval) is left as is.
 */
export async function anonymiseParticipant(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
): Promise<AnonymisationOutcome> {
  const centreId = ctx.actor.centreId;
  return deps.db.transaction().execute(async (trx) => {
    const approval = await lockRetentionAnonymisation(trx, centreId, participantId);
    if (!approval) return 'NOT_APPROVED';
    if (approval.status === 'DONE') return 'ALREADY_DONE';
    const standing = await retentionStandingOf(trx, centreId, participantId, deps);
    if (!standing?.due) return 'NOT_DUE';

    await openAnonymisationDoor(trx);
    const p = await trx
      .selectFrom('participants')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    const pseudonym = approval.pseudonym;
    const tokens = identifyingTokens({
      firstName: p.first_name,
      lastName: p.last_name,
      pesel: p.pesel,
      phone: p.phone,
      email: p.email,
      bankAccount: p.bank_account,
      street: p.street,
      buildingNo: p.building_no,
    });

    await trx
      .updateTable('participants')
      .set({
        first_name: 'Osoba',
        last_name: pseudonym,
        name_key: personNameKey('Osoba', pseudonym),
        pesel: null,
        birth_date: birthYearOnly(p.birth_date),
        street: null,
        building_no: null,
        flat_no: null,
        postal_code: null,
        city: null,
        phone: null,
        email: null,
        bank_account: null,
        eligibility_justification: null,
        version: sql`version + 1`,
        updated_at: new Date(),
      })
      .where('centre_id', '=', centreId)
      .where('id', '=', participantId)
      .execute();
    const mine = sql`centre_id = ${centreId} and participant_id = ${participantId}`;
    await sql`update referrals set referring_body = null, referring_body_address = null, ops_opinion = null,
      notes = null where ${mine}`.execute(trx);
    await sql`update participant_documents set content = ${PLACEHOLDER}, size_bytes = ${PLACEHOLDER.length},
      sha256 = ${PLACEHOLDER_SHA}, media_type = 'text/plain', file_name = 'usuniety-plik.txt',
      description = null where ${mine}`.execute(trx);
    await sql`update eligibility_evidence set document_number = null, issuer = null
      where ${mine}`.execute(trx);
    await sql`update eligibility_decisions set justification = null, note = null
      where ${mine}`.execute(trx);
    await sql`update programmes set vocational_scope = '', vocational_forms = '', social_scope = '',
      social_forms = '', exit_justification = null where ${mine}`.execute(trx);
    await sql`update follow_ups set note = null where ${mine}`.execute(trx);
    await sql`update attendance_entries set sick_note_number = null where ${mine}`.execute(trx);
    await sql`update bonus_proposals set justification = ${REMOVED} where ${mine}`.execute(trx);
    await sql`update payroll_corrections set reason = ${REMOVED} where ${mine}`.execute(trx);
    await sql`update participant_changes set changes = coalesce((select jsonb_agg(jsonb_build_object(
        'field', c->'field', 'from', null, 'to', null)) from jsonb_array_elements(changes) c), '[]'::jsonb)
      where ${mine}`.execute(trx);

    // Rows whose JSON or text arrays may carry the person inside: scrubbed value by value.
    const lines = await trx
      .selectFrom('payroll_lines')
      .select(['id', 'inputs', 'explanation'])
      .where('centre_id', '=', centreId)
      .where('participant_id', '=', participantId)
      .execute();
    for (const line of lines)
      await trx
        .updateTable('payroll_lines')
        .set({
          name: pseudonym,
          pesel: null,
          bank_account: null,
          inputs: JSON.stringify(scrubTokens(asJson(line.inputs), tokens, pseudonym)),
          explanation: scrubTokens(line.explanation, tokens, pseudonym) as string[],
        })
        .where('id', '=', line.id)
        .execute();
    await scrubProgrammeVersions(trx, centreId, participantId, tokens, pseudonym);
    // The other modules' tables (events, EU projects, outcomes, services …): each module's own step.
    await runAnonymisationSteps(trx, { centreId, participantId, pseudonym, tokens });
    await scrubDecisionReasons(trx, centreId, participantId, tokens, pseudonym);
    await scrubAudit(trx, centreId, participantId, tokens, pseudonym);
    await scrubJobRuns(trx, centreId, tokens, pseudonym);
    await safetyNet(trx, centreId, participantId, tokens, pseudonym);

    await trx
      .updateTable('retention_anonymisations')
      .set({ status: 'DONE', done_at: deps.now() })
      .where('id', '=', approval.id)
      .execute();
    await audit(trx, ctx, 'participant.anonymise', 'participant', participantId, {
      person: pseudonym,
      servicesEndedOn: approval.services_ended_on,
      retentionEndsOn: approval.retention_ends_on,
    });
    return 'ANONYMISED';
  });
}

/**
 * The one door through the append-only audit log and the frozen payroll (migration 0020): open for the rest
 * of this transaction only.
 */
export async function openAnonymisationDoor(trx: Db): Promise<void> {
  await sql`select set_config('reintegra.anonymisation', 'on', true)`.execute(trx);
}

const FREE_TEXT_SNAPSHOT_KEYS = ['vocational_scope', 'vocational_forms', 'social_scope', 'social_forms'];

async function scrubProgrammeVersions(
  db: Db,
  centreId: string,
  participantId: string,
  tokens: string[],
  ps: string,
) {
  const versions = await db
    .selectFrom('programme_versions as v')
    .innerJoin('programmes as g', 'g.id', 'v.programme_id')
    .select(['v.id', 'v.snapshot'])
    .where('g.centre_id', '=', centreId)
    .where('g.participant_id', '=', participantId)
    .execute();
  for (const v of versions) {
    const snap = { ...((asJson(v.snapshot) as Json) ?? {}) };
    for (const key of FREE_TEXT_SNAPSHOT_KEYS) if (key in snap) snap[key] = '';
    if ('exit_justification' in snap) snap.exit_justification = null;
    await db
      .updateTable('programme_versions')
      .set({ snapshot: JSON.stringify(scrubTokens(snap, tokens, ps)), reason: null })
      .where('id', '=', v.id)
      .execute();
  }
}

async function scrubDecisionReasons(
  db: Db,
  centreId: string,
  participantId: string,
  tokens: string[],
  ps: string,
) {
  const decisions = await db
    .selectFrom('eligibility_decisions')
    .select(['id', 'reasons'])
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .execute();
  for (const d of decisions)
    await db
      .updateTable('eligibility_decisions')
      .set({ reasons: JSON.stringify(scrubTokens(asJson(d.reasons), tokens, ps)) })
      .where('id', '=', d.id)
      .execute();
}

/**
 * Audit entries about the person (on their record or on one of their referrals, documents, programmes …)
 * keep only ids, dates, codes and field names; any other entry of the centre that mentions them (a search
 * by name, an import result) has those mentions replaced by the pseudonym. Runs only in a transaction
 * that opened the anonymisation door ({@link openAnonymisationDoor}).
 */
export async function scrubAudit(
  db: Db,
  centreId: string,
  participantId: string,
  tokens: string[],
  ps: string,
) {
  const own = await sql<{ id: string }>`
    select id::text as id from referrals where centre_id = ${centreId} and participant_id = ${participantId}
    union all select id::text from participant_documents where centre_id = ${centreId} and
      participant_id = ${participantId}
    union all select id::text from programmes where centre_id = ${centreId} and participant_id = ${participantId}
    union all select id::text from eligibility_evidence where centre_id = ${centreId} and
      participant_id = ${participantId}
    union all select id::text from eligibility_decisions where centre_id = ${centreId} and
      participant_id = ${participantId}
    union all select id::text from follow_ups where centre_id = ${centreId} and participant_id = ${participantId}
    union all select id::text from bonus_proposals where centre_id = ${centreId} and participant_id = ${participantId}
    union all select id::text from payroll_corrections where centre_id = ${centreId} and
      participant_id = ${participantId}`.execute(db);
  const ids = [
    participantId,
    ...own.rows.map((r) => r.id),
    ...(await stepAuditEntityIds(db, { centreId, participantId })),
  ];
  const about = sql`entity_id in (${sql.join(ids)}) or details->>'participantId' = ${participantId}`;
  await scrubAuditEntries(db, centreId, about, tokens, ps);
}

/** Finished jobs' answers (an import's row list) may name the person: the mentions become the pseudonym. */
async function scrubJobRuns(db: Db, centreId: string, tokens: string[], ps: string) {
  if (tokens.length === 0) return;
  const hits = sql.join(
    tokens.map(
      (t) => sql`position(${t} in lower(coalesce(input::text, '') || coalesce(result::text, ''))) > 0`,
    ),
    sql` or `,
  );
  const rows = await sql<{ id: string; input: unknown; result: unknown }>`
    select id, input, result from job_runs where centre_id = ${centreId} and (${hits})`.execute(db);
  for (const r of rows.rows)
    await db
      .updateTable('job_runs')
      .set({
        input: JSON.stringify(scrubTokens(asJson(r.input), tokens, ps)),
        result: r.result === null ? null : JSON.stringify(scrubTokens(asJson(r.result), tokens, ps)),
      })
      .where('id', '=', r.id)
      .execute();
}

/**
 * Tables added after this job was written (any table with the person's `participant_id`): a text value
 * that contains one of the person's identifying values is replaced, so nothing identifying survives in
 * a module that forgot to tell the anonymiser about its columns.
 */
async function safetyNet(db: Db, centreId: string, participantId: string, tokens: string[], ps: string) {
  if (tokens.length === 0) return;
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    where c.table_schema = current_schema() and c.data_type in ('text', 'character varying', 'jsonb')
      and exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema
        and k.table_name = c.table_name and k.column_name = 'participant_id')
      and exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema
        and k.table_name = c.table_name and k.column_name = 'centre_id')`.execute(db);
  for (const col of columns.rows) {
    if (HANDLED.has(col.table_name) || STEP_TABLES.has(col.table_name)) continue;
    const table = sql.table(col.table_name);
    const column = sql.ref(col.column_name);
    const hit = sql.join(
      tokens.map((t) => sql`position(${t} in lower(${column}::text)) > 0`),
      sql` or `,
    );
    if (col.data_type === 'jsonb') {
      const rows = await sql<{ ctid: string; value: unknown }>`select ctid::text as ctid, ${column} as value
        from ${table} where centre_id = ${centreId} and participant_id = ${participantId} and (${hit})`.execute(
        db,
      );
      for (const r of rows.rows)
        await sql`update ${table} set ${column} = ${JSON.stringify(scrubTokens(asJson(r.value), tokens, ps))}::jsonb
          where ctid = ${r.ctid}::tid`.execute(db);
    } else {
      await sql`update ${table} set ${column} = ${ps} where centre_id = ${centreId}
        and participant_id = ${participantId} and (${hit})`.execute(db);
    }
  }
}
