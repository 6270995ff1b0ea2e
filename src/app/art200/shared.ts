import type { Art200Agreement, Art200Enrolment } from '../../contracts/art200.contract';
import {
  type Art200AgreementListRow,
  type Art200EnrolmentListRow,
  findArt200Agreement,
} from '../../db/art200.repository';
import type { Db } from '../../db/connection';
import { lastDayOfPeriod } from '../../domain/art200/art200-rules';
import { ART200_NOT_APPLICABLE, type Art200Parameters } from '../../domain/art200/parameters';
import { notFound } from '../app-error';
import type { CallContext } from '../context';

/** An agreement of the caller's centre, or 404 (another centre's agreement does not exist for the caller). */
export async function art200AgreementOr404(db: Db, ctx: CallContext, id: string) {
  const row = await findArt200Agreement(db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  return row;
}

export const agreementTerms = (r: {
  valid_from: string;
  valid_until: string;
  daily_hours_limit: string | number;
  max_months: number;
}) => ({
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  dailyHoursLimit: Number(r.daily_hours_limit),
  maxMonths: r.max_months,
});

export function presentArt200Agreement(r: Art200AgreementListRow): Art200Agreement {
  return {
    id: r.id,
    partner: { id: r.partner_id, name: r.partner_name },
    number: r.number,
    signedOn: r.signed_on,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    activities: r.activities,
    expectedEffects: r.expected_effects,
    measurement: r.measurement,
    dailyHoursLimit: Number(r.daily_hours_limit),
    maxMonths: r.max_months,
    plannedPeople: r.planned_people,
    enrolled: Number(r.enrolled ?? 0),
    version: r.version,
  };
}

/** A person under the agreement; the last allowed day is the earlier of their months' end and the agreement's end. */
export function presentArt200Enrolment(
  r: Art200EnrolmentListRow,
  agreement: { max_months: number; valid_until: string },
): Art200Enrolment {
  const monthsEnd = lastDayOfPeriod(r.start_date, agreement.max_months);
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    pesel: r.pesel,
    pupReference: r.pup_reference,
    startDate: r.start_date,
    plannedEndDate: r.planned_end_date,
    lastAllowedDay: monthsEnd < agreement.valid_until ? monthsEnd : agreement.valid_until,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    totals: { days: Number(r.day_count ?? 0), hours: Number(r.hour_sum ?? 0) },
    version: r.version,
  };
}

/** The rule set as the screen shows it: the limits, their source in plain Polish, what does not apply. */
export const presentArt200Parameters = (p: Art200Parameters | null) =>
  p
    ? {
        validFrom: p.validFrom,
        maxHoursPerDay: p.maxHoursPerDay,
        maxMonths: p.maxMonths,
        source: p.source,
        notApplicable: ART200_NOT_APPLICABLE,
      }
    : null;
