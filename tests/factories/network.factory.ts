import { hashPassword } from '../../src/app/auth/passwords';
import type { Db } from '../../src/db/connection';
import { insertUser } from '../../src/db/user.repository';
import { TEST_PASSWORD, uniqueEmail } from '../support/api';

/** One person's stay in a centre, as the network's indicators count it. */
export interface StaySpec {
  groups: string[];
  kind?: 'IPZS' | 'KIS_CONTRACT';
  admission: string;
  lastDay?: string;
  exitType?: string;
}

let seq = 0;

/**
 * Inserts people with their programmes straight into a centre's tables (hundreds in one go: the network
 * tests and the benchmark need realistic counts, not the admission path, which its own tests cover).
 */
export async function insertStays(db: Db, centreId: string, stays: readonly StaySpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < stays.length; i += 500) {
    const chunk = stays.slice(i, i + 500);
    const people = await db
      .insertInto('participants')
      .values(
        chunk.map((stay) => {
          const n = ++seq;
          return {
            centre_id: centreId,
            first_name: 'Osoba',
            last_name: `Sieciowa${n}`,
            name_key: `osoba sieciowa${n}`,
            birth_date: '1980-01-01',
            sex: n % 2 ? ('F' as const) : ('M' as const),
            status: stay.lastDay ? 'EXITED' : 'ACTIVE',
            eligibility_groups: stay.groups,
          };
        }),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('programmes')
      .values(
        chunk.map((stay, j) => ({
          centre_id: centreId,
          participant_id: people[j]!.id,
          kind: stay.kind ?? 'IPZS',
          number: `NET/${++seq}`,
          status: stay.lastDay ? 'CLOSED' : 'ACTIVE',
          admission_date: stay.admission,
          planned_end: '2027-12-31',
          last_day: stay.lastDay ?? null,
          exit_type: stay.exitType ?? null,
          responsible_persons: '[]',
        })),
      )
      .execute();
    ids.push(...people.map((p) => p.id));
  }
  return ids;
}

/** `n` stays of the same shape. */
export const stays = (n: number, spec: StaySpec): StaySpec[] => Array.from({ length: n }, () => spec);

/** An account with no centre at all — an OWES or ROPS coordinator of a network. */
export async function insertCoordinatorAccount(db: Db): Promise<string> {
  const email = uniqueEmail('koordynator');
  await insertUser(db, {
    email,
    full_name: 'Koordynatorka Sieci',
    password_hash: await hashPassword(TEST_PASSWORD),
  });
  return email;
}

/** A service of a centre's own catalogue (issue 17), with the workshop that performs it. */
export async function insertServiceItem(db: Db, centreId: string, name: string): Promise<string> {
  const workshop = await db
    .insertInto('workshops')
    .values({ centre_id: centreId, name: `Pracownia ${name}`, type: 'OTHER', capacity: 10 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await db
    .insertInto('service_items')
    .values({
      centre_id: centreId,
      workshop_id: workshop.id,
      name,
      kind: 'SERVICE',
      activity_type: 'GREEN_AREAS',
      unit: 'godz.',
      net_price: 6000,
      vat_rate: 'ZW',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return item.id;
}

/** `n` people in a centre's staff register with one function, from a date (open-ended unless `to`). */
export async function insertStaff(
  db: Db,
  centreId: string,
  n: number,
  fn: string,
  from: string,
  to: string | null = null,
): Promise<void> {
  if (n === 0) return;
  await db
    .insertInto('staff_members')
    .values(
      Array.from({ length: n }, (_, i) => ({
        centre_id: centreId,
        full_name: `Pracownik ${fn} ${++seq}-${i}`,
        function: fn,
        basis: 'EMPLOYMENT_CONTRACT',
        fte_milli: 1000,
        from_date: from,
        to_date: to,
      })),
    )
    .execute();
}

/** A centre's own EU project with people enrolled: `completed` ended as planned, `employed` of them employed. */
export async function insertEuProject(
  db: Db,
  centreId: string,
  people: readonly string[],
  outcome: { completed: number; employed: number },
): Promise<string> {
  const project = await db
    .insertInto('eu_projects')
    .values({
      centre_id: centreId,
      number: `FELB.${++seq}`,
      title: 'Aktywni razem',
      programme: 'FEdL 2021–2027',
      priority: 'VI',
      start_date: '2026-01-01',
      end_date: '2027-12-31',
      targets: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('eu_project_participants')
    .values(
      people.map((participant_id, i) => ({
        centre_id: centreId,
        project_id: project.id,
        participant_id,
        project_start: '2026-02-01',
        support_start: '2026-02-01',
        support_end: i < outcome.completed ? '2026-10-31' : null,
        exit_as_planned: i < outcome.completed ? true : null,
        exit_situation: i < outcome.employed ? 'EMPLOYED' : null,
      })),
    )
    .execute();
  return project.id;
}
