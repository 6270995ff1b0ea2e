import type { Role } from '../../contracts/common';
import {
  DecisionCreateSchema,
  ProgrammeCreateSchema,
  ProgrammeExitSchema,
  ReferralCreateSchema,
} from '../../contracts/pathway.contract';
import { ParticipantCreateSchema } from '../../contracts/participant.contract';
import { findCentreById } from '../../db/centre.repository';
import { addDays, addMonthsClamped } from '../../domain/calendar';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { registerParticipant } from '../participants/manage-participants';
import { decideEligibility } from '../pathway/eligibility';
import { exitProgramme, recordBenefitApplication } from '../pathway/programme-end';
import { createProgramme, signProgramme } from '../pathway/programmes';
import { createReferral } from '../pathway/referrals';
import { todayInPoland } from '../pathway/shared';
import { assignToWorkshop, createWorkshop } from '../workshops/manage-workshops';

/** A valid PESEL for a birth date and sex (fictional people only). */
export function demoPesel(birthDate: string, sex: 'F' | 'M', serial: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const month = m + (y >= 2000 ? 20 : 0);
  const sexDigit = sex === 'F' ? (serial * 2) % 10 : (serial * 2 + 1) % 10;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const body = `${pad(y % 100)}${pad(month)}${pad(d)}${pad(serial % 1000, 3)}${sexDigit}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

type Stage =
  | 'REFERRED'
  | 'REFUSED'
  | 'ELIGIBLE'
  | 'ACTIVE'
  | 'EXITED_EMPLOYMENT'
  | 'EXITED_COMPLETED'
  | 'WAITING';
const PEOPLE: {
  first: string;
  last: string;
  birth: string;
  sex: 'F' | 'M';
  stage: Stage;
  monthsAgo: number;
  workshop: string;
  group: string;
}[] = [
  {
    first: 'Anna',
    last: 'Kowalczyk',
    birth: '1979-04-12',
    sex: 'F',
    stage: 'ACTIVE',
    monthsAgo: 5,
    workshop: 'Gastronomiczny',
    group: 'LONG_TERM_UNEMPLOYED',
  },
  {
    first: 'Bartosz',
    last: 'Wójcik',
    birth: '1986-11-02',
    sex: 'M',
    stage: 'ACTIVE',
    monthsAgo: 11,
    workshop: 'Remontowo-budowlany',
    group: 'ALCOHOL_ADDICTION',
  },
  {
    first: 'Celina',
    last: 'Zając',
    birth: '1991-07-23',
    sex: 'F',
    stage: 'ACTIVE',
    monthsAgo: 2,
    workshop: 'Ogrodniczy',
    group: 'LONG_TERM_UNEMPLOYED',
  },
  {
    first: 'Dariusz',
    last: 'Król',
    birth: '1970-01-30',
    sex: 'M',
    stage: 'ACTIVE',
    monthsAgo: 0,
    workshop: 'Remontowo-budowlany',
    group: 'HOMELESS',
  },
  {
    first: 'Ewa',
    last: 'Lewandowska',
    birth: '1983-03-15',
    sex: 'F',
    stage: 'ELIGIBLE',
    monthsAgo: 0,
    workshop: 'Gastronomiczny',
    group: 'DISABILITY',
  },
  {
    first: 'Filip',
    last: 'Mazur',
    birth: '1995-09-08',
    sex: 'M',
    stage: 'REFERRED',
    monthsAgo: 0,
    workshop: '',
    group: 'LONG_TERM_UNEMPLOYED',
  },
  {
    first: 'Grażyna',
    last: 'Pawlak',
    birth: '1961-12-19',
    sex: 'F',
    stage: 'REFUSED',
    monthsAgo: 1,
    workshop: '',
    group: 'LONG_TERM_UNEMPLOYED',
  },
  {
    first: 'Henryk',
    last: 'Dąbrowski',
    birth: '1975-05-05',
    sex: 'M',
    stage: 'EXITED_EMPLOYMENT',
    monthsAgo: 9,
    workshop: 'Ogrodniczy',
    group: 'RELEASED_FROM_PRISON',
  },
  {
    first: 'Irena',
    last: 'Szymańska',
    birth: '1968-08-27',
    sex: 'F',
    stage: 'EXITED_COMPLETED',
    monthsAgo: 14,
    workshop: 'Gastronomiczny',
    group: 'MENTAL_DISORDER',
  },
  {
    first: 'Jan',
    last: 'Kamiński',
    birth: '1989-02-14',
    sex: 'M',
    stage: 'WAITING',
    monthsAgo: 0,
    workshop: '',
    group: 'LONG_TERM_UNEMPLOYED',
  },
];

/**
 * Fictional participants at every stage of the pathway, dated relative to today, so the demo
 * shows referrals, decisions (a refusal, a waiting list), signed programmes, exits and follow-ups.
 * Goes through the real use cases, so every rule and audit entry applies.
 */
export async function seedDemoPathway(
  deps: AppDeps,
  centreId: string,
  director: { id: string; email: string },
  instructorIds: string[] = [],
): Promise<{ workshopIds: string[] }> {
  const ctx: CallContext = {
    actor: { userId: director.id, centreId, roles: ['DIRECTOR', 'SOCIAL_WORKER'] as Role[] },
    actorEmail: director.email,
    ip: null,
  };
  const today = todayInPoland(deps);
  const workshops = new Map<string, string>();
  for (const [name, type, place] of [
    ['Gastronomiczny', 'GASTRONOMY', 'ul. Przykładowa 1, kuchnia'],
    ['Remontowo-budowlany', 'RENOVATION_CONSTRUCTION', 'ul. Przykładowa 1, hala'],
    ['Ogrodniczy', 'GARDENING', 'szklarnia przy ul. Polnej'],
  ] as const) {
    const w = await createWorkshop(deps, ctx, { name, type, place, capacity: 10, instructorIds });
    workshops.set(name, w.id);
  }
  let serial = 100;
  for (const p of PEOPLE) {
    serial += 7;
    const admission = p.monthsAgo ? addMonthsClamped(today, -p.monthsAgo) : addDays(today, -7);
    const referredOn = addDays(admission, -30);
    if (p.stage === 'WAITING') {
      const centre = await findCentreById(deps.db, centreId);
      const settings = { ...(centre!.settings as Record<string, unknown>), capacity: 4 };
      await deps.db
        .updateTable('centres')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', centreId)
        .execute();
    }
    const person = await registerParticipant(
      deps,
      ctx,
      ParticipantCreateSchema.parse({
        firstName: p.first,
        lastName: p.last,
        pesel: demoPesel(p.birth, p.sex, serial),
        street: 'ul. Przykładowa',
        buildingNo: String((serial % 40) + 1),
        postalCode: '59-700',
        city: 'Bolesławiec',
        gminaCode: '0201011',
        phone: `600 000 ${String(serial).padStart(3, '0')}`,
        educationLevel: '3',
        bankAccount: '61109010140000071219812874',
      }),
    );
    const referral = await createReferral(
      deps,
      ctx,
      person.id,
      ReferralCreateSchema.parse({
        applicantType: p.stage === 'REFUSED' ? 'SELF' : 'OPS',
        referringBodyKind: 'OPS',
        referringBody: 'Miejski Ośrodek Pomocy Społecznej w Bolesławcu (DEMO)',
        referringBodyAddress: 'ul. Przykładowa 10, 59-700 Bolesławiec',
        referredOn,
        receivedOn: addDays(referredOn, 2),
        consentGiven: true,
        consentOn: referredOn,
        opsOpinionOn: addDays(referredOn, -1),
        opsOpinion: 'Wywiad środowiskowy przeprowadzony; opinia pozytywna (dane fikcyjne).',
      }),
    );
    if (p.stage === 'REFERRED') continue;
    await decideEligibility(
      deps,
      ctx,
      person.id,
      DecisionCreateSchema.parse({
        referralId: referral.id,
        decidedOn: addDays(referredOn, 7),
        groups: [p.group],
        declarationSigned: true,
        declaredBenefits: p.stage === 'REFUSED' ? ['RETIREMENT_PENSION'] : [],
      }),
    );
    if (p.stage === 'REFUSED' || p.stage === 'WAITING') continue;
    const programme = await createProgramme(
      deps,
      ctx,
      person.id,
      ProgrammeCreateSchema.parse({
        admissionDate: admission,
        workshop: p.workshop,
        weeklyHours: p.group === 'DISABILITY' ? 35 : 37.5,
        disabilityDegree: p.group === 'DISABILITY' ? 'MODERATE' : 'NONE',
        vocationalScope: `Nabycie umiejętności zawodowych w warsztacie: ${p.workshop.toLowerCase()}.`,
        vocationalForms: 'Zajęcia praktyczne w warsztacie, praktyka u pracodawcy.',
        socialScope: 'Odbudowa nawyku pracy, samodzielność w sprawach urzędowych.',
        socialForms: 'Trening umiejętności społecznych, poradnictwo psychologiczne, grupa wsparcia.',
        responsiblePersons: [
          { name: 'Barbara Socjalna', role: 'pracownik socjalny' },
          { name: 'Igor Instruktor', role: 'instruktor zawodu' },
        ],
      }),
    );
    if (p.stage === 'ELIGIBLE') continue;
    const justSigned = await signProgramme(deps, ctx, person.id, programme.id, {
      signedOn: admission,
      version: programme.version,
    });
    // The benefit is granted by the director on the participant's application (art. 15 ust. 4).
    const signed = await recordBenefitApplication(deps, ctx, person.id, programme.id, {
      applicationOn: admission,
      granted: true,
      grantedOn: admission,
      version: justSigned.version,
    });
    await assignToWorkshop(deps, ctx, workshops.get(p.workshop)!, {
      participantId: person.id,
      fromDate: admission,
    });
    if (p.stage === 'EXITED_EMPLOYMENT') {
      const lastDay = addMonthsClamped(today, -2);
      await exitProgramme(
        deps,
        ctx,
        person.id,
        programme.id,
        ProgrammeExitSchema.parse({
          type: 'EMPLOYMENT',
          lastDay,
          eventDate: addDays(lastDay, 1),
          continuationUntil:
            addMonthsClamped(addDays(lastDay, 1), 6) < signed.plannedEnd
              ? addMonthsClamped(addDays(lastDay, 1), 6)
              : signed.plannedEnd,
          vocationalSkills: ['Pielęgnacja terenów zielonych', 'Obsługa kosiarki i podkaszarki'],
          socialSkills: ['Punktualność', 'Praca w zespole'],
          version: signed.version,
        }),
      );
    }
    if (p.stage === 'EXITED_COMPLETED') {
      await exitProgramme(
        deps,
        ctx,
        person.id,
        programme.id,
        ProgrammeExitSchema.parse({
          type: 'COMPLETED',
          lastDay: signed.plannedEnd,
          vocationalSkills: ['Przygotowywanie posiłków zgodnie z HACCP'],
          socialSkills: ['Planowanie budżetu domowego'],
          version: signed.version,
        }),
      );
    }
  }
  return { workshopIds: [...workshops.values()] };
}
