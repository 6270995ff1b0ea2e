import type { FollowUpRecordSchema, Pathway, TimelineEvent } from '../../contracts/pathway.contract';
import type { z } from 'zod';
import {
  countOccupancy,
  listDecisions,
  listDocuments,
  listEvidence,
  listFollowUps,
  listProgrammes,
  listProgrammeVersions,
  listReferrals,
  recordFollowUp,
} from '../../db/pathway.repository';
import { addDays } from '../../domain/calendar';
import { AppError, notFound } from '../app-error';
import { recordSensitiveRead } from '../audit/record-sensitive-read';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { toDecision, toEvidence } from './eligibility';
import { findParticipantChanges } from '../../db/participant.repository';
import { fieldLabel, toProgramme } from './programme-record';
import { toDocument, toReferral } from './referrals';
import { recordOutcome } from '../reports/record-outcome';
import {
  audit,
  centreOf,
  iso,
  participantOr404,
  requirePathwayEditor,
  seesPathwayDetails,
  todayInPoland,
} from './shared';

const APPLICANTS: Record<string, string> = {
  SELF: 'wniosek własny',
  LEGAL_REPRESENTATIVE: 'wniosek przedstawiciela ustawowego',
  OPS: 'wniosek OPS/CUS',
  PCPR: 'wniosek PCPR',
  ADDICTION_TREATMENT: 'wniosek zakładu lecznictwa odwykowego',
  NGO: 'wniosek organizacji pozarządowej',
  KIS: 'wniosek KIS',
  PUP: 'wniosek PUP',
};
export const EXIT_LABELS: Record<string, string> = {
  COMPLETED: 'zakończenie programu',
  EMPLOYMENT: 'podjęcie zatrudnienia',
  SOCIAL_COOPERATIVE: 'przystąpienie do spółdzielni socjalnej lub jej założenie',
  OWN_BUSINESS: 'rozpoczęcie działalności gospodarczej',
  PERSISTENT_VIOLATION:
    'zaprzestanie realizacji programu — uporczywe naruszanie jego postanowień (art. 13 ust. 4 pkt 1)',
  PERMANENT_ABANDONMENT:
    'zaprzestanie realizacji programu — trwałe zaprzestanie uczestnictwa w zajęciach (art. 13 ust. 4 pkt 2)',
  WITHDRAWAL: 'oświadczenie uczestnika o rezygnacji (art. 13 ust. 4 pkt 3)',
};
/** Follow-up outcomes in plain Polish for the timeline (never the stored code). */
const FOLLOW_UP_OUTCOME_LABELS: Record<string, string> = {
  EMPLOYED: 'pracuje',
  SELF_EMPLOYED: 'prowadzi działalność',
  SOCIAL_COOPERATIVE: 'w spółdzielni socjalnej',
  IN_EDUCATION: 'uczy się',
  UNEMPLOYED: 'bez pracy',
  NO_CONTACT: 'brak kontaktu',
  OTHER: 'inna',
};

const VERSION_TITLES: Record<string, string> = {
  CREATED: 'Projekt programu',
  DRAFT_EDIT: 'Zmiana projektu programu',
  AMENDMENT: 'Aneks do programu',
  SIGNED: 'Podpisanie programu',
  EXTENSION: 'Przedłużenie uczestnictwa',
  EXIT: 'Zakończenie uczestnictwa',
  CLOSED: 'Zamknięcie programu',
};

/**
 * Everything about one participant's pathway. Director and social workers see referrals,
 * decisions (with the eligibility groups), evidence and scans — that read is audited; instructors
 * and accountants see the programme's dates, workshop and hours only.
 */
