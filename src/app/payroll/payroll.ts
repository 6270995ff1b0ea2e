import { sql } from 'kysely';
import type { Payroll } from '../../contracts/payroll.contract';
import type { Db } from '../../db/connection';
import { lockKeys, tryLockKey } from '../../db/locks';
import type { PayrollLineRow, PayrollMonthRow } from '../../db/schema';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { DEFAULT_BENEFIT_PARAMETERS, parseBenefitParameters } from '../../domain/benefit/parameters';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { limitsCountFrom } from '../../domain/benefit/limits';
import { findRuleSet } from '../../domain/law/rule-sets';
import {
  CONTRIBUTION_PAYER_LABELS,
  contributionsOn,
  DEFAULT_CONTRIBUTION_PARAMETERS,
} from '../../domain/payroll/contributions';
import { AppError, forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, iso, rolesOf, todayInPoland } from '../pathway/shared';
import { attendanceGaps, gapBlockers, sameLines } from './payroll-freshness';
import { withoutInternalNotes } from '../../reports/print/paper-text';

const has = (ctx: CallContext, ...roles: string[]) => rolesOf(ctx).some((r) => roles.includes(r));
const requirePayrollStaff = (ctx: CallContext) => {
  if (!has(ctx, 'ACCOUNTANT', 'DIRECTOR')) throw forbidden();
};

function monthRange(month: string) {
  const { year, month: m } = parseIsoMonth(month)!;
  return { from: formatIsoDate(year, m, 1), to: formatIsoDate(year, m, daysInMonth(year, m)) };
}

type NewLine = Omit<
  PayrollLineRow,
  'id' | 'payroll_id' | 'explanation' | 'benefit_grosze' | 'bonus_grosze'
> & { explanation: string[]; benefit_grosze: number; bonus_grosze: number };

/**
 * Every participant-month of a CIS payroll, computed by the rules engine from the attendance of the
 * month (never recomputed elsewhere): the benefit with its explanation, the approved bonus proposal,
 * people whose IPZS continues without participation (nothing due, listed), and corrections settled
 * in this month.
 */
export async function computeLines(
  db: Db,
  centreId: string,
  month: string,
): Promise<{ lines: NewLine[]; ruleSet: string; parameters: unknown }> {
  return (await computeLinesForCentres(db, [centreId], month)).get(centreId)!;
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(key(row)) ?? map.set(key(row), []).get(key(row))!).push(row);
  return map;
};

/**
 * The same for many centres at once (a network's month): one read per table for all of them, then
 * the engine per participant — what a single centre's payroll does too.
 */
