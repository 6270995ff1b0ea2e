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
            status: 'IN_PROGRAMME',
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
