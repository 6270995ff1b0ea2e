/**
 * The staff register's vocabulary and the 1 : 10 rule of art. 11 ust. 3 of the Act on social
 * employment (Dz.U. 2025 poz. 1718): a CIS may have at most 10 participants per employee who conducts
 * classes directly; employees in supported employment (art. 16) are not counted.
 */
import { daysInMonth } from '../calendar';

export const STAFF_FUNCTIONS = [
  'DIRECTOR',
  'SOCIAL_WORKER',
  'INSTRUCTOR',
  'FINANCE',
  'PSYCHOLOGIST',
  'THERAPIST',
  'JOB_COACH',
  'ADMINISTRATION',
  'OTHER',
] as const;
export type StaffFunction = (typeof STAFF_FUNCTIONS)[number];

/** How a person works for the centre; ART16 = a person in supported employment at the centre (art. 16). */
export const STAFF_BASES = ['EMPLOYMENT_CONTRACT', 'CIVIL_CONTRACT', 'VOLUNTEER', 'ART16_EMPLOYEE'] as const;
export type StaffBasis = (typeof STAFF_BASES)[number];

/** The rule as a dated parameter with its source, shown on screen. */
export const STAFF_RATIO_RULE = {
  maxParticipantsPerEmployee: 10,
  article: 'art. 11 ust. 3 ustawy o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718)',
  validFrom: '2003-06-13',
  /**
   * "Pracownik" in Polish law is a person on an employment contract (Kodeks pracy, art. 2); civil
   * contracts and volunteers are therefore not counted, and art. 11 excludes art. 16 employees.
   */
  countedBases: ['EMPLOYMENT_CONTRACT'] as readonly StaffBasis[],
} as const;

export interface StaffPeriod {
  basis: string;
  conductsClasses: boolean;
  fromDate: string;
  toDate: string | null;
}

export interface ParticipationPeriod {
  participantId: string;
  /** First day of the trial month. */
  fromDate: string;
  /** Last day of participation in classes (the exit's last day or the planned end). */
  toDate: string;
}

export interface StaffRatio {
  date: string;
  participants: number;
  employeesConductingClasses: number;
  /** How many participants the staff of that day allows (employees × 10). */
  allowedParticipants: number;
  /** Participants per counted employee, one decimal; null when no counted employee. */
  ratio: number | null;
  ok: boolean;
  limit: number;
  article: string;
}

const covers = (from: string, to: string | null, date: string) => from <= date && (to === null || to >= date);

/** The 1 : 10 check of one day: people in classes that day against employees conducting classes that day. */
export function staffRatioOn(
  date: string,
  staff: readonly StaffPeriod[],
  participation: readonly ParticipationPeriod[],
): StaffRatio {
  const limit = STAFF_RATIO_RULE.maxParticipantsPerEmployee;
  const employees = staff.filter(
    (s) =>
      s.conductsClasses &&
      STAFF_RATIO_RULE.countedBases.includes(s.basis as StaffBasis) &&
      covers(s.fromDate, s.toDate, date),
  ).length;
  const participants = new Set(
    participation.filter((p) => covers(p.fromDate, p.toDate, date)).map((p) => p.participantId),
  ).size;
  return {
    date,
    participants,
    employeesConductingClasses: employees,
    allowedParticipants: employees * limit,
    ratio: employees ? Math.round((participants / employees) * 10) / 10 : null,
    ok: participants <= employees * limit,
    limit,
    article: STAFF_RATIO_RULE.article,
  };
}

export interface StaffYearSummary {
  total: number;
  women: number;
  hired: number;
  left: number;
  /** Mean of the twelve monthly FTE sums (end of each month), three decimals. */
  averageFte: number;
  fullTime: number;
  partTime: number;
  civilContracts: number;
  volunteers: number;
}

export interface StaffMember extends StaffPeriod {
  id: string;
  sex: 'F' | 'M' | null;
  fteMilli: number;
}

const lastDayOfMonth = (year: number, month: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;

/**
 * The staff part of the annual reports: persons with a contract at any time in the year; hired/left =
 * contracts started/ended in the year; average employment = the mean of the monthly FTE (employment
 * contracts, at each month's end); civil-law contracts and volunteers counted apart.
 */
export function staffYearSummary(year: number, staff: readonly StaffMember[]): StaffYearSummary {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = staff.filter((s) => s.fromDate <= to && (s.toDate === null || s.toDate >= from));
  const employees = inYear.filter((s) => s.basis === 'EMPLOYMENT_CONTRACT');
  let milliMonths = 0;
  for (let m = 1; m <= 12; m++) {
    const end = lastDayOfMonth(year, m);
    milliMonths += employees
      .filter((s) => covers(s.fromDate, s.toDate, end))
      .reduce((a, s) => a + s.fteMilli, 0);
  }
  return {
    total: employees.length,
    women: employees.filter((s) => s.sex === 'F').length,
    hired: employees.filter((s) => s.fromDate >= from).length,
    left: employees.filter((s) => s.toDate !== null && s.toDate <= to).length,
    averageFte: Math.round(milliMonths / 12) / 1000,
    fullTime: employees.filter((s) => s.fteMilli === 1000).length,
    partTime: employees.filter((s) => s.fteMilli < 1000).length,
    civilContracts: inYear.filter((s) => s.basis === 'CIVIL_CONTRACT').length,
    volunteers: inYear.filter((s) => s.basis === 'VOLUNTEER').length,
  };
}
