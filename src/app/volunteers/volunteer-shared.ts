import { longDate } from '../../reports/pdf/wording';
import type { z } from 'zod';
import type { VolunteerCreate, VolunteerSchema } from '../../contracts/volunteers.contract';
import type { Db } from '../../db/connection';
import { findActivities, findAgreements, findVolunteer } from '../../db/volunteers.repository';
import {
  ageOn,
  insuranceNote,
  VOLUNTEERING_RULES,
  volunteerProblems,
} from '../../domain/volunteers/volunteer-rules';
import { notFound } from '../app-error';

export type VolunteerView = z.infer<typeof VolunteerSchema>;

/** One volunteer of the centre with agreements (each with its insurance note) and activities; else NOT_FOUND. */
export async function loadVolunteer(
  db: Db,
  centreId: string,
  id: string,
  today: string,
): Promise<VolunteerView> {
  const v = await findVolunteer(db, centreId, id);
  if (!v) throw notFound();
  const agreements = await findAgreements(db, centreId, id);
  const activities = await findActivities(db, centreId, id);
  return {
    id: v.id,
    firstName: v.first_name,
    lastName: v.last_name,
    sex: v.sex as 'F' | 'M',
    birthDate: v.birth_date,
    minor: ageOn(v.birth_date, today) < VOLUNTEERING_RULES.adultAge,
    email: v.email,
    phone: v.phone,
    guardianName: v.guardian_name,
    guardianConsentOn: v.guardian_consent_on,
    insuranceNote: v.insurance_note,
    version: v.version,
    totalMinutes: activities.reduce((s, a) => s + a.minutes, 0),
    agreements: agreements.map((a) => ({
      id: a.id,
      number: a.number,
      signedOn: a.signed_on,
      validFrom: a.valid_from,
      validUntil: a.valid_until,
      scope: a.scope,
      written: a.written,
      insurance: insuranceNote(a.valid_from, a.valid_until),
      version: a.version,
    })),
    activities: activities.map((a) => ({
      id: a.id,
      doneOn: a.done_on,
      activity: a.activity,
      description: a.description,
      minutes: a.minutes,
    })),
  };
}

/** The rule parameters the screens show beside the agreements, in plain Polish. */
export const volunteeringRulesView = () => ({
  source: VOLUNTEERING_RULES.source,
  writtenAgreementAfterDays: VOLUNTEERING_RULES.writtenAgreementAfterDays,
  // Staff see only the rule, its source and its date; whether the newest official text was read is a
  // developer's flag in VOLUNTEERING_RULES, not a note for the screen or paper.
  note: `Zasada według przepisów w brzmieniu obowiązującym od ${longDate(VOLUNTEERING_RULES.validFrom)}`,
});

/** The record's columns from the form, the same for a new volunteer and a correction. */
export const volunteerColumns = (input: VolunteerCreate) => ({
  first_name: input.firstName,
  last_name: input.lastName,
  sex: input.sex,
  birth_date: input.birthDate,
  email: input.email,
  phone: input.phone,
  guardian_name: input.guardianName,
  guardian_consent_on: input.guardianConsentOn,
  insurance_note: input.insuranceNote,
});

/** The checks of a volunteer's fields, shared by the new record and its correction. */
export function volunteerFieldProblems(input: VolunteerCreate, today: string) {
  const problems = volunteerProblems(input, today);
  if (input.guardianConsentOn && input.guardianConsentOn > today)
    problems.push({
      path: 'guardianConsentOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zgody nie może być z przyszłości.',
    });
  return problems;
}
