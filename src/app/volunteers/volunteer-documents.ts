import { hoursText } from '../../domain/events/event-rules';
import { renderVolunteerCertificate, renderVolunteerOpinion } from '../../reports/print/volunteer-documents';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { centreLetterhead } from '../privacy/privacy-documents';
import { loadVolunteer, type VolunteerView } from './volunteer-shared';

const slug = (v: VolunteerView) =>
  `${v.lastName}-${v.firstName}`
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .toLowerCase();

const periodOf = (a: VolunteerView['agreements'][number]) =>
  a.validUntil ? `od ${a.validFrom} do ${a.validUntil}` : `od ${a.validFrom}, bez daty końca`;

async function loadForPaper(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'volunteers.manage');
  const date = todayInPoland(deps);
  const v = await loadVolunteer(deps.db, ctx.actor.centreId, id, date);
  if (!v.activities.length)
    throw AppError.fields([
      {
        path: 'activities',
        code: 'NO_ACTIVITIES',
        message: 'Wolontariusz nie ma jeszcze zapisanych działań.',
      },
    ]);
  const { row: centre } = await centreOf(deps.db, ctx);
  return { v, date, centre: centreLetterhead(centre) };
}

/** The certificate of the volunteer's work (issued on request) as a PDF; the issue is audited. */
export async function volunteerCertificatePdf(deps: AppDeps, ctx: CallContext, id: string): Promise<PdfFile> {
  const { v, date, centre } = await loadForPaper(deps, ctx, id);
  const bytes = await renderVolunteerCertificate({
    centre,
    date,
    volunteerName: `${v.firstName} ${v.lastName}`,
    sex: v.sex,
    agreements: v.agreements.map((a) => ({ number: a.number, period: periodOf(a), scope: a.scope })),
    activities: v.activities.map((a) => ({
      doneOn: a.doneOn,
      activity: a.activity,
      hours: hoursText(a.minutes),
    })),
    totalHours: hoursText(v.totalMinutes),
    firstDay: v.activities[0]?.doneOn ?? null,
    lastDay: v.activities.at(-1)?.doneOn ?? null,
  });
  await audit(deps.db, ctx, 'volunteer.certificate_print', 'volunteer', id, {});
  return { bytes, fileName: `zaswiadczenie-wolontariusza-${slug(v)}.pdf` };
}

/** The written opinion on the volunteer's work (issued on request, text by the centre) as a PDF; audited. */
export async function volunteerOpinionPdf(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  text: string,
): Promise<PdfFile> {
  const { v, date, centre } = await loadForPaper(deps, ctx, id);
  const first = v.activities[0]!.doneOn;
  const last = v.activities.at(-1)!.doneOn;
  const bytes = await renderVolunteerOpinion({
    centre,
    date,
    volunteerName: `${v.firstName} ${v.lastName}`,
    period: first === last ? first : `${first} – ${last}`,
    totalHours: hoursText(v.totalMinutes),
    activities: [...new Set(v.activities.map((a) => a.activity))],
    text,
  });
  await audit(deps.db, ctx, 'volunteer.opinion_print', 'volunteer', id, {});
  return { bytes, fileName: `opinia-wolontariusza-${slug(v)}.pdf` };
}
