import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { findSensitiveReads } from '../../db/audit.repository';
import { DAY_STATUS_LABELS } from '../../domain/attendance/validate-entries';
import { decimal, zloty } from '../../domain/polish-format';
import { renderSubjectCopy } from '../../reports/pdf/privacy-documents.pdf';
import { shortDate } from '../../reports/pdf/wording';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { centreLetterhead } from './privacy-documents';
import { stepCopies } from './anonymisation-steps';
import { requireAction } from './present-authorisation';

/** Tables that hold one person's rows (by participant_id), in the order the copy lists them. */
const PERSON_TABLES = [
  'referrals',
  'participant_documents',
  'eligibility_evidence',
  'eligibility_decisions',
  'programmes',
  'follow_ups',
  'workshop_assignments',
  'attendance_entries',
  'social_activity_participants',
  'payroll_lines',
  'bonus_proposals',
  'payroll_corrections',
] as const;

const GROUP_PL: Record<string, string> = {
  HOMELESS: 'osoba bezdomna (art. 1 ust. 2 pkt 1)',
  ALCOHOL_ADDICTION: 'osoba uzależniona od alkoholu (pkt 2)',
  DRUG_ADDICTION: 'osoba uzależniona od narkotyków (pkt 3)',
  MENTAL_DISORDER: 'osoba z zaburzeniami psychicznymi (pkt 4)',
  LONG_TERM_UNEMPLOYED: 'osoba długotrwale bezrobotna (pkt 5)',
  RELEASED_FROM_PRISON: 'osoba zwalniana z zakładu karnego (pkt 6)',
  REFUGEE: 'uchodźca (pkt 7)',
  DISABILITY: 'osoba niepełnosprawna (pkt 8)',
  OTHER: 'inna osoba (art. 1 ust. 3 — uzasadnienie w aktach)',
};

type Row = Record<string, unknown>;

// File contents stay out of the copy's data (the scans themselves are handed over separately on request).
const withoutBytes = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => !(v instanceof Uint8Array))
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );

async function loadPerson(db: Db, centreId: string, participantId: string) {
  const participant = await db
    .selectFrom('participants')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!participant) return undefined;
  const related: Record<string, Row[]> = {};
  for (const table of PERSON_TABLES) {
    const rows = await sql<Row>`select * from ${sql.table(table)}
      where centre_id = ${centreId} and participant_id = ${participantId}`.execute(db);
    related[table] = rows.rows.map(withoutBytes);
  }
  // The other modules' rows about the person (events, EU projects, outcomes, service jobs): their steps.
  Object.assign(related, await stepCopies(db, centreId, participantId));
  const months = await db
    .selectFrom('payroll_lines as l')
    .innerJoin('payroll_months as m', 'm.id', 'l.payroll_id')
    .select(['l.id', 'm.month'])
    .where('l.centre_id', '=', centreId)
    .where('l.participant_id', '=', participantId)
    .execute();
  const reads = await findSensitiveReads(db, { centreId, participantId, limit: 100000 });
  const { name_key: _key, version: _version, ...record } = withoutBytes(participant as unknown as Row);
  return {
    participant: record,
    related,
    payrollMonthOf: new Map(months.map((m) => [m.id, m.month])),
    reads: reads.map((r) => ({
      occurredAt: new Date(r.occurred_at).toISOString(),
      account: r.actor_email,
      action: r.action,
      fields: Array.isArray(r.details.fields) ? r.details.fields : [],
    })),
  };
}

async function loadOr404(deps: AppDeps, ctx: CallContext, participantId: string) {
  requireAction(ctx, 'privacy.subjectCopy');
  const person = await loadPerson(deps.db, ctx.actor.centreId, participantId);
  if (!person) throw notFound();
  return person;
}

/**
 * Everything held about one person (GDPR art. 15) as machine-readable JSON: the record, every row of the
 * pathway, documents (without file contents), attendance, payments, and who read the sensitive parts.
 * Director only; each copy is logged as a read of all the person's data.
 */
export async function subjectCopyJson(deps: AppDeps, ctx: CallContext, participantId: string) {
  const person = await loadOr404(deps, ctx, participantId);
  await audit(deps.db, ctx, 'participant.subject_copy', 'participant', participantId, {
    format: 'json',
    fields: ['everything'],
  });
  return {
    generatedAt: deps.now().toISOString(),
    legalBasis: 'art. 15 RODO',
    participant: person.participant,
    ...person.related,
    sensitiveDataReads: person.reads,
  };
}

/** The modules' rows (their steps' copies) in the person's words: one line per event, project, outcome, job. */
function otherActivities(r: Record<string, Row[]>) {
  const rows: string[][] = [];
  for (const c of r.event_certificates ?? [])
    rows.push([
      'Zaświadczenie z wydarzenia',
      `${text(c.event_title) ?? ''}, nr ${text(c.number) ?? ''}, ${date(c.issued_on)}`,
    ]);
  for (const e of r.eu_project_participants ?? [])
    rows.push([
      'Projekt współfinansowany z UE',
      `wsparcie od ${date(e.support_start)}${e.support_end ? ` do ${date(e.support_end)}` : ''}`,
    ]);
  for (const o of r.participant_outcomes ?? [])
    rows.push(['Sytuacja po zakończeniu udziału', `${date(o.observed_on)}: ${text(o.work) ?? ''}`]);
  const days = r.service_job_days ?? [];
  if (days.length > 0) {
    const hours = days.reduce((sum, d) => sum + Number(d.hours ?? 0), 0);
    rows.push(['Zlecenia usług', `${days.length} dni pracy, razem ${decimal(hours, 2)} godz.`]);
  }
  return { header: ['Działanie', 'Szczegóły'], rows };
}

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
const date = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? shortDate(v.slice(0, 10)) : '';
const zl = (grosze: unknown) => zloty(Number(grosze));

