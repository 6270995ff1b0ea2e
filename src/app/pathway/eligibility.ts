import type { Decision, DecisionCreate, EvidenceCreate } from '../../contracts/pathway.contract';
import type { DecisionRow, EvidenceRow } from '../../db/schema';
import {
  countOccupancy,
  findDocument,
  findReferral,
  insertDecision,
  insertEvidence,
  setParticipantStatus,
  setReferralStatus,
} from '../../db/pathway.repository';
import { checkEligibility, type EligibilityReason } from '../../domain/eligibility/eligibility';
import type { BenefitCode, EligibilityGroup } from '../../domain/types';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, iso, participantOr404, requirePathwayEditor, todayInPoland } from './shared';

export function toDecision(d: DecisionRow): Decision {
  return {
    id: d.id,
    referralId: d.referral_id,
    decidedOn: d.decided_on,
    outcome: d.outcome,
    waitingList: d.waiting_list,
    groups: d.groups,
    declaredBenefits: d.declared_benefits,
    justification: d.justification,
    reasons: (typeof d.reasons === 'string' ? JSON.parse(d.reasons) : d.reasons) as Decision['reasons'],
    note: d.note,
    decidedBy: d.decided_by,
    createdAt: iso(d.created_at),
  };
}

export function toEvidence(e: EvidenceRow) {
  return {
    id: e.id,
    group: e.group_code,
    documentType: e.document_type,
    documentNumber: e.document_number,
    issuer: e.issuer,
    issuedOn: e.issued_on,
    validUntil: e.valid_until,
    documentId: e.document_id,
  };
}

/**
 * Records a document proving a target group (type, number, issued, valid until), optionally pointing
 * at a stored scan.
 */
export async function addEvidence(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  input: EvidenceCreate,
) {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    await participantOr404(trx, ctx, participantId);
    if (input.documentId) {
      const doc = await findDocument(trx, ctx.actor.centreId, participantId, input.documentId);
      if (!doc)
        throw AppError.fields([
          { path: 'documentId', code: 'NOT_FOUND', message: 'Nie ma takiego skanu w aktach tej osoby.' },
        ]);
    }
    const row = await insertEvidence(trx, {
      centre_id: ctx.actor.centreId,
      participant_id: participantId,
      group_code: input.group,
      document_type: input.documentType,
      document_number: input.documentNumber,
      issuer: input.issuer,
      issued_on: input.issuedOn ?? null,
      valid_until: input.validUntil ?? null,
      document_id: input.documentId ?? null,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'eligibility.evidence_add', 'participant', participantId, { evidenceId: row.id });
    return toEvidence(row);
  });
}

/**
 * Decides eligibility for a referral with the rules engine (art. 1 ust. 2–3a) and records the
 * decision with every reason and article. An eligible person goes on the waiting list when the
 * centre is full (capacity is a centre setting). A refusal keeps its reasons. The referral's rules
 * (consent, the OPS opinion when the centre requires it, PUP only for the long-term unemployed)
 * are checked here too.
 */
