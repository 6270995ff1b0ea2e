import type { CentreRow, ParticipantRow } from '../../db/schema';
import {
  findProgramme,
  findReferral,
  latestDecisionForReferral,
  listProgrammeVersions,
  nextDocumentNumber,
} from '../../db/pathway.repository';
import type { CentreLetterhead, PersonOnDocument } from '../../reports/pdf/document-data';
import { AppError, notFound } from '../app-error';
import { findPartner, findProgrammeOfReferral } from '../../db/partner.repository';
import { feedbackLines } from '../../domain/partners/feedback';
import { feedbackOf } from '../partners/feedback-of';
import { partnerAddress } from '../partners/present-partner';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { gainedSkills } from '../skills/gained-skills';
import { toDecision } from './eligibility';
import { EXIT_LABELS } from './pathway-view';
import { fieldLabel } from './programme-record';
import { audit, centreOf, iso, participantOr404, requirePathwayEditor, todayInPoland } from './shared';

/** pdfmake and its fonts load on the first printout, not at start-up. */
const renderers = () => import('../../reports/pdf/index');

export interface PdfFile {
  bytes: Buffer;
  fileName: string;
}

function letterhead(c: CentreRow): CentreLetterhead {
  return {
    name: c.name,
    type: c.type,
    street: c.street,
    buildingNo: c.building_no,
    postalCode: c.postal_code,
    city: c.city,
    regon: c.regon,
    nip: c.nip,
    place: c.city,
  };
}

function person(p: ParticipantRow): PersonOnDocument {
  const street = [p.street, [p.building_no, p.flat_no].filter(Boolean).join('/')].filter(Boolean).join(' ');
  const address = [street, [p.postal_code, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    firstName: p.first_name,
    lastName: p.last_name,
    pesel: p.pesel,
    birthDate: p.birth_date,
    address: address || null,
    sex: p.sex,
  };
}

const slug = (p: ParticipantRow) =>
  `${p.last_name}-${p.first_name}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9-]+/g, '_');

async function programmeFor(deps: AppDeps, ctx: CallContext, participantId: string, programmeId: string) {
  const p = await findProgramme(deps.db, ctx.actor.centreId, programmeId);
  if (!p || p.participant_id !== participantId) throw notFound();
  return p;
}

/** The IPZS, or a club's programme under a social contract, as printed for signing, with its version history. */
export async function ipzsPdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  programmeId: string,
): Promise<PdfFile> {
  requirePathwayEditor(ctx);
  const who = await participantOr404(deps.db, ctx, participantId);
  const p = await programmeFor(deps, ctx, participantId, programmeId);
  const { row: centre } = await centreOf(deps.db, ctx);
  const versions = await listProgrammeVersions(deps.db, ctx.actor.centreId, [p.id]);
  const persons = (
    typeof p.responsible_persons === 'string' ? JSON.parse(p.responsible_persons) : p.responsible_persons
  ) as { name: string; role: string }[];
  const common = {
    centre: letterhead(centre),
    participant: person(who),
    number: p.number,
    version: p.version,
    signedOn: p.signed_on,
    admissionDate: p.admission_date,
    plannedEnd: p.planned_end,
    workshop: p.workshop,
    vocationalScope: p.vocational_scope,
    vocationalForms: p.vocational_forms,
    socialScope: p.social_scope,
    socialForms: p.social_forms,
    responsiblePersons: persons,
    amendments: versions
      .filter((v) => v.change_kind === 'AMENDMENT' || v.change_kind === 'EXTENSION')
      .map((v) => ({
        version: v.version,
        changedOn: iso(v.changed_at).slice(0, 10),
        changedBy: v.changed_by_name ?? '',
        reason: v.reason ?? '',
        changedFields: v.changed_fields.map(fieldLabel),
      })),
    directorName: null,
  };
  const render = await renderers();
  // A club's programme rests on a social contract and has no trial month, hours or extension (art. 18).
  const bytes =
    p.kind === 'KIS_CONTRACT'
      ? await render.renderKisProgramme({
          ...common,
          contract: {
            number: p.contract_number,
            ops: p.contract_ops,
            from: p.contract_from,
            to: p.contract_to,
          },
        })
      : await render.renderIpzs({
          ...common,
          trialLastDay: p.trial_last_day ?? p.admission_date,
          extensionMonths: p.extension_months,
          weeklyHours: p.weekly_hours ?? 0,
        });
  await audit(deps.db, ctx, 'programme.print', 'programme', p.id, { participantId, number: p.number });
  return { bytes, fileName: `${p.number.replace(/\//g, '-')}-${slug(who)}.pdf` };
}

/** The certificate of participation (art. 13 ust. 5a / art. 18 ust. 5a), available once participation has ended. */
export async function certificatePdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  programmeId: string,
): Promise<PdfFile> {
  requirePathwayEditor(ctx);
  const who = await participantOr404(deps.db, ctx, participantId);
  const p = await programmeFor(deps, ctx, participantId, programmeId);
  if (!p.last_day || !p.certificate_number || !p.exit_type)
    throw new AppError('INVALID_STATE', { message: 'Zaświadczenie wydaje się po zakończeniu uczestnictwa.' });
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await (await renderers()).renderCertificate({
    centre: letterhead(centre),
    participant: person(who),
    number: p.certificate_number,
    issuedOn: p.certificate_issued_on ?? todayInPoland(deps),
    programmeKind: p.kind,
    admissionDate: p.admission_date,
    lastDay: p.last_day,
    exitReason: EXIT_LABELS[p.exit_type] ?? p.exit_type,
    workshop: p.workshop,
    vocationalSkills: p.vocational_skills,
    socialSkills: p.social_skills,
    gainedSkills: await gainedSkills(deps.db, ctx.actor.centreId, participantId, {
      from: p.admission_date,
      to: p.last_day,
    }),
    directorName: null,
  });
  await audit(deps.db, ctx, 'certificate.print', 'programme', p.id, {
    participantId,
    number: p.certificate_number,
  });
  return { bytes, fileName: `zaswiadczenie-${p.certificate_number.replace(/\//g, '-')}-${slug(who)}.pdf` };
}

/** The director's decision on terminating the programme on ground 1 or 2, with the complaint information. */
export async function terminationDecisionPdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  programmeId: string,
): Promise<PdfFile> {
  requirePathwayEditor(ctx);
  const who = await participantOr404(deps.db, ctx, participantId);
  const p = await programmeFor(deps, ctx, participantId, programmeId);
  if (
    (p.exit_type !== 'PERSISTENT_VIOLATION' && p.exit_type !== 'PERMANENT_ABANDONMENT') ||
    !p.decision_number ||
    !p.decision_on ||
    !p.last_day
  ) {
    throw new AppError('INVALID_STATE', {
      message: 'Decyzja dotyczy tylko zaprzestania realizacji programu z przyczyn z art. 13 ust. 4 pkt 1–2.',
    });
  }
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await (await renderers()).renderTerminationDecision({
    centre: letterhead(centre),
    participant: person(who),
    number: p.decision_number,
    decidedOn: p.decision_on,
    ground: p.exit_type,
    lastDay: p.last_day,
    justification: p.exit_justification ?? '',
    complaintCourt: p.complaint_court ?? '',
    directorName: null,
  });
  await audit(deps.db, ctx, 'decision.print', 'programme', p.id, {
    participantId,
    number: p.decision_number,
  });
  return { bytes, fileName: `decyzja-${p.decision_number.replace(/[^A-Za-z0-9-]+/g, '-')}-${slug(who)}.pdf` };
}

