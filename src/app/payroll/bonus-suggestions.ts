import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { centreOf, todayInPoland } from '../pathway/shared';
import { benefitParametersOf, computeLines, monthRange } from './compute-lines';
import { attendanceGaps } from './payroll-freshness';

/**
 * The regulamin's default bonus rule (a % of the benefit for full attendance in the participation
 * period): suggestions only — the director confirms each one as a proposal with its justification.
 */
export async function bonusSuggestions(deps: AppDeps, ctx: CallContext, month: string) {
  requireAction(ctx, 'payroll.bonus');
  const { row: centre, settings } = await centreOf(deps.db, ctx);
  const percent = settings.bonusFullAttendancePercent;
  if (percent === null || centre.type !== 'CIS') return { percent: null, items: [] };
  const { lines } = await computeLines(deps.db, ctx.actor.centreId, month);
  const params = benefitParametersOf(centre.settings);
  // Full attendance is known only for a complete month: it has ended and every class day has a status.
  if (todayInPoland(deps) <= monthRange(month).to) return { percent, items: [], monthComplete: false };
  const gaps = await attendanceGaps(deps.db, ctx.actor.centreId, month, [
    ...new Set(lines.map((l) => l.participant_id)),
  ]);
  const items = [];
  for (const l of lines) {
    if (l.kind !== 'BENEFIT' || l.status !== 'PAY' || gaps.has(l.participant_id)) continue;
    const input = l.inputs as Parameters<typeof computeMonthlyBenefit>[0];
    // Lines computed before December 2026 stored the days as a record; later ones as the register's rows.
    const statuses = Array.isArray(input.days) ? input.days.map((d) => d.status) : Object.values(input.days);
    if (!statuses.length || statuses.some((st) => st !== 'present' && st !== 'no_classes')) continue;
    const amount = Math.floor((l.benefit_grosze * percent) / 100);
    if (amount <= 0) continue;
    const check = computeMonthlyBenefit({ ...input, bonus: amount }, params);
    if (!check.ok) continue; // e.g. the trial month
    items.push({
      participantId: l.participant_id,
      name: l.name,
      amountGrosze: amount,
      justification: `Pełna obecność w miesiącu ${month} — ${percent}% świadczenia zgodnie z regulaminem centrum.`,
    });
  }
  return { percent, items, monthComplete: true };
}