/** The same copy as a PDF to hand to the person, in Polish, with the same sections. */
export async function subjectCopyPdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
): Promise<PdfFile> {
  const person = await loadOr404(deps, ctx, participantId);
  const { row: centre } = await centreOf(deps.db, ctx);
  const p = person.participant;
  const r = person.related;
  const name = `${p.first_name} ${p.last_name}`;
  const attendanceByMonth = new Map<string, Map<string, number>>();
  for (const e of r.attendance_entries ?? []) {
    const month = String(e.date).slice(0, 7);
    const counts = attendanceByMonth.get(month) ?? new Map<string, number>();
    counts.set(String(e.status), (counts.get(String(e.status)) ?? 0) + 1);
    attendanceByMonth.set(month, counts);
  }
  const bytes = await renderSubjectCopy({
    centre: centreLetterhead(centre),
    printedOn: todayInPoland(deps),
    personName: name,
    sections: [
      {
        title: '1. Dane w karcie uczestnika',
        facts: [
          ['Imiona i nazwisko', name],
          ['PESEL', text(p.pesel)],
          ['Data urodzenia', date(p.birth_date)],
          ['Płeć', p.sex === 'F' ? 'kobieta' : 'mężczyzna'],
          ['Obywatelstwo', text(p.citizenship)],
          [
            'Adres',
            [
              [p.street, [p.building_no, p.flat_no].filter(Boolean).join('/')].filter(Boolean).join(' '),
              [p.postal_code, p.city].filter(Boolean).join(' '),
            ]
              .filter(Boolean)
              .join(', '),
          ],
          ['Telefon', text(p.phone)],
          ['E-mail', text(p.email)],
          ['Numer rachunku', text(p.bank_account)],
          [
            'Grupy z art. 1 ust. 2 ustawy',
            ((p.eligibility_groups as string[] | null) ?? []).map((g) => GROUP_PL[g] ?? g).join('; '),
          ],
          ['Uzasadnienie kwalifikacji', text(p.eligibility_justification)],
          ['Data przekazania klauzuli informacyjnej', date(p.informed_on)],
        ],
      },
      {
        title: '2. Skierowania',
        table: {
          header: ['Data skierowania', 'Podmiot kierujący', 'Data wpływu'],
          rows: (r.referrals ?? []).map((x) => [
            date(x.referred_on),
            text(x.referring_body) ?? '',
            date(x.received_on),
          ]),
        },
      },
      {
        title: '3. Dokumenty w aktach',
        table: {
          header: ['Plik', 'Opis', 'Przyjęto'],
          rows: (r.participant_documents ?? []).map((x) => [
            text(x.file_name) ?? '',
            text(x.description) ?? '',
            date(x.uploaded_at),
          ]),
        },
      },
      {
        title: '4. Program zatrudnienia socjalnego / kontrakt socjalny',
        table: {
          header: ['Numer', 'Rodzaj', 'Przyjęcie', 'Planowany koniec'],
          rows: (r.programmes ?? []).map((x) => [
            text(x.number) ?? '',
            x.kind === 'IPZS' ? 'IPZS' : 'kontrakt socjalny',
            date(x.admission_date),
            date(x.planned_end),
          ]),
        },
      },
      {
        title: '5. Obecność (liczba dni w miesiącu)',
        table: {
          header: ['Miesiąc', 'Dni według rodzaju'],
          rows: [...attendanceByMonth.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([month, counts]) => [
              `${month.slice(5)}.${month.slice(0, 4)}`,
              [...counts.entries()]
                .map(([s, n]) => `${DAY_STATUS_LABELS[s as keyof typeof DAY_STATUS_LABELS] ?? 'inne'}: ${n}`)
                .join(', '),
            ]),
        },
      },
      {
        title: '6. Wypłaty (świadczenie integracyjne, premia, korekty)',
        table: {
          header: ['Miesiąc', 'Świadczenie', 'Premia', 'Razem'],
          rows: (r.payroll_lines ?? []).map((x) => {
            const month = person.payrollMonthOf.get(String(x.id)) ?? '';
            return [
              month ? `${month.slice(5)}.${month.slice(0, 4)}` : '',
              zl(x.benefit_grosze),
              zl(x.bonus_grosze),
              zl(x.total_grosze),
            ];
          }),
        },
      },
      { title: '7. Udział w innych działaniach centrum', table: otherActivities(r) },
      {
        title: '8. Kto odczytywał dane szczególnych kategorii',
        table: {
          header: ['Czas', 'Konto pracownika'],
          rows: person.reads.map((x) => [
            new Intl.DateTimeFormat('pl-PL', {
              timeZone: 'Europe/Warsaw',
              dateStyle: 'short',
              timeStyle: 'short',
            }).format(new Date(x.occurredAt)),
            x.account ?? '',
          ]),
        },
      },
    ],
  });
  await audit(deps.db, ctx, 'participant.subject_copy', 'participant', participantId, {
    format: 'pdf',
    fields: ['everything'],
  });
  return { bytes, fileName: `kopia-danych-${String(p.last_name).toLowerCase()}.pdf` };
}
