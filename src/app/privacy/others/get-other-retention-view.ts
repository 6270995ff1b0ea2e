import { sql } from 'kysely';
import { firstDayAfter } from '../../../domain/privacy/anonymisation';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import { todayInPoland } from '../../pathway/shared';
import { requireAction } from '../present-authorisation';
import { findOtherPeople, otherRetentionEndsOn } from './other-kind-rows';
import { OTHER_KIND_DEFS, OTHER_KINDS, type OtherKind } from './other-kinds';

export interface OtherRetentionItem {
  kind: OtherKind;
  kindLabel: string;
  id: string;
  fullName: string;
  lastActivityOn: string;
  retentionEndsOn: string;
  anonymiseFrom: string;
  due: boolean;
}

/** The retention rules of every kind, as the view shows them (the period, from what, the source). */
export const otherRetentionRules = () =>
  OTHER_KINDS.map((kind) => ({ kind, label: OTHER_KIND_DEFS[kind].label, ...OTHER_KIND_DEFS[kind].rule }));

/**
 * The retention view for people who are not participants: whose period is over (due), whose runs (the
 * nearest first), and the director's approvals with their outcome. Lists people by name: director only.
 */
export async function getOtherRetentionView(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'privacy.retention.view');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  const approvals = await sql<{
    kind: OtherKind;
    person_id: string;
    pseudonym: string;
    last_activity_on: string;
    retention_ends_on: string;
    status: 'APPROVED' | 'DONE';
    approved_at: Date | string;
    done_at: Date | string | null;
    approved_by_name: string | null;
  }>`select a.kind, a.person_id::text as person_id, a.pseudonym, a.last_activity_on::text as last_activity_on,
      a.retention_ends_on::text as retention_ends_on, a.status, a.approved_at, a.done_at,
      u.full_name as approved_by_name
    from other_person_anonymisations a left join users u on u.id = a.approved_by
    where a.centre_id = ${centreId} order by a.approved_at desc`.execute(deps.db);
  const approved = new Set(approvals.rows.map((a) => `${a.kind}:${a.person_id}`));
  const items: OtherRetentionItem[] = [];
  for (const kind of OTHER_KINDS) {
    const def = OTHER_KIND_DEFS[kind];
    for (const p of await findOtherPeople(deps.db, def, centreId, today)) {
      if (!p.lastActivityOn || approved.has(`${kind}:${p.id}`)) continue;
      const until = otherRetentionEndsOn(def.rule, p.lastActivityOn);
      items.push({
        kind,
        kindLabel: def.label,
        id: p.id,
        fullName: p.fullName,
        lastActivityOn: p.lastActivityOn,
        retentionEndsOn: until,
        anonymiseFrom: firstDayAfter(until),
        due: until < today,
      });
    }
  }
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return {
    today,
    rules: otherRetentionRules(),
    due: items.filter((i) => i.due).sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn)),
    upcoming: items.filter((i) => !i.due).sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn)),
    approvals: approvals.rows.map((a) => ({
      kind: a.kind,
      kindLabel: OTHER_KIND_DEFS[a.kind].label,
      id: a.person_id,
      pseudonym: a.pseudonym,
      lastActivityOn: a.last_activity_on,
      retentionEndsOn: a.retention_ends_on,
      status: a.status,
      approvedByName: a.approved_by_name,
      approvedAt: iso(a.approved_at)!,
      doneAt: iso(a.done_at),
    })),
  };
}
