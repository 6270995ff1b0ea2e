import type { z } from 'zod';
import {
  type Graduate,
  type GraduateContactInput,
  type GraduateFigures,
  GRADUATE_EMPLOYMENT,
  type GraduateListQuerySchema,
  WORKING,
} from '../../contracts/graduates.contract';
import type { Db } from '../../db/connection';
import {
  findProgrammeOf,
  insertGraduateContact,
  listClosedProgrammes,
  listGraduateContacts,
} from '../../db/placement.repository';
import type { GraduateContactRow } from '../../db/schema';
import { GRADUATE_PARAMETERS, graduateStatus } from '../../domain/placements/graduate-status';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../placements/shared';
import { audit, centreOf, todayInPoland } from '../pathway/shared';

/** A follow-up contact as the API answers it (the graduates list and the participant's record). */
export const contactView = (c: GraduateContactRow) => ({
  id: c.id,
  contactedOn: c.contacted_on,
  channel: c.channel,
  employment: c.employment,
  employer: c.employer,
  supportGiven: c.support_given,
  note: c.note,
  recordedBy: c.recorded_by_name,
});

/** Every person whose participation ended, with the graduate rule's answer and the follow-up contacts. */
async function assess(db: Db, centreId: string, today: string) {
  const { row: centre } = await centreOf(db, { actor: { centreId } } as CallContext);
  const programmes = await listClosedProgrammes(db, centreId);
  const contacts = await listGraduateContacts(
    db,
    centreId,
    programmes.map((p) => p.id),
  );
  return programmes.map((p) => {
    const status = graduateStatus(
      {
        centreType: centre.type,
        admissionDate: p.admission_date,
        trialLastDay: p.trial_last_day,
        lastDay: p.last_day,
        exitType: p.exit_type,
        certificateIssuedOn: p.certificate_issued_on,
      },
      today,
    );
    const own = contacts.filter((c) => c.programme_id === p.id).map(contactView);
    return { p, status, contacts: own };
  });
}

/** Graduates (art. 2 pkt 1a–1b) with their follow-up; filters: status still lasting, year of exit, employment now. */
export async function listGraduates(
  deps: AppDeps,
  ctx: CallContext,
  filter: z.infer<typeof GraduateListQuerySchema>,
) {
  requireAction(ctx, 'graduates.view');
  const today = todayInPoland(deps);
  const items: Graduate[] = [];
  for (const { p, status, contacts } of await assess(deps.db, ctx.actor.centreId, today)) {
    if (!status.graduate || !p.last_day) continue;
    const latest = contacts.at(-1) ?? null;
    if (filter.state === 'current' && !status.current) continue;
    if (filter.state === 'expired' && status.current) continue;
    if (filter.exitYear && Number(p.last_day.slice(0, 4)) !== filter.exitYear) continue;
    if (filter.employment && (latest?.employment ?? 'UNKNOWN') !== filter.employment) continue;
    items.push({
      programmeId: p.id,
      participant: { id: p.participant_id, name: `${p.last_name} ${p.first_name}` },
      kind: p.kind,
      admissionDate: p.admission_date,
      lastDay: p.last_day,
      exitType: p.exit_type,
      certificateNumber: p.certificate_number,
      until: status.until,
      current: status.current,
      how: status.months,
      latest,
      contacts,
    });
  }
  await audit(deps.db, ctx, 'graduates.list', 'participant', null, { count: items.length });
  return { items, rule: GRADUATE_PARAMETERS.source };
}

/** A follow-up contact with a person after their exit: how they are doing, where they work, what help they got. */
export async function recordGraduateContact(
  deps: AppDeps,
  ctx: CallContext,
  programmeId: string,
  input: GraduateContactInput,
) {
  requireAction(ctx, 'graduates.followUp');
  return deps.db.transaction().execute(async (trx) => {
    const programme = await findProgrammeOf(trx, ctx.actor.centreId, programmeId);
    if (!programme) throw notFound();
    if (!programme.last_day)
      throw new AppError('INVALID_STATE', {
        message: 'Uczestnictwo tej osoby jeszcze trwa — kontakt po wyjściu zapisuje się po jego zakończeniu.',
      });
    const at = (code: string, message: string) => AppError.fields([{ path: 'contactedOn', code, message }]);
    if (input.contactedOn <= programme.last_day)
      throw at('BEFORE_EXIT', `Kontakt po wyjściu musi być po ostatnim dniu zajęć (${programme.last_day}).`);
    if (input.contactedOn > todayInPoland(deps))
      throw at('FUTURE_DAY', 'Data kontaktu nie może być z przyszłości.');
    const row = await insertGraduateContact(trx, {
      centre_id: ctx.actor.centreId,
      participant_id: programme.participant_id,
      programme_id: programmeId,
      contacted_on: input.contactedOn,
      channel: input.channel,
      employment: input.employment,
      employer: input.employer,
      support_given: input.supportGiven,
      note: input.note,
      recorded_by: ctx.actor.userId || null,
      recorded_by_name: ctx.actorEmail,
    });
    await audit(trx, ctx, 'graduates.contact', 'participant', programme.participant_id, { programmeId });
    return contactView(row);
  });
}

