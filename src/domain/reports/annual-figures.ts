import type { EligibilityGroup } from '../types';
import { ELIGIBILITY_GROUPS } from '../types';
import { staffYearSummary, type StaffMember, type StaffYearSummary } from '../staff/staff-ratio';
import {
  independenceInYear,
  INDEPENDENCE_KINDS,
  type IndependenceKind,
  type Outcome,
  SOCIAL_EFFECTS,
} from './outcomes';

/**
 * The annual report's figures (CIS: Dz.U. 2017 poz. 97; KIS: art. 18a ust. 6) from plain rows. Pure:
 * every cell keeps the participants behind it, so the director can trace any figure (art. 5b).
 */

export interface ProgrammeFact {
  participantId: string;
  programmeId: string;
  sex: 'F' | 'M';
  /** Art. 1 ust. 2 groups of the person (all of them); the first is the referral's (primary) group. */
  groups: readonly string[];
  admissionDate: string;
  /** The last day of participation (exit) or null while the programme runs. */
  lastDay: string | null;
  plannedEnd: string;
  exitType: string | null;
}

export interface PayrollLineFact {
  month: string;
  payrollStatus: string;
  kind: string;
  lineStatus: string;
  participantId: string;
  benefitGrosze: number;
  bonusGrosze: number;
  totalGrosze: number;
}

export interface MonthState {
  month: string;
  label: string;
  status: string;
}

export type GroupCounting = 'each' | 'primary';

export interface AnnualInput {
  year: number;
  centreType: 'CIS' | 'KIS';
  /** Months of the year already over on the day the report is made ('YYYY-MM'). */
  monthsOver: readonly string[];
  groupCounting: GroupCounting;
  programmes: readonly ProgrammeFact[];
  outcomes: readonly Outcome[];
  staff: readonly StaffMember[];
  payrollLines: readonly PayrollLineFact[];
  payrollMonths: readonly MonthState[];
  attendanceMonths: readonly MonthState[];
  services: readonly { key: string; label: string; participantIds: readonly string[] }[];
}

export type Trace = Record<string, string[]>;

export interface AnnualWarning {
  code:
    | 'PAYROLL_MONTH_OPEN'
    | 'PAYROLL_MONTH_MISSING'
    | 'ATTENDANCE_MONTH_UNLOCKED'
    | 'FINANCE_PAYROLL_MISMATCH';
  month: string;
  label: string;
}

export interface AnnualFigures {
  year: number;
  centreType: 'CIS' | 'KIS';
  groupCounting: GroupCounting;
  participants: {
    total: number;
    started: number;
    ended: number;
    completed: number;
    terminated: number;
    women: { total: number; started: number; ended: number };
    byGroup: Record<string, number>;
    byGroupStarted: Record<string, number>;
    byGroupEnded: Record<string, number>;
  };
  economicallyIndependent: {
    total: number;
    women: number;
    employment: number;
    socialCooperative: number;
    ownBusiness: number;
    byKind: Record<IndependenceKind, number>;
  };
  socialEffects: { total: number; byEffect: Record<string, number> };
  /** KIS item 2: participants who achieved social or vocational reintegration effects. */
  reintegrationEffects: { total: number; employmentAfter: number };
  services: { key: string; label: string; total: number }[];
  staff: StaffYearSummary;
  finance: { benefitsPaidGrosze: number; bonusesPaidGrosze: number; closedMonths: string[] };
  warnings: AnnualWarning[];
}

const count = (trace: Trace, key: string, ids: Iterable<string>) => {
  const list = [...new Set(ids)].sort();
  trace[key] = list;
  return list.length;
};

const overlapsYear = (from: string, to: string, year: number) =>
  from <= `${year}-12-31` && to >= `${year}-01-01`;
const inYear = (date: string | null, year: number) => !!date && Number(date.slice(0, 4)) === year;

/** Terminations under art. 13 ust. 4 (kept apart from completions). */
const TERMINATIONS = ['PERSISTENT_VIOLATION', 'PERMANENT_ABANDONMENT', 'WITHDRAWAL'];