export async function computeLinesForCentres(
  db: Db,
  centreIds: string[],
  month: string,
): Promise<Map<string, { lines: NewLine[]; ruleSet: string; parameters: unknown }>> {
  const { from, to } = monthRange(month);
  const { year: y, month: m } = parseIsoMonth(month)!;
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  // Independent reads go out together (a pool runs them in parallel; a transaction queues them).
  const [centres, programmes, carried, corrections] = await Promise.all([
    db.selectFrom('centres').select(['id', 'settings']).where('id', 'in', centreIds).execute(),
    db
      .selectFrom('programmes as pr')
      .innerJoin('participants as p', 'p.id', 'pr.participant_id')
      .leftJoin('bonus_proposals as b', (j) =>
        j
          .onRef('b.participant_id', '=', 'pr.participant_id')
          .onRef('b.centre_id', '=', 'pr.centre_id')
          .on('b.month', '=', month),
      )
      .select([
        'pr.centre_id',
        'pr.participant_id',
        'pr.admission_date',
        'pr.last_day',
        'pr.planned_end',
        'pr.status',
        'pr.continuation_until',
        'pr.extension_months',
        'p.first_name',
        'p.last_name',
        'p.pesel',
        'p.bank_account',
        'p.paid_in_cash',
        'b.amount_grosze as bonus',
      ])
      .where('pr.centre_id', 'in', centreIds)
      .where('pr.kind', '=', 'IPZS')
      .where('pr.status', '!=', 'DRAFT')
      .where('pr.admission_date', '<=', to)
      .where((eb) => eb(eb.fn.coalesce('pr.continuation_until', 'pr.last_day', 'pr.planned_end'), '>=', from))
      .orderBy('p.name_key')
      .execute(),
    // Days off and sick days used before the month: the previous month's closed payroll (the engine's endUse)…
    db
      .selectFrom('payroll_lines as pl')
      .innerJoin('payroll_months as pm', 'pm.id', 'pl.payroll_id')
      .select([
        'pl.participant_id',
        sql<{ daysOff: number; sickDays: number } | null>`pl.inputs->'endUse'`.as('end_use'),
      ])
      .where('pm.centre_id', 'in', centreIds)
      .where('pm.month', '=', previous)
      .where('pm.status', '=', 'CLOSED')
      .where('pl.kind', '=', 'BENEFIT')
      .execute(),
    db
      .selectFrom('payroll_corrections as c')
      .innerJoin('participants as p', 'p.id', 'c.participant_id')
      .select([
        'c.id',
        'c.centre_id',
        'c.participant_id',
        'c.concerns_month',
        'c.amount_grosze',
        'c.reason',
        'p.first_name',
        'p.last_name',
        'p.pesel',
        'p.bank_account',
        'p.paid_in_cash',
      ])
      .where('c.centre_id', 'in', centreIds)
      .where('c.settle_month', '=', month)
      .orderBy('c.created_at')
      .execute(),
  ]);
  const endUse = new Map<string, { daysOff: number; sickDays: number }>();
  for (const c of carried) {
    const use = (typeof c.end_use === 'string' ? JSON.parse(c.end_use) : c.end_use) as {
      daysOff: number;
      sickDays: number;
    } | null;
    if (use) endUse.set(c.participant_id, use);
  }
  // …and, for people without one, counted from the attendance itself (same statement as the month).
  const unknown = programmes.map((p) => p.participant_id).filter((id) => !endUse.has(id));
  const monthRows = programmes.length
    ? db
        .selectFrom('attendance_entries')
        .select(['participant_id', 'date', 'status'])
        .where('centre_id', 'in', centreIds)
        .where('date', '>=', from)
        .where('date', '<=', to)
    : null;
  const rows = !monthRows
    ? []
    : unknown.length
      ? await monthRows
          .unionAll(
            db
              .selectFrom('attendance_entries')
              .select(['participant_id', 'date', 'status'])
              .where('centre_id', 'in', centreIds)
              .where('participant_id', 'in', unknown)
              .where('date', '<', from)
              .where('status', 'in', ['day_off', 'sick']),
          )
          .execute()
      : await monthRows.execute();
  const byPerson = groupBy(rows, (r) => r.participant_id);
  const programmesByCentre = groupBy(programmes, (p) => p.centre_id);
  const correctionsByCentre = groupBy(corrections, (c) => c.centre_id);
  const ruleSet = findRuleSet(from).id;
  const out = new Map<string, { lines: NewLine[]; ruleSet: string; parameters: unknown }>();
  for (const centre of centres) {
    const parsed = parseBenefitParameters(
      (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {},
    );
    const params = parsed.ok ? parsed.value : DEFAULT_BENEFIT_PARAMETERS;
    const lines: NewLine[] = [];
    for (const p of programmesByCentre.get(centre.id) ?? []) {
      const name = `${p.last_name} ${p.first_name}`;
      const base = {
        centre_id: centre.id,
        participant_id: p.participant_id,
        name,
        pesel: p.pesel,
        bank_account: p.bank_account,
        paid_in_cash: p.paid_in_cash,
        correction_id: null,
      };
      const participationEnd = p.last_day ?? p.planned_end;
      if (participationEnd < from) {
        lines.push({
          ...base,
          kind: 'BENEFIT',
          status: 'CONTINUING_NO_BENEFIT',
          inputs: JSON.stringify({ continuationUntil: p.continuation_until }),
          explanation: [
            'Program realizowany bez uczestnictwa w zajęciach po podjęciu zatrudnienia — świadczenie integracyjne nie przysługuje (art. 13 ust. 5).',
          ],
          benefit_grosze: 0,
          bonus_grosze: 0,
          total_grosze: 0,
        });
        continue;
      }
      const mine = byPerson.get(p.participant_id) ?? [];
      const days: Record<string, string> = {};
      const known = endUse.get(p.participant_id);
      const priorUse = known ? { ...known } : { daysOff: 0, sickDays: 0 };
      // From June 2025 only the participation period counts against the limits (art. 15 ust. 6a, 7a).
      const countFrom = limitsCountFrom(month, p.admission_date);
      for (const e of mine) {
        if (e.date >= from) days[e.date] = e.status;
        else if (!known && e.date >= countFrom) {
          if (e.status === 'day_off') priorUse.daysOff++;
          else priorUse.sickDays++;
        }
      }
      const input = {
        month,
        centreType: 'CIS' as const,
        admissionDate: p.admission_date,
        endDate: p.last_day ?? (p.planned_end <= to ? p.planned_end : null),
        days,
        priorUse,
        extensionMonths: p.extension_months,
        bonus: p.bonus ?? 0,
      };
      const result = computeMonthlyBenefit(input, params);
      if (!result.ok) {
        lines.push({
          ...base,
          kind: 'BENEFIT',
          status: 'NOTHING_DUE',
          inputs: JSON.stringify({ ...input, error: result.error }),
          explanation: [result.error.message],
          benefit_grosze: 0,
          bonus_grosze: 0,
          total_grosze: 0,
        });
        continue;
      }
      const v = result.value;
      lines.push({
        ...base,
        kind: 'BENEFIT',
        status: v.total > 0 ? 'PAY' : 'NOTHING_DUE',
        inputs: JSON.stringify({ ...input, endUse: v.endUse }),
        explanation: v.explanation,
        benefit_grosze: v.total - v.bonus,
        bonus_grosze: v.bonus,
        total_grosze: v.total,
      });
    }
    for (const c of correctionsByCentre.get(centre.id) ?? []) {
      lines.push({
        centre_id: centre.id,
        participant_id: c.participant_id,
        name: `${c.last_name} ${c.first_name}`,
        pesel: c.pesel,
        bank_account: c.bank_account,
        paid_in_cash: c.paid_in_cash,
        kind: 'CORRECTION',
        status: 'PAY',
        correction_id: c.id,
        inputs: JSON.stringify({ concernsMonth: c.concerns_month }),
        explanation: [`Korekta za ${c.concerns_month}: ${c.reason}`],
        benefit_grosze: c.amount_grosze,
        bonus_grosze: 0,
        total_grosze: c.amount_grosze,
      });
    }
    out.set(centre.id, { lines, ruleSet, parameters: params });
  }
  return out;
}

async function blockersOf(
  db: Db,
  centreId: string,
  month: string,
  lines: Pick<
    PayrollLineRow,
    | 'participant_id'
    | 'name'
    | 'status'
    | 'bank_account'
    | 'paid_in_cash'
    | 'total_grosze'
    | 'kind'
    | 'inputs'
  >[],
  gaps?: Map<string, { name: string; dates: string[] }>,
) {
  const { from, to } = monthRange(month);
  const blockers: string[] = [];
  const people = [...new Set(lines.map((l) => l.participant_id))];
  blockers.push(...gapBlockers(gaps ?? (await attendanceGaps(db, centreId, month, people))));
  for (const l of lines) {
    if (l.status === 'PAY' && l.total_grosze > 0 && !l.bank_account && !l.paid_in_cash)
      blockers.push(
        `${l.name}: brak rachunku bankowego (NRB) — wpisz rachunek albo zaznacz wypłatę gotówką.`,
      );
    // A day off the law does not give (art. 15 ust. 6a–6b) must be corrected in the register, not paid as 0.
    const refusal = (typeof l.inputs === 'string' ? JSON.parse(l.inputs) : l.inputs) as {
      error?: { code: string; message: string };
    } | null;
    if (refusal?.error?.code.startsWith('DAY_OFF_'))
      blockers.push(`${l.name}: ${refusal.error.message} Popraw listę obecności.`);
  }
  blockers.push(...(await applicationBlockers(db, centreId, lines)));
  const ids = [...new Set(lines.map((l) => l.participant_id))];
  if (ids.length) {
    const workshops = await db
      .selectFrom('workshop_assignments as a')
      .innerJoin('workshops as w', 'w.id', 'a.workshop_id')
      .leftJoin('attendance_months as m', (j) =>
        j.onRef('m.workshop_id', '=', 'a.workshop_id').on('m.month', '=', month),
      )
      .select(['w.name', 'm.status'])
      .distinct()
      .where('a.centre_id', '=', centreId)
      .where('a.participant_id', 'in', ids)
      .where('a.from_date', '<=', to)
      .where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>=', from)]))
      .execute();
    for (const w of workshops)
      if (w.status !== 'LOCKED')
        blockers.push(`Warsztat ${w.name}: lista obecności za ${month} nie jest zamknięta.`);
  }
  return blockers;
}

/**
 * The benefit is granted by the director on the participant's application (art. 15 ust. 4): every
 * person on the list who takes part in classes needs a recorded application with the director's grant.
 */
async function applicationBlockers(
  db: Db,
  centreId: string,
  lines: Pick<PayrollLineRow, 'participant_id' | 'name' | 'status' | 'kind'>[],
) {
  const benefit = lines.filter((l) => l.kind === 'BENEFIT' && l.status !== 'CONTINUING_NO_BENEFIT');
  if (!benefit.length) return [];
  const programmes = await db
    .selectFrom('programmes')
    .select(['participant_id', 'benefit_application_on', 'benefit_granted_on'])
    .where('centre_id', '=', centreId)
    .where('kind', '=', 'IPZS')
    .where('status', '!=', 'DRAFT')
    .where(
      'participant_id',
      'in',
      benefit.map((l) => l.participant_id),
    )
    .execute();
  const granted = new Set(programmes.filter((p) => p.benefit_granted_on).map((p) => p.participant_id));
  const pending = new Map(
    programmes
      .filter((p) => p.benefit_application_on)
      .map((p) => [p.participant_id, p.benefit_application_on]),
  );
  return benefit
    .filter((l) => !granted.has(l.participant_id))
    .map((l) =>
      pending.has(l.participant_id)
        ? `${l.name}: wniosek o świadczenie integracyjne z dnia ${pending.get(l.participant_id)} czeka na przyznanie przez kierownika (art. 15 ust. 4).`
        : `${l.name}: brak wniosku o świadczenie integracyjne — świadczenie przyznaje kierownik na wniosek uczestnika (art. 15 ust. 4); wpisz wniosek w programie uczestnika.`,
    );
}

async function view(
  db: Db,
  centreId: string,
  row: PayrollMonthRow,
  known?: PayrollLineRow[],
): Promise<Payroll> {
  const lines = known
    ? [...known].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'pl'))
    : await db
        .selectFrom('payroll_lines')
        .selectAll()
        .where('payroll_id', '=', row.id)
        .orderBy('kind')
        .orderBy('name')
        .execute();
  const paying = lines.filter((l) => l.status === 'PAY' && l.total_grosze !== 0);
  const sum = (ls: typeof lines) => ls.reduce((s, l) => s + l.total_grosze, 0);
  const open = row.status !== 'CLOSED';
  const gaps = open
    ? await attendanceGaps(db, centreId, row.month, [...new Set(lines.map((l) => l.participant_id))])
    : new Map<string, { name: string; dates: string[] }>();
  const blockers = open ? await blockersOf(db, centreId, row.month, lines, gaps) : [];
  const stale = open && !known && !sameLines(lines, (await computeLines(db, centreId, row.month)).lines);
  return {
    id: row.id,
    month: row.month,
    status: row.status as Payroll['status'],
    ruleSet: row.rule_set,
    computedAt: iso(row.computed_at),
    reviewedAt: row.reviewed_at ? iso(row.reviewed_at) : null,
    approvedAt: row.approved_at ? iso(row.approved_at) : null,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    total: Number(row.total_grosze),
    transfers: {
      count: paying.filter((l) => !l.paid_in_cash).length,
      total: sum(paying.filter((l) => !l.paid_in_cash)),
    },
    cash: {
      count: paying.filter((l) => l.paid_in_cash).length,
      total: sum(paying.filter((l) => l.paid_in_cash)),
    },
    funding: fundingSummary(paying),
    contributions: (() => {
      const all = paying.map((l) => contributionsOn(l.benefit_grosze, l.bonus_grosze));
      const pension = all.reduce((x, c) => x + c.pension, 0);
      const disability = all.reduce((x, c) => x + c.disability, 0);
      return {
        pension,
        disability,
        total: pension + disability,
        payer: CONTRIBUTION_PAYER_LABELS[DEFAULT_CONTRIBUTION_PARAMETERS.payer],
        payerConfirmed: DEFAULT_CONTRIBUTION_PARAMETERS.payerConfidence !== 'uncertain',
        source: DEFAULT_CONTRIBUTION_PARAMETERS.source,
        confidence: DEFAULT_CONTRIBUTION_PARAMETERS.confidence,
      };
    })(),
    lines: lines.map((l) => ({
      contributions: (({ pension, disability, explanation }) => ({ pension, disability, explanation }))(
        contributionsOn(l.status === 'PAY' ? l.benefit_grosze : 0, l.status === 'PAY' ? l.bonus_grosze : 0),
      ),
      id: l.id,
      participantId: l.participant_id,
      kind: l.kind as 'BENEFIT',
      status: l.status as 'PAY',
      name: l.name,
      bankAccount: l.bank_account,
      paidInCash: l.paid_in_cash,
      benefit: l.benefit_grosze,
      bonus: l.bonus_grosze,
      total: l.total_grosze,
      explanation: l.explanation.map(withoutInternalNotes),
      problems: [
        ...(l.status === 'PAY' && !l.bank_account && !l.paid_in_cash ? ['brak rachunku bankowego'] : []),
        ...(l.kind === 'BENEFIT' && gaps.has(l.participant_id)
          ? [`dni zajęć bez statusu obecności: ${gaps.get(l.participant_id)!.dates.length} — kwota wstępna`]
          : []),
      ],
      missingDays: l.kind === 'BENEFIT' ? (gaps.get(l.participant_id)?.dates ?? []) : [],
    })),
    blockers,
    stale,
    version: row.version,
  };
}

