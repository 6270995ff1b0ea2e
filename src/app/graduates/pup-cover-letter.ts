import type { Db } from '../../db/connection';
import { findPartner } from '../../db/partner.repository';
import {
  findProgramme,
  findReferral,
  latestDecisionForReferral,
  nextDocumentNumber,
} from '../../db/pathway.repository';
import { directorsOn } from '../../db/placement.repository';
import type { ParticipantRow, ProgrammeRow } from '../../db/schema';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { partnerAddress } from '../partners/present-partner';
import { audit, centreOf, participantOr404, requirePathwayEditor, todayInPoland } from '../pathway/shared';

/** The partner registry's kind of a powiatowy urząd pracy. */
const PUP_KIND = 'LABOUR_OFFICE';

export interface PupAddressee {
  partnerId: string | null;
  name: string;
  address: string | null;
  /** The day this PUP referred the person, when it did. */
  referredOn: string | null;
}

/**
 * Whether art. 13 ust. 5a sends this person's certificate to the PUP (a CIS participation that ended with a
 * certificate, of a long-term unemployed person — art. 1 ust. 2 pkt 5), and to which PUP: the one chosen from
 * the partner registry, else the PUP partner of the referral, else the PUP the referral names in words.
 * Answers why not in Polish, or the addressee (null when the centre must still choose one).
 */
export async function pupLetterFacts(
  db: Db,
  centreId: string,
  person: Pick<ParticipantRow, 'eligibility_groups'>,
  programme: Pick<ProgrammeRow, 'kind' | 'last_day' | 'certificate_number' | 'referral_id'>,
  chosenPartnerId?: string,
): Promise<{ applies: false; why: string } | { applies: true; addressee: PupAddressee | null }> {
  if (programme.kind !== 'IPZS')
    return { applies: false, why: 'Art. 13 ust. 5a dotyczy uczestników centrum integracji społecznej.' };
  if (!programme.last_day || !programme.certificate_number)
    return { applies: false, why: 'Najpierw zakończ uczestnictwo i wydaj zaświadczenie.' };
  const referral = programme.referral_id
    ? await findReferral(db, centreId, programme.referral_id)
    : undefined;
  const decision = referral ? await latestDecisionForReferral(db, centreId, referral.id) : undefined;
  const groups =
    decision?.outcome === 'ELIGIBLE' && decision.groups.length ? decision.groups : person.eligibility_groups;
  if (!groups.includes('LONG_TERM_UNEMPLOYED'))
    return {
      applies: false,
      why:
        'Zaświadczenie przesyła się do powiatowego urzędu pracy tylko za osobę ' +
        'długotrwale bezrobotną (art. 1 ust. 2 pkt 5, art. 13 ust. 5a).',
    };

  const referralPartner = referral?.partner_id
    ? await findPartner(db, centreId, referral.partner_id)
    : undefined;
  const fromReferral = referralPartner?.kind === PUP_KIND ? referralPartner : undefined;
  if (chosenPartnerId) {
    const chosen = await findPartner(db, centreId, chosenPartnerId);
    if (!chosen || chosen.kind !== PUP_KIND || chosen.archived_at)
      throw AppError.fields([
        {
          path: 'partnerId',
          code: 'NOT_A_LABOUR_OFFICE',
          message: 'Wybierz powiatowy urząd pracy z rejestru partnerów (nie zarchiwizowany).',
        },
      ]);
    return {
      applies: true,
      addressee: {
        partnerId: chosen.id,
        name: chosen.name,
        address: partnerAddress(chosen),
        referredOn: chosen.id === fromReferral?.id ? (referral?.referred_on ?? null) : null,
      },
    };
  }
  if (fromReferral)
    return {
      applies: true,
      addressee: {
        partnerId: fromReferral.id,
        name: fromReferral.name,
        address: partnerAddress(fromReferral),
        referredOn: referral?.referred_on ?? null,
      },
    };
  if (referral?.referring_body_kind === 'PUP' && referral.referring_body)
    return {
      applies: true,
      addressee: {
        partnerId: null,
        name: referral.referring_body,
        address: referral.referring_body_address,
        referredOn: referral.referred_on,
      },
    };
  return { applies: true, addressee: null };
}

/**
 * The cover letter that sends the certificate of a long-term unemployed person to the PUP (art. 13 ust. 5a):
 * the centre's letterhead, the PUP, the person, the certificate's number and date, the director who signs.
 * Numbered from the centre's letter counter; audited.
 */
export async function pupCoverLetterPdf(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  programmeId: string,
  partnerId?: string,
) {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const who = await participantOr404(trx, ctx, participantId);
    const programme = await findProgramme(trx, ctx.actor.centreId, programmeId);
    if (!programme || programme.participant_id !== participantId) throw notFound();
    const facts = await pupLetterFacts(trx, ctx.actor.centreId, who, programme, partnerId);
    if (!facts.applies) throw new AppError('INVALID_STATE', { message: facts.why });
    if (!facts.addressee)
      throw AppError.fields([
        {
          path: 'partnerId',
          code: 'LABOUR_OFFICE_REQUIRED',
          message:
            'Skierowanie nie wskazuje urzędu pracy — wybierz z rejestru partnerów powiatowy ' +
            'urząd pracy, do którego trafi zaświadczenie.',
        },
      ]);
    const { row: centre } = await centreOf(trx, ctx);
    const today = todayInPoland(deps);
    const year = Number(today.slice(0, 4));
    const serial = await nextDocumentNumber(trx, ctx.actor.centreId, 'LETTER', year);
    const number = `PIS/${year}/${String(serial).padStart(4, '0')}`;
    const directors = await directorsOn(trx, ctx.actor.centreId, today);
    const { renderPupCoverLetter } = await import('../../reports/pdf/pup-cover-letter.pdf');
    const bytes = await renderPupCoverLetter({
      centre: {
        name: centre.name,
        type: centre.type,
        street: centre.street,
        buildingNo: centre.building_no,
        postalCode: centre.postal_code,
        city: centre.city,
        regon: centre.regon,
        nip: centre.nip,
        place: centre.city,
      },
      participant: {
        firstName: who.first_name,
        lastName: who.last_name,
        pesel: who.pesel,
        birthDate: who.birth_date,
        ...(who.sex ? { sex: who.sex } : {}),
      },
      number,
      issuedOn: today,
      pup: { name: facts.addressee.name, address: facts.addressee.address },
      certificate: {
        number: programme.certificate_number ?? '',
        issuedOn: programme.certificate_issued_on ?? programme.last_day ?? today,
      },
      admissionDate: programme.admission_date,
      lastDay: programme.last_day ?? today,
      referredOn: facts.addressee.referredOn,
      // Two directors in post on one day would be a register error; leave the name to be written by hand.
      signatory: directors.length === 1 ? directors[0]! : null,
    });
    await audit(trx, ctx, 'certificate.pup_letter', 'programme', programme.id, {
      participantId,
      number,
      certificate: programme.certificate_number,
      partnerId: facts.addressee.partnerId,
    });
    return { bytes, fileName: `pismo-${number.replace(/\//g, '-')}-zaswiadczenie-do-PUP.pdf` };
  });
}