export async function getPathway(deps: AppDeps, ctx: CallContext, participantId: string): Promise<Pathway> {
  return deps.db.transaction().execute(async (trx) => {
    const person = await participantOr404(trx, ctx, participantId);
    const full = seesPathwayDetails(ctx);
    const today = todayInPoland(deps);
    const { settings } = await centreOf(trx, ctx);
    const centreId = ctx.actor.centreId;
    const programmeRows = await listProgrammes(trx, centreId, participantId);
    const versions = await listProgrammeVersions(
      trx,
      centreId,
      programmeRows.map((p) => p.id),
    );
    const programmes = programmeRows.map((p) => toProgramme(p, versions, today, full));
    const occupancy = await countOccupancy(trx, centreId);
    const timeline: TimelineEvent[] = [];
    const ev = (
      date: string,
      at: Date | string,
      kind: string,
      title: string,
      detail: string | null,
      refId: string | null,
    ) => timeline.push({ date, at: iso(at), kind, title, detail, refId });
    ev(
      iso(person.created_at).slice(0, 10),
      person.created_at,
      'REGISTERED',
      'Rejestracja osoby',
      null,
      person.id,
    );
    for (const v of versions) {
      const p = programmeRows.find((r) => r.id === v.programme_id)!;
      const detail =
        [
          v.changed_fields.length ? `zmienione: ${v.changed_fields.map(fieldLabel).join(', ')}` : null,
          full ? v.reason : null,
        ]
          .filter(Boolean)
          .join(' — ') || null;
      const date =
        v.change_kind === 'SIGNED'
          ? (p.signed_on ?? iso(v.changed_at).slice(0, 10))
          : v.change_kind === 'EXIT'
            ? (p.last_day ?? iso(v.changed_at).slice(0, 10))
            : iso(v.changed_at).slice(0, 10);
      ev(
        date,
        v.changed_at,
        `PROGRAMME_${v.change_kind}`,
        `${VERSION_TITLES[v.change_kind] ?? v.change_kind} ${p.number} (wersja ${v.version})`,
        detail,
        p.id,
      );
    }
    const followUpRows = await listFollowUps(trx, centreId, { participantId, openOnly: false });
    for (const f of followUpRows)
      if (f.done_on)
        ev(
          f.done_on,
          f.done_on,
          'FOLLOW_UP',
          `Kontakt po zakończeniu (${f.label === 'WEEKS_4' ? '4 tygodnie' : '6 miesięcy'})`,
          f.outcome ? `sytuacja osoby: ${FOLLOW_UP_OUTCOME_LABELS[f.outcome] ?? 'inna'}` : null,
          f.id,
        );
    for (const change of await findParticipantChanges(trx, centreId, participantId))
      ev(
        iso(change.changed_at).slice(0, 10),
        change.changed_at,
        'RECORD_CORRECTED',
        'Poprawka danych osoby',
        `${change.full_name ?? change.changed_by_email ?? ''}`.trim() || null,
        change.id,
      );
    const result: Pathway = {
      referrals: [],
      documents: [],
      programmes,
      timeline,
      followUps: followUpRows.map((f) => ({
        id: f.id,
        participantId: f.participant_id,
        participantName: `${f.first_name} ${f.last_name}`,
        programmeId: f.programme_id,
        label: f.label as 'WEEKS_4',
        dueOn: f.due_on,
        doneOn: f.done_on,
        outcome: f.outcome as never,
        note: full ? f.note : null,
      })),
      capacity: { places: settings.capacity, active: occupancy.active, waiting: occupancy.waiting },
      opsOpinionRequired: settings.communityInterviewRequired,
      hidden: full ? [] : ['referrals', 'decisions', 'evidence', 'documents'],
    };
    if (full) {
      const referrals = await listReferrals(trx, centreId, participantId);
      const decisions = await listDecisions(trx, centreId, participantId);
      const evidence = await listEvidence(trx, centreId, participantId);
      const documents = await listDocuments(trx, centreId, participantId);
      result.referrals = referrals.map(toReferral);
      result.decisions = decisions.map(toDecision);
      result.evidence = evidence.map(toEvidence);
      result.documents = documents.map(toDocument);
      for (const r of referrals)
        ev(
          r.received_on,
          r.created_at,
          'REFERRAL',
          `Skierowanie (${APPLICANTS[r.applicant_type] ?? r.applicant_type})`,
          r.referring_body,
          r.id,
        );
      for (const d of decisions) {
        ev(
          d.decided_on,
          d.created_at,
          'DECISION',
          d.outcome === 'ELIGIBLE'
            ? d.waiting_list
              ? 'Kwalifikacja pozytywna — lista oczekujących'
              : 'Kwalifikacja pozytywna'
            : 'Odmowa kwalifikacji',
          toDecision(d)
            .reasons.filter((r) => r.effect === 'blocks')
            .map((r) => `${r.message} (${r.article})`)
            .join('; ') || null,
          d.id,
        );
      }
      for (const d of documents)
        ev(
          iso(d.uploaded_at).slice(0, 10),
          d.uploaded_at,
          'DOCUMENT',
          `Dokument: ${d.file_name}`,
          d.description,
          d.id,
        );
      if (decisions.length || evidence.length) {
        await recordSensitiveRead(trx, ctx, {
          entityType: 'participant',
          entityId: participantId,
          fields: ['eligibilityDecisions', 'eligibilityEvidence'],
        });
      }
    }
    timeline.sort((a, b) => (a.date === b.date ? a.at.localeCompare(b.at) : a.date.localeCompare(b.date)));
    return result;
  });
}