/** A short letter to the referring body saying where the referral stands (numbered, audited). */
export async function referralStatusLetterPdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  referralId: string,
): Promise<PdfFile> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const who = await participantOr404(trx, ctx, participantId);
    const r = await findReferral(trx, ctx.actor.centreId, referralId);
    if (!r || r.participant_id !== participantId) throw notFound();
    const { row: centre } = await centreOf(trx, ctx);
    const partner = r.partner_id ? await findPartner(trx, ctx.actor.centreId, r.partner_id) : undefined;
    const today = todayInPoland(deps);
    const year = Number(today.slice(0, 4));
    const serial = await nextDocumentNumber(trx, ctx.actor.centreId, 'LETTER', year);
    const number = `PIS/${year}/${String(serial).padStart(4, '0')}`;
    // The same status and events a partner account sees (one function: src/domain/partners/feedback.ts).
    const programme = await findProgrammeOfReferral(trx, ctx.actor.centreId, r.id);
    const feedback = feedbackOf(
      {
        status: r.status,
        status_since: r.status_since,
        received_on: r.received_on,
        signed_on: programme?.signed_on ?? null,
        admission_date: programme?.admission_date ?? null,
        trial_last_day: programme?.trial_last_day ?? null,
        exit_type: programme?.exit_type ?? null,
        last_day: programme?.last_day ?? null,
        certificate_issued_on: programme?.certificate_issued_on ?? null,
      },
      today,
    );
    const details: string[] = feedbackLines(feedback);
    const decision = await latestDecisionForReferral(trx, ctx.actor.centreId, r.id);
    if (decision && decision.outcome === 'REFUSED') {
      // Only the legal grounds go out; the eligibility groups themselves stay in the centre.
      for (const reason of toDecision(decision).reasons.filter(
        (x) => x.effect === 'blocks' && x.code !== 'REFUSED_BY_CENTRE',
      ))
        details.push(`${reason.message} (${reason.article}).`);
      if (toDecision(decision).reasons.some((x) => x.code === 'REFUSED_BY_CENTRE'))
        details.push('Szczegółowe uzasadnienie zostało przekazane osobie zainteresowanej.');
    }
    const bytes = await (await renderers()).renderReferralStatusLetter({
      centre: letterhead(centre),
      participant: { firstName: who.first_name, lastName: who.last_name, birthDate: who.birth_date },
      // Addressed to the partner from the registry when the referral names one (its current name and address).
      referrer: partner
        ? { name: partner.name, address: partnerAddress(partner) }
        : { name: r.referring_body ?? '', address: r.referring_body_address },
      number,
      issuedOn: today,
      referredOn: r.referred_on,
      status: feedback.label,
      statusSince: feedback.since,
      details,
      signatory: null,
    });
    await audit(trx, ctx, 'referral.status_letter', 'referral', r.id, { participantId, number });
    return { bytes, fileName: `pismo-${number.replace(/\//g, '-')}-${slug(who)}.pdf` };
  });
}
