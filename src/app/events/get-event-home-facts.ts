import type { EventHomeFacts } from '../../contracts/events.contract';
import { findEvents } from '../../db/events.repository';
import type { EventKind } from '../../domain/events/event-rules';
import { can } from '../../domain/access/permissions';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { loadEventDetail } from './event-shared';

/**
 * What the home page shows from events (for the home page's use case to call): the next events from today
 * (at most `limit`), how many people completed a course without a certificate yet, and the courses whose
 * certificates are issued and waiting to be printed since `printedSince` (default: the last 30 days).
 * No personal data — titles and counts only. Empty for a caller who may not see events.
 */
export async function getEventHomeFacts(
  deps: AppDeps,
  ctx: CallContext,
  options: { limit?: number } = {},
): Promise<EventHomeFacts> {
  if (!can(ctx.actor, 'events.view'))
    return { upcoming: [], certificatesToIssue: 0, certificatesToPrint: [] };
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  const rows = await findEvents(deps.db, centreId, { from: today });
  const upcoming = rows
    .filter((r) => r.starts_on >= today)
    .sort((a, b) => a.starts_on.localeCompare(b.starts_on))
    .slice(0, options.limit ?? 5)
    .map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind as EventKind,
      startsOn: r.starts_on,
      place: r.place,
    }));

  // Courses ended in the last 60 days: who completed and still waits for a certificate, what was just issued.
  const since = new Date(Date.parse(today) - 60 * 86_400_000).toISOString().slice(0, 10);
  const recent = (await findEvents(deps.db, centreId, { from: since })).filter((r) => r.ends_on <= today);
  let certificatesToIssue = 0;
  const certificatesToPrint: EventHomeFacts['certificatesToPrint'] = [];
  for (const r of recent) {
    const detail = await loadEventDetail(deps.db, centreId, r.id);
    if (!detail.certified) continue;
    certificatesToIssue += detail.registrations.filter((x) => x.completed && !x.certificate).length;
    const issued = detail.registrations.filter((x) => x.certificate).length;
    if (issued) certificatesToPrint.push({ eventId: r.id, title: r.title, count: issued });
  }
  return { upcoming, certificatesToIssue, certificatesToPrint };
}
