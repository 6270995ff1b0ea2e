import type { Home, HomeCard } from '../../contracts/home.contract';
import type { CentreRow } from '../../db/schema';
import {
  countActiveMembers,
  countFollowUpsDue,
  countProgrammesEnding,
  countReferralsToDecide,
  countTrialEnding,
  findLastClosedPayroll,
  findPayrollStatus,
  findTodayAttendance,
  findUnlockedAttendanceMonths,
} from '../../db/home.repository';
import { countOccupancy } from '../../db/pathway.repository';
import { can } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import { addDays, addMonthsClamped } from '../../domain/calendar';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { getEventHomeFacts } from '../events/get-event-home-facts';
import { loadFinanceRegister } from '../finance/load-finance-register';
import { getIndicators } from '../reports/get-indicators';
import { getStaffRatio } from '../staff/get-staff-ratio';
import { centreOf, todayInPoland } from '../pathway/shared';
import { nextReportDeadline } from './report-deadline';

interface CardInput {
  deps: AppDeps;
  ctx: CallContext;
  centre: CentreRow;
  capacity: number | null;
  today: string;
}
type CardProvider = (input: CardInput) => Promise<HomeCard | HomeCard[] | null>;

const TRIAL_WINDOW_DAYS = 14;
const ENDING_WINDOW_DAYS = 30;
const FOLLOW_UP_WINDOW_DAYS = 7;