/** Funding sources of the month's payments: benefits refunded by the starosta (art. 15 ust. 8), bonuses the centre's. */
function fundingSummary(paying: PayrollLineRow[]) {
  const fp = paying.reduce((s, l) => s + (l.kind === 'CORRECTION' ? l.total_grosze : l.benefit_grosze), 0);
  const bonuses = paying.reduce((s, l) => s + l.bonus_grosze, 0);
  return [
    {
      source: 'FUNDUSZ_PRACY',
      label: 'Fundusz Pracy (refundacja przez PUP) — świadczenia i korekty',
      amount: fp,
      basis: 'art. 15 ust. 8 ustawy o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718)',
      confidence: 'secondary',
    },
    {
      source: 'OWN_ACTIVITY_INCOME',
      label: 'dochód z własnej działalności centrum (art. 9) — premie motywacyjne',
      amount: bonuses,
      basis:
        'art. 15a ustawy o zatrudnieniu socjalnym; źródło finansowania premii — do ustalenia w regulaminie centrum',
      confidence: 'uncertain',
    },
  ];
}

/** The advisory lock that serialises computing, closing and advancing one centre's payroll month. */
const payrollLockKey = (centreId: string, month: string) => `payroll:${centreId}:${month}`;

async function findPayroll(db: Db, centreId: string, month: string) {
  return db
    .selectFrom('payroll_months')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** (Re)computes the month's payroll; a reviewed or approved payroll goes back to draft. A closed month never changes. */
export async function computePayroll(deps: AppDeps, ctx: CallContext, month: string): Promise<Payroll> {
  requirePayrollStaff(ctx);
  const { row: centre } = await centreOf(deps.db, ctx);
  if (centre.type !== 'CIS')
    throw new AppError('INVALID_STATE', {
      message: 'Świadczenie integracyjne wypłaca tylko centrum integracji społecznej (CIS).',
    });
  return deps.db.transaction().execute(async (trx) => {
    // One compute of a centre's month at a time (across instances): the others answer 409 at once.
    if (!(await tryLockKey(trx, payrollLockKey(ctx.actor.centreId, month))))
      throw new AppError('PAYROLL_BUSY');
    const existing = await findPayroll(trx, ctx.actor.centreId, month);
    if (existing?.status === 'CLOSED')
      throw new AppError('INVALID_STATE', {
        message: `Lista wypłat za ${month} jest zamknięta. Zmiany wprowadza się korektą w innym miesiącu.`,
      });
    const { lines, ruleSet, parameters } = await computeLines(trx, ctx.actor.centreId, month);
    const total = lines.filter((l) => l.status === 'PAY').reduce((s, l) => s + l.total_grosze, 0);
    let row: PayrollMonthRow;
    if (existing) {
      await trx.deleteFrom('payroll_lines').where('payroll_id', '=', existing.id).execute();
      row = await trx
        .updateTable('payroll_months')
        .set({
          status: 'DRAFT',
          computed_at: new Date(),
          computed_by: ctx.actor.userId,
          reviewed_by: null,
          reviewed_at: null,
          approved_by: null,
          approved_at: null,
          rule_set: ruleSet,
          parameters: JSON.stringify(parameters),
          total_grosze: total,
          version: existing.version + 1,
        })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    } else {
      row = await trx
        .insertInto('payroll_months')
        .values({
          centre_id: ctx.actor.centreId,
          month,
          computed_by: ctx.actor.userId,
          rule_set: ruleSet,
          parameters: JSON.stringify(parameters),
          total_grosze: total,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    const saved = lines.length
      ? await trx
          .insertInto('payroll_lines')
          .values(lines.map((l) => ({ ...l, payroll_id: row.id })))
          .returningAll()
          .execute()
      : [];
    await audit(trx, ctx, 'payroll.compute', 'payroll', row.id, { month, lines: lines.length, total });
    return view(trx, ctx.actor.centreId, row, saved);
  });
}

export async function getPayroll(deps: AppDeps, ctx: CallContext, month: string): Promise<Payroll> {
  requirePayrollStaff(ctx);
  const row = await findPayroll(deps.db, ctx.actor.centreId, month);
  if (!row) throw notFound();
  return view(deps.db, ctx.actor.centreId, row);
}

/** The accountant reviews, the director approves, then the month closes — one transaction, an immutable snapshot. */
export async function advancePayroll(
  deps: AppDeps,
  ctx: CallContext,
  month: string,
  step: 'review' | 'approve' | 'close',
  version: number,
): Promise<Payroll> {
  const allowed = { review: ['ACCOUNTANT'], approve: ['DIRECTOR'], close: ['DIRECTOR', 'ACCOUNTANT'] }[step];
  if (!has(ctx, ...allowed)) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    await lockKeys(trx, [payrollLockKey(ctx.actor.centreId, month)]);
    const row = await trx
      .selectFrom('payroll_months')
      .selectAll()
      .where('centre_id', '=', ctx.actor.centreId)
      .where('month', '=', month)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    const from = { review: 'DRAFT', approve: 'REVIEWED', close: 'APPROVED' }[step];
    if (row.status === 'CLOSED')
      throw new AppError('INVALID_STATE', { message: `Lista wypłat za ${month} jest już zamknięta.` });
    if (row.status !== from)
      throw new AppError('INVALID_STATE', {
        message: {
          review: 'Sprawdzić można listę w projekcie.',
          approve: 'Zatwierdza się listę sprawdzoną przez księgowość.',
          close: 'Zamknąć można listę zatwierdzoną przez kierownika.',
        }[step],
      });
    const now = new Date();
    await requireFreshAndComplete(trx, ctx.actor.centreId, row, step);
    const changes =
      step === 'review'
        ? { status: 'REVIEWED', reviewed_by: ctx.actor.userId, reviewed_at: now }
        : step === 'approve'
          ? { status: 'APPROVED', approved_by: ctx.actor.userId, approved_at: now }
          : { status: 'CLOSED', closed_by: ctx.actor.userId, closed_at: now };
    const updated = await trx
      .updateTable('payroll_months')
      .set({ ...changes, version: row.version + 1 })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, `payroll.${step}`, 'payroll', row.id, { month, total: Number(row.total_grosze) });
    return view(trx, ctx.actor.centreId, updated);
  });
}

/**
 * Before a step: the stored lines must be what the engine says now (a bonus, attendance, an NRB or the
 * cash flag changed since computing makes the draft stale — PAYROLL_STALE), no class day may lack a
 * status (PAYROLL_ATTENDANCE_INCOMPLETE), and closing needs every blocker cleared.
 */
async function requireFreshAndComplete(
  trx: Db,
  centreId: string,
  row: PayrollMonthRow,
  step: 'review' | 'approve' | 'close',
) {
  const stored = await trx.selectFrom('payroll_lines').selectAll().where('payroll_id', '=', row.id).execute();
  const fresh = await computeLines(trx, centreId, row.month);
  if (!sameLines(stored, fresh.lines))
    throw new AppError('PAYROLL_STALE', {
      message:
        'Dane zmieniły się od obliczenia listy (obecności, premie, korekty, rachunek lub forma wypłaty). Przelicz listę — zobaczysz nowe kwoty — i przejdź sprawdzenie ponownie.',
    });
  const gaps = await attendanceGaps(trx, centreId, row.month, [
    ...new Set(stored.map((l) => l.participant_id)),
  ]);
  if (gaps.size)
    throw new AppError('PAYROLL_ATTENDANCE_INCOMPLETE', {
      message: `Nie można ${{ review: 'sprawdzić', approve: 'zatwierdzić', close: 'zamknąć' }[step]} listy: ${gapBlockers(gaps).join(' ')}`,
      details: { blockers: gapBlockers(gaps) },
    });
  if (step !== 'close') return;
  const blockers = await blockersOf(trx, centreId, row.month, stored, gaps);
  if (blockers.length)
    throw new AppError('INVALID_STATE', {
      message: `Nie można zamknąć listy wypłat: ${blockers.join(' ')}`,
      details: { blockers },
    });
}

/**
 * The director proposes a motivation bonus (art. 15a) with a justification; the rules engine refuses
 * it in the trial month and above the legal limit. A closed month takes no bonus.
 */
export async function proposeBonus(
  deps: AppDeps,
  ctx: CallContext,
  input: { month: string; participantId: string; amountGrosze: number; justification: string },
) {
  if (!has(ctx, 'DIRECTOR')) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    const payroll = await findPayroll(trx, ctx.actor.centreId, input.month);
    if (payroll?.status === 'CLOSED')
      throw new AppError('INVALID_STATE', { message: `Lista wypłat za ${input.month} jest zamknięta.` });
    const { lines } = await computeLines(trx, ctx.actor.centreId, input.month);
    const line = lines.find((l) => l.participant_id === input.participantId && l.kind === 'BENEFIT');
    if (!line || line.status === 'CONTINUING_NO_BENEFIT')
      throw AppError.fields([
        {
          path: 'participantId',
          code: 'NOT_PARTICIPATING',
          message: 'Ta osoba nie uczestniczy w zajęciach w tym miesiącu.',
        },
      ]);
    const inputs = JSON.parse(line.inputs as string) as Parameters<typeof computeMonthlyBenefit>[0];
    const centre = await trx
      .selectFrom('centres')
      .select('settings')
      .where('id', '=', ctx.actor.centreId)
      .executeTakeFirstOrThrow();
    const parsed = parseBenefitParameters(
      (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {},
    );
    const check = computeMonthlyBenefit(
      { ...inputs, bonus: input.amountGrosze },
      parsed.ok ? parsed.value : DEFAULT_BENEFIT_PARAMETERS,
    );
    if (!check.ok)
      throw AppError.fields([{ path: 'amountGrosze', code: check.error.code, message: check.error.message }]);
    await trx
      .insertInto('bonus_proposals')
      .values({
        centre_id: ctx.actor.centreId,
        month: input.month,
        participant_id: input.participantId,
        amount_grosze: input.amountGrosze,
        justification: input.justification,
        proposed_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['centre_id', 'month', 'participant_id']).doUpdateSet({
          amount_grosze: input.amountGrosze,
          justification: input.justification,
          proposed_by: ctx.actor.userId,
          created_at: new Date(),
        }),
      )
      .execute();
    if (payroll && payroll.status !== 'DRAFT')
      await trx
        .updateTable('payroll_months')
        .set({
          status: 'DRAFT',
          reviewed_at: null,
          reviewed_by: null,
          approved_at: null,
          approved_by: null,
          version: payroll.version + 1,
        })
        .where('id', '=', payroll.id)
        .execute();
    await audit(trx, ctx, 'payroll.bonus', 'participant', input.participantId, {
      month: input.month,
      amount: input.amountGrosze,
      limit: check.value.bonusLimit,
    });
    return {
      month: input.month,
      participantId: input.participantId,
      amountGrosze: input.amountGrosze,
      limitGrosze: check.value.bonusLimit,
    };
  });
}