/** Follow-up reminders of the centre (open ones due by a date, default a week ahead). */
export async function listCentreFollowUps(
  deps: AppDeps,
  ctx: CallContext,
  query: { dueBy?: string | undefined; all?: 'true' | 'false' | undefined },
) {
  requirePathwayEditor(ctx);
  const dueBy = query.dueBy ?? addDays(todayInPoland(deps), 7);
  const rows = await listFollowUps(deps.db, ctx.actor.centreId, {
    dueBy: query.all === 'true' ? undefined : dueBy,
    openOnly: query.all !== 'true',
  });
  return {
    items: rows.map((f) => ({
      id: f.id,
      participantId: f.participant_id,
      participantName: `${f.first_name} ${f.last_name}`,
      programmeId: f.programme_id,
      label: f.label as 'WEEKS_4',
      dueOn: f.due_on,
      doneOn: f.done_on,
      outcome: f.outcome as never,
      note: f.note,
    })),
    dueBy,
  };
}

/** Records how the person is doing after leaving (employment, education, no contact…). */
export async function recordFollowUpOutcome(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: z.infer<typeof FollowUpRecordSchema>,
) {
  requirePathwayEditor(ctx);
  if (input.doneOn > todayInPoland(deps))
    throw AppError.fields([
      { path: 'doneOn', code: 'DATE_IN_FUTURE', message: 'Data kontaktu nie może być z przyszłości.' },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    const row = await recordFollowUp(trx, ctx.actor.centreId, id, {
      done_on: input.doneOn,
      outcome: input.outcome,
      note: input.note,
      recorded_by: ctx.actor.userId,
    });
    if (!row) throw notFound();
    await recordOutcome(trx, ctx, {
      participantId: row.participant_id,
      programmeId: row.programme_id,
      followUpId: row.id,
      source: 'FOLLOW_UP',
      observedOn: input.doneOn,
      kind: input.outcome,
      situation: input.situation,
    });
    await audit(trx, ctx, 'follow_up.record', 'participant', row.participant_id, {
      followUpId: id,
      outcome: input.outcome,
    });
    const person = await participantOr404(trx, ctx, row.participant_id);
    return {
      id: row.id,
      participantId: row.participant_id,
      participantName: `${person.first_name} ${person.last_name}`,
      programmeId: row.programme_id,
      label: row.label as 'WEEKS_4',
      dueOn: row.due_on,
      doneOn: row.done_on,
      outcome: row.outcome as never,
      note: row.note,
    };
  });
}