const card = (c: Omit<HomeCard, 'key'> & { key?: string }): HomeCard => ({ key: c.id, ...c });
const previousMonth = (today: string) => addMonthsClamped(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

const occupancy: CardProvider = async ({ deps, ctx, capacity }) => {
  const o = await countOccupancy(deps.db, ctx.actor.centreId);
  return card({
    id: 'OCCUPANCY',
    href: '/participants',
    tone: capacity !== null && o.active > capacity ? 'attention' : 'info',
    count: o.active,
    values: { active: o.active, capacity, waiting: o.waiting },
  });
};

const trialEnding: CardProvider = async ({ deps, ctx, centre, today }) => {
  if (centre.type !== 'CIS') return null;
  const n = await countTrialEnding(deps.db, ctx.actor.centreId, today, addDays(today, TRIAL_WINDOW_DAYS));
  return card({
    id: 'TRIAL_ENDING',
    href: '/participants',
    tone: n ? 'attention' : 'ok',
    count: n,
    values: { count: n, days: TRIAL_WINDOW_DAYS },
  });
};

const programmesEnding: CardProvider = async ({ deps, ctx, today }) => {
  const n = await countProgrammesEnding(
    deps.db,
    ctx.actor.centreId,
    today,
    addDays(today, ENDING_WINDOW_DAYS),
  );
  return card({
    id: 'PROGRAMMES_ENDING',
    href: '/participants',
    tone: n ? 'attention' : 'ok',
    count: n,
    values: { count: n, days: ENDING_WINDOW_DAYS },
  });
};

const followUpsDue: CardProvider = async ({ deps, ctx, today }) => {
  const f = await countFollowUpsDue(
    deps.db,
    ctx.actor.centreId,
    addDays(today, FOLLOW_UP_WINDOW_DAYS),
    today,
  );
  return card({
    id: 'FOLLOW_UPS_DUE',
    href: '/follow-ups',
    tone: f.due ? 'attention' : 'ok',
    count: f.due,
    values: { count: f.due, overdue: f.overdue, days: FOLLOW_UP_WINDOW_DAYS },
  });
};

const attendanceUnlocked: CardProvider = async ({ deps, ctx, today }) => {
  const current = today.slice(0, 7);
  const from = addMonthsClamped(`${current}-01`, -12).slice(0, 7);
  const rows = await findUnlockedAttendanceMonths(deps.db, ctx.actor.centreId, from, current);
  const months = [...new Set(rows.map((r) => r.month))];
  return card({
    id: 'ATTENDANCE_UNLOCKED',
    href: '/attendance',
    tone: rows.length ? 'attention' : 'ok',
    count: rows.length,
    values: { count: rows.length, months: months.join(', ') },
  });
};

const payrollStatus: CardProvider = async ({ deps, ctx, centre, today }) => {
  if (centre.type !== 'CIS') return null;
  const month = previousMonth(today);
  const p = await findPayrollStatus(deps.db, ctx.actor.centreId, month);
  return card({
    id: 'PAYROLL_STATUS',
    href: '/payroll',
    tone: p?.status === 'CLOSED' ? 'ok' : 'attention',
    count: null,
    values: { month, status: p?.status ?? 'NONE', totalGrosze: p ? Number(p.total_grosze) : null },
  });
};

const refundClaim: CardProvider = async ({ deps, ctx, centre }) => {
  if (centre.type !== 'CIS') return null;
  const p = await findLastClosedPayroll(deps.db, ctx.actor.centreId);
  if (!p) return null;
  return card({
    id: 'REFUND_CLAIM',
    href: '/payroll',
    tone: 'info',
    count: null,
    values: { month: p.month, totalGrosze: Number(p.total_grosze) },
  });
};

const reportDeadline: CardProvider = async ({ today }) => {
  const d = nextReportDeadline(today);
  return card({
    id: 'REPORT_DEADLINE',
    href: `/finance?year=${d.reportYear}`,
    tone: d.daysLeft <= 30 ? 'attention' : 'info',
    count: d.daysLeft,
    values: { year: d.reportYear, deadline: d.deadline, days: d.daysLeft },
  });
};

const financePlan: CardProvider = async ({ deps, ctx, today }) => {
  const year = Number(today.slice(0, 4));
  const r = await loadFinanceRegister(deps.db, ctx.actor.centreId, year, today);
  const sum = (side: string, key: 'planned' | 'actual') =>
    r.plan.filter((p) => p.line.startsWith(side)).reduce((s, p) => s + (p[key] ?? 0), 0);
  const hasPlan = r.plan.some((p) => p.planned !== null);
  return card({
    id: 'FINANCE_PLAN',
    href: `/finance?year=${year}`,
    tone: hasPlan ? 'info' : 'attention',
    count: null,
    values: {
      year,
      hasPlan: hasPlan ? 1 : 0,
      plannedExpenses: sum('EXPENSE:', 'planned'),
      actualExpenses: sum('EXPENSE:', 'actual'),
      plannedIncome: sum('INCOME:', 'planned'),
      actualIncome: sum('INCOME:', 'actual'),
      openPayrollMonths: r.payroll.openMonths.length + r.payroll.missingMonths.length,
    },
  });
};

const staffRatio: CardProvider = async ({ deps, ctx, today }) => {
  if (!can(ctx.actor, 'staff.view')) return null;
  const r = await getStaffRatio(deps, ctx, today);
  return card({
    id: 'STAFF_RATIO',
    href: '/staff',
    tone: r.ok ? 'ok' : 'attention',
    count: r.participants,
    values: {
      participants: r.participants,
      employees: r.employeesConductingClasses,
      allowed: r.allowedParticipants,
      limit: r.limit,
      ok: r.ok ? 1 : 0,
      article: r.article,
    },
  });
};

/** This year's employment and social effectiveness (people who ended this year) against the centre's targets. */
const indicators: CardProvider = async ({ deps, ctx, today }) => {
  if (!can(ctx.actor, 'reports.view')) return null;
  const year = Number(today.slice(0, 4));
  const ind = await getIndicators(deps, ctx, year);
  const cell = ind.byYear.find((c) => c.key === String(year));
  const employmentRate = cell?.employmentRate ?? null;
  const socialRate = cell?.socialRate ?? null;
  const below =
    (employmentRate !== null && employmentRate < ind.targets.employment.value) ||
    (socialRate !== null && socialRate < ind.targets.social.value);
  return card({
    id: 'INDICATORS',
    href: '/reports/indicators',
    tone: below ? 'attention' : 'info',
    count: null,
    values: {
      year,
      ended: cell?.ended ?? 0,
      employmentRate,
      employmentTarget: ind.targets.employment.value,
      socialRate,
      socialTarget: ind.targets.social.value,
      kpres: ind.kpres.value,
    },
  });
};

/**
 * Events, courses and the senior club (issue 18): what comes next, and who completed a course without
 * a certificate.
 */
const events: CardProvider = async ({ deps, ctx }) => {
  if (!can(ctx.actor, 'events.view')) return null;
  const facts = await getEventHomeFacts(deps, ctx, { limit: 3 });
  const next = facts.upcoming[0];
  const cards = [
    card({
      id: 'EVENTS_UPCOMING',
      href: '/events',
      tone: 'info',
      count: facts.upcoming.length,
      values: { count: facts.upcoming.length, next: next?.title ?? null, date: next?.startsOn ?? null },
    }),
  ];
  if (facts.certificatesToIssue > 0 || facts.certificatesToPrint.length > 0)
    cards.push(
      card({
        id: 'CERTIFICATES_TO_ISSUE',
        href: '/events',
        tone: facts.certificatesToIssue > 0 ? 'attention' : 'ok',
        count: facts.certificatesToIssue,
        values: {
          count: facts.certificatesToIssue,
          printed: facts.certificatesToPrint.reduce((sum, e) => sum + e.count, 0),
        },
      }),
    );
  return cards;
};

const referralsToDecide: CardProvider = async ({ deps, ctx }) => {
  const n = await countReferralsToDecide(deps.db, ctx.actor.centreId);
  return card({
    id: 'REFERRALS_TO_DECIDE',
    href: '/participants',
    tone: n ? 'attention' : 'ok',
    count: n,
    values: { count: n },
  });
};

const todayAttendance: CardProvider = async ({ deps, ctx, today }) => {
  const rows = await findTodayAttendance(deps.db, ctx.actor.centreId, ctx.actor.userId, today);
  return rows.map((w) => {
    const assigned = Number(w.assigned ?? 0);
    const recorded = Number(w.recorded ?? 0);
    return card({
      id: 'TODAY_ATTENDANCE',
      key: `TODAY_ATTENDANCE:${w.id}`,
      href: '/attendance',
      tone: recorded < assigned ? 'attention' : 'ok',
      count: assigned - Math.min(recorded, assigned),
      values: { workshop: w.name, assigned, recorded, date: today },
    });
  });
};

const accounts: CardProvider = async ({ deps, ctx }) => {
  const n = await countActiveMembers(deps.db, ctx.actor.centreId);
  return card({ id: 'ACCOUNTS', href: '/users', tone: 'info', count: n, values: { count: n } });
};

/** The cards of each role, in the order they are shown. */
const CARDS_BY_ROLE: Record<Role, CardProvider[]> = {
  DIRECTOR: [
    occupancy,
    trialEnding,
    programmesEnding,
    followUpsDue,
    attendanceUnlocked,
    payrollStatus,
    staffRatio,
    reportDeadline,
    financePlan,
    indicators,
    events,
  ],
  SOCIAL_WORKER: [referralsToDecide, followUpsDue, programmesEnding, events],
  INSTRUCTOR: [todayAttendance, events],
  ACCOUNTANT: [payrollStatus, attendanceUnlocked, refundClaim, financePlan],
  ADMIN: [accounts],
  PARTNER_VIEWER: [],
};

const ROLE_ORDER: Role[] = ['DIRECTOR', 'SOCIAL_WORKER', 'ACCOUNTANT', 'INSTRUCTOR', 'ADMIN'];

/**
 * The caller's home page: the cards of each of their roles (a card shown once even if two roles have it),
 * each a number or a state and a link to the list behind it. Only counts, no names: the lists behind the
 * links apply their own access rules.
 */
export async function getHome(deps: AppDeps, ctx: CallContext): Promise<Home> {
  if (!can(ctx.actor, 'home.view')) throw forbidden();
  const { row: centre, settings } = await centreOf(deps.db, ctx);
  const input: CardInput = { deps, ctx, centre, capacity: settings.capacity, today: todayInPoland(deps) };
  // The director's overview first, the administrator's accounts last, whatever order the roles were given in.
  const roles = ROLE_ORDER.filter((r) => ctx.actor.roles.includes(r));
  const providers = [...new Set(roles.flatMap((r) => CARDS_BY_ROLE[r]))];
  const results = await Promise.all(providers.map((p) => p(input)));
  return {
    today: input.today,
    centreType: centre.type,
    cards: results.flat().filter((c): c is HomeCard => c !== null),
  };
}
