import type { Payroll } from '../../contracts/payroll.contract';
import type { Db } from '../../db/connection';
import { findPayrollLines } from '../../db/payroll-lines.repository';
import type { PayrollLineRow, PayrollMonthRow } from '../../db/schema';
import {
  CONTRIBUTION_PAYER_LABELS,
  contributionsOn,
  DEFAULT_CONTRIBUTION_PARAMETERS,
} from '../../domain/payroll/contributions';
import { withoutInternalNotes } from '../../reports/print/paper-text';
import { iso } from '../pathway/shared';
import { computeLines } from './compute-lines';
import { blockersOf } from './payroll-checks';
import { attendanceGaps, sameLines } from './payroll-freshness';

/**
 * The API shape of a payroll month: totals (transfers, cash, funding sources, contributions), each
 * line with its explanation and problems, what blocks closing, and whether the draft is stale.
 * `known` are the lines just saved (then the draft is fresh by construction).
 */
export async function presentPayroll(
  db: Db,
  centreId: string,
  row: PayrollMonthRow,
  known?: PayrollLineRow[],
): Promise<Payroll> {
  const lines = known
    ? [...known].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'pl'))
    : await findPayrollLines(db, row.id);
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

/**
 * Funding sources of the month's payments: benefits refunded by the starosta (art. 15 ust. 8), bonuses
 * the centre's.
 */
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
