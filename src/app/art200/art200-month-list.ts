import { findPartner } from '../../db/partner.repository';
import { art200ParametersOn } from '../../domain/art200/parameters';
import { notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { partnerAddress } from '../partners/present-partner';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { loadArt200Month } from './art200-month';

const printing = () => import('../../reports/print/art200-documents');
const safe = (n: string) => n.replace(/[^A-Za-z0-9._-]+/g, '-');

async function listData(deps: AppDeps, ctx: CallContext, agreementId: string, month: string) {
  const { agreement, days, list } = await loadArt200Month(deps.db, ctx, agreementId, month);
  const partner = await findPartner(deps.db, ctx.actor.centreId, agreement.partner_id);
  if (!partner) throw notFound();
  const { row: centre } = await centreOf(deps.db, ctx);
  return {
    agreement,
    data: {
      centre: {
        name: centre.name,
        street: centre.street,
        buildingNo: centre.building_no,
        postalCode: centre.postal_code,
        city: centre.city,
        regon: centre.regon,
        nip: centre.nip,
        place: centre.city ?? '',
      },
      issuedOn: todayInPoland(deps),
      month,
      partner: { name: partner.name, address: partnerAddress(partner) },
      agreement: {
        number: agreement.number,
        validFrom: agreement.valid_from,
        validUntil: agreement.valid_until,
        dailyHoursLimit: Number(agreement.daily_hours_limit),
        activities: agreement.activities,
      },
      days: days.map((d) => ({ day: Number(d.date.slice(8, 10)), weekday: d.weekday, holiday: d.holiday })),
      rows: list.rows,
      totals: list.totals,
      source: art200ParametersOn(agreement.valid_from)?.source ?? null,
    },
  };
}

/** The month's attendance list for the PUP (PDF). */
export async function art200MonthListPdf(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  month: string,
): Promise<PdfFile> {
  requireAction(ctx, 'art200.view');
  const { agreement, data } = await listData(deps, ctx, agreementId, month);
  const bytes = await (await printing()).renderArt200MonthList(data);
  await audit(deps.db, ctx, 'art200.list.print', 'art200_agreement', agreementId, { month, format: 'pdf' });
  return { bytes, fileName: `lista-obecnosci-${safe(agreement.number)}-${month}.pdf` };
}

/** The same list as XLSX. */
export async function art200MonthListXlsx(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  month: string,
) {
  requireAction(ctx, 'art200.view');
  const { agreement, data } = await listData(deps, ctx, agreementId, month);
  const bytes = await (await printing()).renderArt200MonthListXlsx(data);
  await audit(deps.db, ctx, 'art200.list.print', 'art200_agreement', agreementId, { month, format: 'xlsx' });
  return { bytes, fileName: `lista-obecnosci-${safe(agreement.number)}-${month}.xlsx` };
}
