import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { shortDate } from '../../reports/pdf/wording';

const q = async <T>(db: Db, query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;

/**
 * What the newer modules hold about a person that must stay, as Polish reasons (empty: nothing stands in
 * the way of erasing a mistaken record). A service given or a document issued stays (an event attended or a
 * certificate numbered, a day worked on a service order, in-kind help handed over, EU project support
 * begun); a transfer still waiting at another centre must be withdrawn first. What is only a sign-up
 * (an event registration without attendance, a group membership never attended, a crew or stand
 * assignment without a day worked, a project enrolment whose support has not begun) goes with the mistake
 * ({@link removeMistakenDependants}). Placements, graduates' follow-ups, supported employment and outcomes
 * exist only on a programme, so the retention duty already refuses them.
 */
export async function findErasureBlockers(
  db: Db,
  centreId: string,
  id: string,
  today: string,
): Promise<string[]> {
  const reasons: string[] = [];
  const attended = await q<{ title: string; number: string | null }>(
    db,
    sql`select e.title, c.number from event_registrations r join events e on e.id = r.event_id
      left join event_certificates c on c.registration_id = r.id
      where r.centre_id = ${centreId} and r.participant_id = ${id}
        and (c.id is not null or exists (select 1 from event_attendance a
          where a.registration_id = r.id and a.present))
      order by e.starts_on, e.title`,
  );
  for (const a of attended)
    reasons.push(
      a.number
        ? `Osoba otrzymała zaświadczenie nr ${a.number} z wydarzenia „${a.title}” ` +
            `— wydany dokument zostaje w ewidencji.`
        : `Osoba była obecna na wydarzeniu „${a.title}” — lista obecności zostaje w dokumentacji wydarzenia.`,
    );
  const groups = await q<{ name: string }>(
    db,
    sql`select distinct g.name from group_members m join standing_groups g on g.id = m.group_id
      where m.centre_id = ${centreId} and m.participant_id = ${id}
        and exists (select 1 from group_attendance a where a.member_id = m.id and a.present)
      order by g.name`,
  );
  for (const g of groups)
    reasons.push(
      `Osoba uczestniczyła w spotkaniach grupy „${g.name}” — obecności zostają w dokumentacji grupy.`,
    );
  const worked = await q<{ number: string; days: number }>(
    db,
    sql`select o.number, count(*)::int as days from service_job_days d join service_jobs j on j.id = d.job_id
      join service_orders o on o.id = j.order_id
      where d.centre_id = ${centreId} and d.participant_id = ${id} group by o.number order by o.number`,
  );
  for (const w of worked)
    reasons.push(
      `Osoba pracowała przy zleceniu nr ${w.number} (dni pracy: ${w.days}) — ewidencja pracy i przychodów zostaje.`,
    );
  const inkind = await q<{ n: number }>(
    db,
    sql`select count(*)::int as n from inkind_movements where centre_id = ${centreId}
      and holder_kind = 'PARTICIPANT' and holder_id = ${id}`,
  );
  if ((inkind[0]?.n ?? 0) > 0)
    reasons.push(
      'Osobie wydano pomoc rzeczową — protokoły wydania i stan magazynu zostają w ewidencji darów.',
    );
  const projects = await q<{ title: string; number: string; support_start: string }>(
    db,
    sql`select p.title, p.number, e.support_start::text as support_start from eu_project_participants e
      join eu_projects p on p.id = e.project_id
      where e.centre_id = ${centreId} and e.participant_id = ${id} and e.support_start <= ${today}::date
      order by p.number`,
  );
  for (const p of projects)
    reasons.push(
      `Osoba jest uczestnikiem projektu „${p.title}” (${p.number}), wsparcie od ${shortDate(p.support_start)} — ` +
        'dane uczestnika są dokumentacją projektu i wskaźników; można je sprostować.',
    );
  const waiting = await q<{ name: string; sent_on: string }>(
    db,
    sql`select c.name, to_char(t.sent_at at time zone 'Europe/Warsaw', 'YYYY-MM-DD') as sent_on
      from network_transfers t join centres c on c.id = t.to_centre_id
      where t.from_centre_id = ${centreId} and t.participant_id = ${id} and t.status = 'SENT'
      order by t.sent_at`,
  );
  for (const t of waiting)
    reasons.push(
      `Dane osoby wysłano ${shortDate(t.sent_on)} do ${t.name} i przekazanie czeka na decyzję — najpierw je wycofaj.`,
    );
  return reasons;
}

/**
 * Removes, inside the erasure's transaction, what only signed the mistaken record up (see
 * {@link findErasureBlockers}); answered transfers keep their row with the person's reference cleared
 * by the database (`on delete set null`), their free text scrubbed by the caller's audit scrub.
 */
export async function removeMistakenDependants(db: Db, centreId: string, id: string): Promise<void> {
  const mine = sql`centre_id = ${centreId} and participant_id = ${id}`;
  await sql`delete from event_attendance where centre_id = ${centreId}
    and registration_id in (select id from event_registrations where ${mine})`.execute(db);
  await sql`delete from event_registrations where ${mine}`.execute(db);
  await sql`delete from group_attendance where centre_id = ${centreId}
    and member_id in (select id from group_members where ${mine})`.execute(db);
  await sql`delete from group_members where ${mine}`.execute(db);
  await sql`delete from service_job_crew where ${mine}`.execute(db);
  await sql`delete from service_stand_crew where ${mine}`.execute(db);
  await sql`delete from eu_project_participants where ${mine}`.execute(db);
}