export async function decideEligibility(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  input: DecisionCreate,
): Promise<Decision> {
  requirePathwayEditor(ctx);
  const today = todayInPoland(deps);
  if (input.decidedOn > today)
    throw AppError.fields([
      { path: 'decidedOn', code: 'DATE_IN_FUTURE', message: 'Data decyzji nie może być z przyszłości.' },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    const person = await participantOr404(trx, ctx, participantId);
    const referral = await findReferral(trx, ctx.actor.centreId, input.referralId);
    if (!referral || referral.participant_id !== participantId)
      throw AppError.fields([
        { path: 'referralId', code: 'NOT_FOUND', message: 'Nie ma takiego skierowania tej osoby.' },
      ]);
    if (referral.status === 'ADMITTED' || referral.status === 'WITHDRAWN') {
      throw new AppError('INVALID_STATE', {
        message:
          referral.status === 'ADMITTED'
            ? 'Osoba z tego skierowania została już przyjęta.'
            : 'Skierowanie zostało wycofane.',
      });
    }
    if (input.decidedOn < referral.received_on)
      throw AppError.fields([
        {
          path: 'decidedOn',
          code: 'DATE_ORDER',
          message: `Decyzja nie może poprzedzać wpływu skierowania (${referral.received_on}).`,
        },
      ]);
    const { row: centre, settings } = await centreOf(trx, ctx);

    const engine = checkEligibility({
      centreType: centre.type,
      groups: input.groups as EligibilityGroup[],
      benefits: input.declaredBenefits as BenefitCode[],
      justification: input.justification,
    });
    const reasons: EligibilityReason[] = [...engine.reasons];
    let blocked = !engine.eligible;
    const institution = !['SELF', 'LEGAL_REPRESENTATIVE'].includes(referral.applicant_type);
    if (institution && !referral.consent_given) {
      reasons.push({
        code: 'CONSENT_MISSING',
        article: 'art. 12 ust. 1 pkt 2',
        message: 'Brak zgody osoby na wniosek instytucji.',
        effect: 'blocks',
      });
      blocked = true;
    }
    if (referral.ops_opinion_required && !referral.ops_opinion_on) {
      reasons.push({
        code: 'OPS_OPINION_MISSING',
        article: 'art. 12 ust. 2',
        message:
          'Brak opinii pracownika socjalnego OPS po wywiadzie środowiskowym (wymaga jej regulamin centrum).',
        effect: 'blocks',
      });
      blocked = true;
    }
    if (referral.referring_body_kind === 'PUP' && !input.groups.includes('LONG_TERM_UNEMPLOYED')) {
      reasons.push({
        code: 'PUP_ONLY_LONG_TERM_UNEMPLOYED',
        article: 'art. 12 ust. 1',
        message:
          'Powiatowy urząd pracy kieruje tylko osoby długotrwale bezrobotne (art. ' +
          '1 ust. 2 pkt 5); inne osoby kieruje OPS.',
        effect: 'blocks',
      });
      blocked = true;
    }
    if (input.refuseReason) {
      reasons.push({
        code: 'REFUSED_BY_CENTRE',
        article: 'art. 12',
        message: input.refuseReason,
        effect: 'blocks',
      });
      blocked = true;
    }
    const outcome = blocked ? 'REFUSED' : 'ELIGIBLE';
    let waiting = false;
    if (!blocked && settings.capacity !== null) {
      const occupancy = await countOccupancy(trx, ctx.actor.centreId);
      if (occupancy.active >= settings.capacity) {
        waiting = true;
        reasons.push({
          code: 'CENTRE_FULL',
          article: 'regulamin centrum',
          message:
            `Brak wolnych miejsc (${occupancy.active} z ${settings.capacity}) — osoba ` +
            `trafia na listę oczekujących.`,
          effect: 'info',
        });
      }
    }
    const row = await insertDecision(trx, {
      centre_id: ctx.actor.centreId,
      participant_id: participantId,
      referral_id: referral.id,
      decided_on: input.decidedOn,
      outcome,
      waiting_list: waiting,
      groups: input.groups,
      declared_benefits: input.declaredBenefits,
      declaration_signed: input.declarationSigned,
      justification: input.justification,
      reasons: JSON.stringify(reasons),
      note: input.note,
      decided_by: ctx.actor.userId,
    });
    const status = outcome === 'REFUSED' ? 'REFUSED' : waiting ? 'WAITING' : 'ELIGIBLE';
    await setReferralStatus(trx, ctx.actor.centreId, referral.id, status, input.decidedOn);
    if (person.status !== 'ACTIVE') {
      await setParticipantStatus(
        trx,
        ctx.actor.centreId,
        participantId,
        status,
        input.decidedOn,
        outcome === 'ELIGIBLE' ? input.groups : undefined,
      );
    }
    await audit(trx, ctx, 'eligibility.decide', 'participant', participantId, {
      decisionId: row.id,
      outcome,
      waitingList: waiting,
    });
    return toDecision(row);
  });
}