/**
 * The graduates' figures of a year for the annual report (whose files another module owns): people whose
 * classes ended in the year and who are graduates, how many still had the status on 31 December, how many
 * were contacted after the exit and what the latest contact found. Each figure says how it was counted.
 */
export async function getGraduateFigures(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
): Promise<GraduateFigures> {
  requireAction(ctx, 'graduates.view');
  const { participantIds: _ids, ...figures } = await graduateFiguresOfCentre(
    deps.db,
    ctx.actor.centreId,
    year,
  );
  return figures;
}

/** The same figures for one centre without a caller (the annual report), with the graduates' ids for its trace. */
export async function graduateFiguresOfCentre(db: Db, centreId: string, year: number) {
  const yearEnd = `${year}-12-31`;
  const ofYear = (await assess(db, centreId, yearEnd)).filter((a) => a.p.last_day?.startsWith(`${year}-`));
  const grads = ofYear.filter((a) => a.status.graduate);
  const byEmployment = Object.fromEntries(GRADUATE_EMPLOYMENT.map((e) => [e, 0])) as Record<string, number>;
  let contacted = 0;
  let working = 0;
  for (const g of grads) {
    const latest = g.contacts.filter((c) => c.contactedOn <= yearEnd).at(-1);
    if (latest) contacted++;
    const e = latest?.employment ?? 'UNKNOWN';
    byEmployment[e] = (byEmployment[e] ?? 0) + 1;
    if (WORKING.includes(e)) working++;
  }
  const statusOnYearEnd = grads.filter((g) => g.status.graduate && g.status.current).length;
  return {
    participantIds: [...new Set(grads.map((g) => g.p.participant_id))],
    year,
    graduates: grads.length,
    statusOnYearEnd,
    contacted,
    workingAtLatestContact: working,
    byEmployment,
    notGraduates: ofYear.length - grads.length,
    how: [
      `Osoby, których ostatni dzień zajęć przypadł w ${year} r.: ${ofYear.length}; ` +
        `absolwenci wg art. 2 pkt 1a–1b (co najmniej 6 miesięcy i zaświadczenie; ` +
        `w KIS także zrealizowany kontrakt): ${grads.length}, pozostali: ${ofYear.length - grads.length}.`,
      `Status absolwenta trwa 6 miesięcy od końca zajęć; 31.12.${year} trwał u ${statusOnYearEnd} osób.`,
      `Sytuacja zawodowa wg ostatniego kontaktu do 31.12.${year}; bez kontaktu ` +
        `= „nieznana”. Pracujący (umowa o pracę, umowa cywilnoprawna, własna firma, ` +
        `spółdzielnia socjalna, zatrudnienie wspierane): ${working}.`,
    ],
  };
}

/** The printed confirmation of the graduate status (PDF); refused with the rule's reasons for a non-graduate. */
export async function graduateConfirmationPdf(deps: AppDeps, ctx: CallContext, programmeId: string) {
  requireAction(ctx, 'graduates.view');
  const today = todayInPoland(deps);
  const found = (await assess(deps.db, ctx.actor.centreId, today)).find((a) => a.p.id === programmeId);
  if (!found) throw notFound();
  if (!found.status.graduate || !found.p.last_day)
    throw new AppError('INVALID_STATE', {
      message: `Ta osoba nie jest absolwentem: ${found.status.graduate ? '' : found.status.reasons.join('; ')}.`,
    });
  const { row: centre } = await centreOf(deps.db, ctx);
  const { renderGraduateConfirmation } = await import('../../reports/print/placement-documents');
  const bytes = await renderGraduateConfirmation({
    centre: {
      name: centre.name,
      street: centre.street,
      buildingNo: centre.building_no,
      postalCode: centre.postal_code,
      city: centre.city,
      regon: centre.regon,
      nip: centre.nip,
      place: centre.city,
    },
    centreType: centre.type,
    issuedOn: today,
    person: `${found.p.first_name} ${found.p.last_name}`,
    admissionDate: found.p.admission_date,
    lastDay: found.p.last_day,
    certificateNumber: found.p.certificate_number,
    until: found.status.until,
  });
  await audit(deps.db, ctx, 'graduates.confirmation.print', 'participant', found.p.participant_id, {
    programmeId,
  });
  return { bytes, fileName: 'potwierdzenie-statusu-absolwenta.pdf' };
}
