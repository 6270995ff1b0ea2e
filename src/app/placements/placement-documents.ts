import { findPartner } from '../../db/partner.repository';
import { findAgreementOf, listPlacementDays } from '../../db/placement.repository';
import type { PlacementEvaluation } from '../../db/schema';
import {
  calendarDays,
  EVALUATION_CRITERIA,
  orderedRatings,
  placementTotals,
  ratingMean,
} from '../../domain/placements/placement-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { partnerAddress } from '../partners/present-partner';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { placementRowOr404, requireAction } from './shared';

const printing = () => import('../../reports/print/placement-documents');
const safe = (n: string) => n.replace(/\//g, '-');

async function paperOf(deps: AppDeps, ctx: CallContext, id: string) {
  const row = await placementRowOr404(deps.db, ctx, id);
  const partner = await findPartner(deps.db, ctx.actor.centreId, row.partner_id);
  if (!partner) throw notFound();
  const agreement = row.agreement_id
    ? await findAgreementOf(deps.db, ctx.actor.centreId, row.partner_id, row.agreement_id)
    : undefined;
  const { row: centre } = await centreOf(deps.db, ctx);
  return {
    row,
    paper: {
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
      issuedOn: todayInPoland(deps),
      number: row.number,
      participant: `${row.first_name} ${row.last_name}`,
      employer: { name: partner.name, address: partnerAddress(partner), nip: partner.nip },
      agreementRef: agreement
        ? [
            agreement.number ? `nr ${agreement.number}` : null,
            agreement.subject,
            `od ${agreement.valid_from}`,
          ]
            .filter(Boolean)
            .join(', ')
        : null,
      position: row.position,
      place: row.place,
      startDate: row.start_date,
      endDate: row.end_date,
      calendarDays: calendarDays(row.start_date, row.end_date),
      schedule: row.schedule,
      dailyHours: Number(row.daily_hours),
      tutor: row.tutor_name,
      tutorPhone: row.tutor_phone,
      centreTutor: row.centre_tutor,
      learningGoals: row.learning_goals,
      signedOn: row.signed_on,
    },
  };
}

/** The placement agreement (PDF): a draft while planned, numbered once signed. */
export async function placementAgreementPdf(deps: AppDeps, ctx: CallContext, id: string): Promise<PdfFile> {
  requireAction(ctx, 'placements.view');
  const { row, paper } = await paperOf(deps, ctx, id);
  if (row.status === 'CANCELLED')
    throw new AppError('INVALID_STATE', { message: 'Praktyka została odwołana — umowy się nie drukuje.' });
  const bytes = await (await printing()).renderPlacementAgreement(paper);
  await audit(deps.db, ctx, 'placement.agreement.print', 'placement', id, {});
  return {
    bytes,
    fileName: row.number ? `umowa-praktyki-${safe(row.number)}.pdf` : 'umowa-praktyki-projekt.pdf',
  };
}

/** The certificate with the evaluation (PDF), once the placement is evaluated and finished. */
export async function placementCertificatePdf(deps: AppDeps, ctx: CallContext, id: string): Promise<PdfFile> {
  requireAction(ctx, 'placements.view');
  const { row, paper } = await paperOf(deps, ctx, id);
  const evaluation = (
    typeof row.evaluation === 'string' ? JSON.parse(row.evaluation) : row.evaluation
  ) as PlacementEvaluation | null;
  if (row.status !== 'FINISHED' || !evaluation || !row.evaluated_on)
    throw new AppError('INVALID_STATE', {
      message: 'Zaświadczenie drukuje się po ocenie praktyki przez opiekuna.',
    });
  const totals = placementTotals(
    (await listPlacementDays(deps.db, ctx.actor.centreId, id)).map((d) => ({
      date: d.date,
      hours: Number(d.hours),
    })),
  );
  const labels = EVALUATION_CRITERIA as Record<string, string>;
  const ratings = orderedRatings(evaluation.ratings);
  const bytes = await (await printing()).renderPlacementCertificate({
    ...paper,
    days: totals.days,
    hoursTotal: totals.hours,
    evaluatedOn: row.evaluated_on,
    skills: evaluation.skills,
    ratings: Object.entries(ratings).map(([k, v]) => ({ label: labels[k] ?? k, value: v })),
    mean: ratingMean(ratings),
    tutorOpinion: evaluation.tutorOpinion,
    recommendation: evaluation.recommendation,
  });
  await audit(deps.db, ctx, 'placement.certificate.print', 'placement', id, {});
  return { bytes, fileName: `zaswiadczenie-praktyki-${safe(row.number ?? row.id)}.pdf` };
}