/** Builds the figures and the trace (cell key → participant ids). */
export function buildAnnualFigures(input: AnnualInput): { figures: AnnualFigures; trace: Trace } {
  const { year } = input;
  const trace: Trace = {};
  const took = input.programmes.filter((p) => overlapsYear(p.admissionDate, p.lastDay ?? p.plannedEnd, year));
  const started = took.filter((p) => inYear(p.admissionDate, year));
  const ended = took.filter((p) => inYear(p.lastDay, year));
  const women = (list: readonly ProgrammeFact[]) =>
    list.filter((p) => p.sex === 'F').map((p) => p.participantId);
  const ids = (list: readonly ProgrammeFact[]) => list.map((p) => p.participantId);

  const groupsOf = (p: ProgrammeFact): string[] => {
    const art1 = p.groups.filter((g) => (ELIGIBILITY_GROUPS as readonly string[]).includes(g));
    if (!art1.length) return ['OTHER'];
    return input.groupCounting === 'primary' ? [art1[0]!] : art1;
  };
  const byGroup = (prefix: string, list: readonly ProgrammeFact[]) => {
    const out: Record<string, number> = {};
    for (const g of ELIGIBILITY_GROUPS as readonly EligibilityGroup[])
      out[g] = count(
        trace,
        `${prefix}.${g}`,
        list.filter((p) => groupsOf(p).includes(g)).map((p) => p.participantId),
      );
    return out;
  };

  const participants = {
    total: count(trace, 'participants.total', ids(took)),
    started: count(trace, 'participants.started', ids(started)),
    ended: count(trace, 'participants.ended', ids(ended)),
    completed: count(
      trace,
      'participants.completed',
      ids(ended.filter((p) => !TERMINATIONS.includes(p.exitType ?? ''))),
    ),
    terminated: count(
      trace,
      'participants.terminated',
      ids(ended.filter((p) => TERMINATIONS.includes(p.exitType ?? ''))),
    ),
    women: {
      total: count(trace, 'participants.women.total', women(took)),
      started: count(trace, 'participants.women.started', women(started)),
      ended: count(trace, 'participants.women.ended', women(ended)),
    },
    byGroup: byGroup('participants.byGroup', took),
    byGroupStarted: byGroup('participants.byGroupStarted', started),
    byGroupEnded: byGroup('participants.byGroupEnded', ended),
  };

  const sexOf = new Map(input.programmes.map((p) => [p.participantId, p.sex]));
  const independent = independenceInYear(year, input.outcomes);
  const byKind = {} as Record<IndependenceKind, number>;
  for (const k of INDEPENDENCE_KINDS)
    byKind[k] = count(trace, `economicallyIndependent.byKind.${k}`, independent.get(k)!);
  const anyIndependent = [...independent.values()].flatMap((s) => [...s]);
  const employed = ['SUPPORTED_AT_EMPLOYER', 'EMPLOYER', 'IN_CENTRE'].flatMap((k) => [
    ...independent.get(k as IndependenceKind)!,
  ]);
  const economicallyIndependent = {
    total: count(trace, 'economicallyIndependent.total', anyIndependent),
    women: count(
      trace,
      'economicallyIndependent.women',
      anyIndependent.filter((id) => sexOf.get(id) === 'F'),
    ),
    employment: count(trace, 'economicallyIndependent.employment', employed),
    socialCooperative: count(
      trace,
      'economicallyIndependent.socialCooperative',
      independent.get('SOCIAL_COOPERATIVE')!,
    ),
    ownBusiness: count(trace, 'economicallyIndependent.ownBusiness', independent.get('OWN_BUSINESS')!),
    byKind,
  };

  const effectsInYear = input.outcomes.filter((o) => inYear(o.observedOn, year) && o.socialEffects.length);
  const byEffect: Record<string, number> = {};
  for (const e of SOCIAL_EFFECTS)
    byEffect[e] = count(
      trace,
      `socialEffects.byEffect.${e}`,
      effectsInYear.filter((o) => o.socialEffects.includes(e)).map((o) => o.participantId),
    );
  const socialEffects = {
    total: count(
      trace,
      'socialEffects.total',
      effectsInYear.map((o) => o.participantId),
    ),
    byEffect,
  };
  const reintegrationEffects = {
    total: count(trace, 'reintegrationEffects.total', [...trace['socialEffects.total']!, ...anyIndependent]),
    employmentAfter: count(trace, 'reintegrationEffects.employmentAfter', employed),
  };

  const services = input.services.map((s) => ({
    key: s.key,
    label: s.label,
    total: count(trace, `services.${s.key}`, s.participantIds),
  }));

  const closed = new Set(input.payrollMonths.filter((m) => m.status === 'CLOSED').map((m) => m.month));
  const paid = input.payrollLines.filter((l) => closed.has(l.month) && l.lineStatus === 'PAY');
  const finance = {
    benefitsPaidGrosze: paid.reduce(
      (s, l) => s + (l.kind === 'CORRECTION' ? l.totalGrosze : l.benefitGrosze),
      0,
    ),
    bonusesPaidGrosze: paid.reduce((s, l) => s + l.bonusGrosze, 0),
    closedMonths: [...closed].sort(),
  };
  trace['finance.benefitsPaidGrosze'] = [
    ...new Set(
      paid
        .filter((l) => (l.kind === 'CORRECTION' ? l.totalGrosze : l.benefitGrosze))
        .map((l) => l.participantId),
    ),
  ].sort();
  trace['finance.bonusesPaidGrosze'] = [
    ...new Set(paid.filter((l) => l.bonusGrosze).map((l) => l.participantId)),
  ].sort();

  const warnings: AnnualWarning[] = [];
  if (input.centreType === 'CIS')
    for (const month of input.monthsOver) {
      const someone = input.programmes.some(
        (p) => p.admissionDate.slice(0, 7) <= month && (p.lastDay ?? p.plannedEnd).slice(0, 7) >= month,
      );
      if (!someone) continue;
      const state = input.payrollMonths.find((m) => m.month === month);
      if (!state) warnings.push({ code: 'PAYROLL_MONTH_MISSING', month, label: '' });
      else if (state.status !== 'CLOSED') warnings.push({ code: 'PAYROLL_MONTH_OPEN', month, label: '' });
    }
  for (const a of input.attendanceMonths)
    if (a.status !== 'LOCKED' && input.monthsOver.includes(a.month))
      warnings.push({ code: 'ATTENDANCE_MONTH_UNLOCKED', month: a.month, label: a.label });

  return {
    figures: {
      year,
      centreType: input.centreType,
      groupCounting: input.groupCounting,
      participants,
      economicallyIndependent,
      socialEffects,
      reintegrationEffects,
      services,
      staff: staffYearSummary(year, input.staff),
      finance,
      warnings,
    },
    trace,
  };
}