/** A correction of a closed month: a separate entry with a reason, paid or recovered in a chosen open month. */
export async function addCorrection(
  deps: AppDeps,
  ctx: CallContext,
  input: {
    participantId: string;
    concernsMonth: string;
    settleMonth: string;
    amountGrosze: number;
    reason: string;
  },
) {
  requirePayrollStaff(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('participants')
      .select('id')
      .where('centre_id', '=', ctx.actor.centreId)
      .where('id', '=', input.participantId)
      .executeTakeFirst();
    if (!person)
      throw AppError.fields([
        { path: 'participantId', code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w centrum.' },
      ]);
    const settle = await findPayroll(trx, ctx.actor.centreId, input.settleMonth);
    if (settle?.status === 'CLOSED')
      throw AppError.fields([
        {
          path: 'settleMonth',
          code: 'MONTH_CLOSED',
          message: `Lista wypłat za ${input.settleMonth} jest zamknięta — wybierz otwarty miesiąc.`,
        },
      ]);
    const row = await trx
      .insertInto('payroll_corrections')
      .values({
        centre_id: ctx.actor.centreId,
        participant_id: input.participantId,
        concerns_month: input.concernsMonth,
        settle_month: input.settleMonth,
        amount_grosze: input.amountGrosze,
        reason: input.reason,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (settle && settle.status !== 'DRAFT')
      await trx
        .updateTable('payroll_months')
        .set({
          status: 'DRAFT',
          reviewed_at: null,
          reviewed_by: null,
          approved_at: null,
          approved_by: null,
          version: settle.version + 1,
        })
        .where('id', '=', settle.id)
        .execute();
    await audit(trx, ctx, 'payroll.correction', 'participant', input.participantId, {
      concernsMonth: input.concernsMonth,
      settleMonth: input.settleMonth,
      amount: input.amountGrosze,
    });
    return { id: row.id, ...input };
  });
}

/**
 * The regulamin's default bonus rule (a % of the benefit for full attendance in the participation
 * period): suggestions only — the director confirms each one as a proposal with its justification.
 */
export async function bonusSuggestions(deps: AppDeps, ctx: CallContext, month: string) {
  if (!has(ctx, 'DIRECTOR')) throw forbidden();
  const { row: centre, settings } = await centreOf(deps.db, ctx);
  const percent = settings.bonusFullAttendancePercent;
  if (percent === null || centre.type !== 'CIS') return { percent: null, items: [] };
  const { lines } = await computeLines(deps.db, ctx.actor.centreId, month);
  const parsed = parseBenefitParameters(
    (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {},
  );
  // Full attendance is known only for a complete month: it has ended and every class day has a status.
  if (todayInPoland(deps) <= monthRange(month).to) return { percent, items: [], monthComplete: false };
  const gaps = await attendanceGaps(deps.db, ctx.actor.centreId, month, [
    ...new Set(lines.map((l) => l.participant_id)),
  ]);
  const items = [];
  for (const l of lines) {
    if (l.kind !== 'BENEFIT' || l.status !== 'PAY' || gaps.has(l.participant_id)) continue;
    const input = JSON.parse(l.inputs as string) as Parameters<typeof computeMonthlyBenefit>[0];
    const statuses = Object.values(input.days);
    if (!statuses.length || statuses.some((st) => st !== 'present' && st !== 'no_classes')) continue;
    const amount = Math.floor((l.benefit_grosze * percent) / 100);
    if (amount <= 0) continue;
    const check = computeMonthlyBenefit(
      { ...input, bonus: amount },
      parsed.ok ? parsed.value : DEFAULT_BENEFIT_PARAMETERS,
    );
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

/**
 * Computes the month's draft payroll of many CIS centres in one run (a network operator, the CLI):
 * one read per table, one transaction; closed months are left alone and reported.
 */
export async function computePayrollsForCentres(
  deps: AppDeps,
  month: string,
  centreIds: string[] | 'ALL',
  operator: { userId: string | null; email: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('centres').select(['id', 'name']).where('type', '=', 'CIS');
    if (centreIds !== 'ALL')
      q = q.where('id', 'in', centreIds.length ? centreIds : ['00000000-0000-0000-0000-000000000000']);
    const centres = await q.execute();
    if (!centres.length) return { computed: [], skippedClosed: [] };
    await lockKeys(
      trx,
      centres.map((c) => payrollLockKey(c.id, month)),
    );
    const existing = await trx
      .selectFrom('payroll_months')
      .select(['id', 'centre_id', 'status'])
      .where('month', '=', month)
      .where(
        'centre_id',
        'in',
        centres.map((c) => c.id),
      )
      .execute();
    const closed = new Set(existing.filter((e) => e.status === 'CLOSED').map((e) => e.centre_id));
    const open = centres.filter((c) => !closed.has(c.id));
    if (!open.length)
      return { computed: [], skippedClosed: centres.filter((c) => closed.has(c.id)).map((c) => c.name) };
    const computed = await computeLinesForCentres(
      trx,
      open.map((c) => c.id),
      month,
    );
    const drafts = existing.filter((e) => e.status !== 'CLOSED').map((e) => e.id);
    if (drafts.length) await trx.deleteFrom('payroll_lines').where('payroll_id', 'in', drafts).execute();
    const rows = open.map((c) => {
      const r = computed.get(c.id)!;
      return {
        centre_id: c.id,
        month,
        computed_by: operator.userId,
        rule_set: r.ruleSet,
        parameters: JSON.stringify(r.parameters),
        total_grosze: r.lines.filter((l) => l.status === 'PAY').reduce((s, l) => s + l.total_grosze, 0),
      };
    });
    const months = await trx
      .insertInto('payroll_months')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['centre_id', 'month']).doUpdateSet((eb) => ({
          status: 'DRAFT',
          computed_at: new Date(),
          computed_by: eb.ref('excluded.computed_by'),
          reviewed_by: null,
          reviewed_at: null,
          approved_by: null,
          approved_at: null,
          rule_set: eb.ref('excluded.rule_set'),
          parameters: eb.ref('excluded.parameters'),
          total_grosze: eb.ref('excluded.total_grosze'),
          version: sql<number>`payroll_months.version + 1`,
        })),
      )
      .returning(['id', 'centre_id', 'total_grosze'])
      .execute();
    const payrollOf = new Map(months.map((m) => [m.centre_id, m.id]));
    const lines = open.flatMap((c) =>
      computed.get(c.id)!.lines.map((l) => ({ ...l, payroll_id: payrollOf.get(c.id)! })),
    );
    for (let i = 0; i < lines.length; i += 1000)
      await trx
        .insertInto('payroll_lines')
        .values(lines.slice(i, i + 1000))
        .execute();
    await trx
      .insertInto('audit_log')
      .values(
        months.map((m) => ({
          centre_id: m.centre_id,
          actor_user_id: operator.userId,
          actor_email: operator.email,
          action: 'payroll.compute',
          entity_type: 'payroll',
          entity_id: m.id,
          ip: null,
          details: JSON.stringify({
            month,
            lines: computed.get(m.centre_id)!.lines.length,
            total: Number(m.total_grosze),
            batch: true,
          }),
        })),
      )
      .execute();
    return {
      computed: months.map((m) => ({
        centreId: m.centre_id,
        total: Number(m.total_grosze),
        lines: computed.get(m.centre_id)!.lines.length,
      })),
      skippedClosed: centres.filter((c) => closed.has(c.id)).map((c) => c.name),
    };
  });
}
