import type { Db } from '../../src/db/connection';
import type { ApiClient } from '../support/api';
import { insertPartner } from './partner.factory';

/**
 * One small year (2026) of a centre's other activity, built through the API by the director — the figures
 * each test expects are counted by hand from this set-up:
 * - a course in March 2026 ("Obsługa komputera"): 2 sessions of 2 h; participants Kowalska Ewa and Nowak Ewa
 *   and a senior, Helena Senior; Nowak is absent from the second session; certificates issued on 4 March
 *   (completion is 80 % of 4 h: Kowalska and Helena);
 * - a forum in October 2025 (counts in 2025, not 2026);
 * - the senior club "Ogród Inspiracji": Józef and Irena Senior, two meetings in February 2026, only Józef came;
 * - volunteers with written agreements: Wanda (F, 2026, 180 min of sewing), Marek (M, 2026, with
 *   `marekMinutes` of board games if given) and Piotr (M, 2025 only);
 * - in-kind: two donations of 10 m of cotton from Jan Darczyńca in April 2026 (the first worth 750,00 zł,
 *   the second of unknown value) and one delivery of 2,5 m to DPS „Jesień” on 20 April.
 */
export async function buildActivityYear(
  d: ApiClient,
  db: Db,
  centreId: string,
  options: { marekMinutes?: number } = {},
) {
  const dps = await insertPartner(db, centreId, { kind: 'DPS', name: 'DPS „Jesień”' });
  const people: string[] = [];
  for (const lastName of ['Kowalska', 'Nowak'])
    people.push(
      (
        await d.post('/api/v1/participants', {
          firstName: 'Ewa',
          lastName,
          birthDate: '1980-01-01',
          sex: 'F',
        })
      ).json().id,
    );
  const course = (
    await d.post('/api/v1/events', {
      kind: 'PARTICIPANT_TRAINING_OWN',
      title: 'Obsługa komputera',
      startsOn: '2026-03-02',
      endsOn: '2026-03-03',
    })
  ).json().id;
  for (const heldOn of ['2026-03-02', '2026-03-03'])
    await d.post(`/api/v1/events/${course}/sessions`, {
      heldOn,
      startsAt: '10:00',
      endsAt: '12:00',
      topic: 'Zajęcia',
    });
  for (const participantId of people)
    await d.post(`/api/v1/events/${course}/registrations`, { kind: 'PARTICIPANT', participantId });
  await d.post(`/api/v1/events/${course}/registrations`, {
    kind: 'PERSON',
    person: { fullName: 'Helena Senior', consentOn: '2026-02-20' },
  });
  const detail = (await d.get(`/api/v1/events/${course}`)).json();
  for (const [i, s] of detail.sessions.entries())
    await d.request('PUT', `/api/v1/events/${course}/sessions/${s.id}/attendance`, {
      entries: detail.registrations.map((r: { id: string }, n: number) => ({
        registrationId: r.id,
        present: !(n === 1 && i === 1),
      })),
    });
  const certificates = await d.post(`/api/v1/events/${course}/certificates`, { issuedOn: '2026-03-04' });
  await d.post('/api/v1/events', {
    kind: 'FORUM',
    title: 'Forum 2025',
    startsOn: '2025-10-10',
    endsOn: '2025-10-10',
  });

  const club = (await d.post('/api/v1/groups', { name: 'Ogród Inspiracji' })).json().id;
  const members = [];
  for (const fullName of ['Józef Senior', 'Irena Senior'])
    members.push(
      (
        await d.post(`/api/v1/groups/${club}/members`, {
          person: { fullName, consentOn: '2026-01-05' },
          joinedOn: '2026-01-05',
        })
      ).json(),
    );
  const jozef = members[1].members.find((m: { name: string }) => m.name === 'Józef Senior').id;
  for (const heldOn of ['2026-02-01', '2026-02-08'])
    await d.post(`/api/v1/groups/${club}/meetings`, {
      heldOn,
      topic: 'Zdrowe odżywianie',
      presentMemberIds: [jozef],
    });

  const volunteer = async (firstName: string, sex: string, validFrom: string, validUntil: string) => {
    const id = (
      await d.post('/api/v1/volunteers', { firstName, lastName: 'W', sex, birthDate: '1970-01-01' })
    ).json().id;
    await d.post(`/api/v1/volunteers/${id}/agreements`, {
      signedOn: validFrom,
      validFrom,
      validUntil,
      scope: 'Pomoc',
      written: true,
    });
    return id;
  };
  const wanda = await volunteer('Wanda', 'F', '2026-04-01', '2026-06-30');
  const marek = await volunteer('Marek', 'M', '2026-04-01', '2026-06-30');
  await volunteer('Piotr', 'M', '2025-04-01', '2025-06-30');
  await d.post(`/api/v1/volunteers/${wanda}/activities`, {
    doneOn: '2026-04-10',
    activity: 'Szycie',
    minutes: 180,
  });
  if (options.marekMinutes)
    await d.post(`/api/v1/volunteers/${marek}/activities`, {
      doneOn: '2026-05-10',
      activity: 'Gry planszowe',
      minutes: options.marekMinutes,
    });

  for (const receivedOn of ['2026-04-01', '2026-04-15'])
    await d.post('/api/v1/inkind/donations', {
      donorName: 'Jan Darczyńca',
      receivedOn,
      items: [
        {
          name: 'Bawełna',
          unit: 'METRE',
          quantity: '10',
          valueGrosze: receivedOn === '2026-04-01' ? 75000 : null,
        },
      ],
    });
  const item = (await d.get('/api/v1/inkind/stock')).json().items[0].id;
  await d.post('/api/v1/inkind/deliveries', {
    itemId: item,
    from: { kind: 'CENTRE', id: null },
    recipientPartnerId: dps.id,
    quantity: '2,5',
    deliveredOn: '2026-04-20',
    receivedBy: 'Kierownik DPS',
  });
  return {
    dps,
    people,
    course,
    certificatesStatus: certificates.statusCode,
    courseNames: ['Kowalska Ewa', 'Nowak Ewa'],
  };
}
