// Supported employment (zatrudnienie wspierane, art. 15b–16; issue 16 item 3). Pure.
import { addMonthsClamped, monthIndex } from '../calendar';
import { findUnemploymentBenefit } from '../law/unemployment-benefit';
import { zlotyNumber } from '../polish-format';

/**
 * What the consolidated text says (Dz.U. 2025 poz. 1718, art. 15b and 16, read 2026-12; law.md): forms —
 * socially useful work, referral to work (at an employer or in the CIS itself), counselling. After the
 * participation — or earlier in justified cases, but not before 6 months of participation — on the joint
 * application of the director, the social worker and the participant (KIS: the social worker) the PUP may
 * refer the person to work. The starosta–employer agreement: employment for at least 6 months; a refund of
 * part of the wage for the first 6 months, up to 100 % of the zasiłek plus the social-insurance
 * contribution; monthly employer claims, paid within 30 days.
 */
export const SUPPORTED_EMPLOYMENT_RULES = {
  validFrom: '2025-11-27',
  minimumParticipationMonths: 6,
  minimumEmploymentMonths: 6,
  refundMonths: 6,
  refundShareOfZasilek: 1,
  paymentDays: 30,
  source: 'Ustawa o zatrudnieniu socjalnym, art. 15b i 16 (tekst jednolity Dz.U. 2025 poz. 1718).',
};

export const SUPPORTED_FORMS = [
  'SOCIALLY_USEFUL_WORK',
  'EMPLOYER_REFERRAL',
  'CIS_EMPLOYMENT',
  'COUNSELLING',
] as const;
export type SupportedForm = (typeof SUPPORTED_FORMS)[number];

export interface Problem {
  field: string;
  code: string;
  message: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** The application: who signed it, and whether it comes early enough / with the justification it needs. */
export function checkApplication(a: {
  centreType: 'CIS' | 'KIS';
  appliedOn: string;
  admissionDate: string;
  lastDay: string | null;
  signedByDirector: boolean;
  signedBySocialWorker: boolean;
  signedByParticipant: boolean;
  justification: string | null;
}): Problem[] {
  const problems: Problem[] = [];
  if (a.centreType === 'CIS' && !(a.signedByDirector && a.signedBySocialWorker && a.signedByParticipant))
    problems.push({
      field: 'signatures',
      code: 'JOINT_APPLICATION_REQUIRED',
      message:
        'Wniosek składają wspólnie kierownik, pracownik socjalny i uczestnik (art. ' +
        '16) — zaznacz wszystkie trzy podpisy.',
    });
  if (a.centreType === 'KIS' && !a.signedBySocialWorker)
    problems.push({
      field: 'signatures',
      code: 'SOCIAL_WORKER_REQUIRED',
      message: 'W klubie integracji społecznej wniosek składa pracownik socjalny.',
    });
  const during = a.lastDay === null || a.appliedOn <= a.lastDay;
  if (during) {
    const sixMonths = dayBefore(
      addMonthsClamped(a.admissionDate, SUPPORTED_EMPLOYMENT_RULES.minimumParticipationMonths),
    );
    if (a.appliedOn < sixMonths)
      problems.push({
        field: 'appliedOn',
        code: 'BEFORE_SIX_MONTHS',
        message:
          `W trakcie uczestnictwa wniosek jest możliwy najwcześniej po 6 miesiącach (od ${dmy(sixMonths)}), ` +
          `także w uzasadnionym przypadku.`,
      });
    if (!a.justification)
      problems.push({
        field: 'justification',
        code: 'JUSTIFICATION_REQUIRED',
        message:
          'Wniosek przed zakończeniem uczestnictwa wymaga uzasadnienia (uzasadniony przypadek, art. 16).',
      });
  }
  return problems;
}

/** The starosta–employer agreement must employ the person for at least 6 months. */
export function checkEmployment(e: { from: string; until: string | null }): Problem[] {
  if (e.until === null) return [];
  if (e.until < e.from)
    return [
      {
        field: 'employmentUntil',
        code: 'END_BEFORE_START',
        message: 'Koniec zatrudnienia nie może być przed jego początkiem.',
      },
    ];
  const last = dayBefore(addMonthsClamped(e.from, SUPPORTED_EMPLOYMENT_RULES.minimumEmploymentMonths));
  return e.until < last
    ? [
        {
          field: 'employmentUntil',
          code: 'EMPLOYMENT_TOO_SHORT',
          message: `Umowa ze starostą wymaga zatrudnienia przez co najmniej 6 miesięcy — co najmniej do ${dmy(last)}.`,
        },
      ]
    : [];
}

/**
 * One month's employer claim: only the first 6 months of employment are refunded, and the wage part at most
 * the zasiłek in force in that month (100 %), plus the social-insurance contribution the employer states.
 */
export function checkClaim(c: {
  employmentFrom: string;
  month: string;
  wageGross: number;
  refundWage: number;
  refundContributions: number;
}): { problems: Problem[]; limit: number | null; total: number; how: string } {
  const problems: Problem[] = [];
  const [fy, fm] = c.employmentFrom.split('-').map(Number) as [number, number];
  const [y, m] = c.month.split('-').map(Number) as [number, number];
  const nth = monthIndex(y, m) - monthIndex(fy, fm) + 1;
  if (nth < 1 || nth > SUPPORTED_EMPLOYMENT_RULES.refundMonths)
    problems.push({
      field: 'month',
      code: 'OUTSIDE_REFUND_PERIOD',
      message:
        `Refundacja obejmuje pierwsze ` +
        (`6 miesięcy zatrudnienia od ${dmy(c.employmentFrom)}` +
          `; ${c.month} jest ${nth < 1 ? 'przed nim' : `jego ${nth}. miesiącem`}.`),
    });
  const z = findUnemploymentBenefit(`${c.month}-01`);
  const limit = z
    ? Math.min(c.wageGross, Math.round(z.amount * SUPPORTED_EMPLOYMENT_RULES.refundShareOfZasilek))
    : null;
  if (limit !== null && c.refundWage > limit)
    problems.push({
      field: 'refundWage',
      code: 'REFUND_OVER_LIMIT',
      message:
        `Refundacja części wynagrodzenia może wynieść najwyżej ${zl(limit)} zł ` +
        `(100 % zasiłku ${zl(z!.amount)} zł, nie więcej niż wynagrodzenie).`,
    });
  const total = c.refundWage + c.refundContributions;
  return {
    problems,
    limit,
    total,
    how:
      `${zl(c.refundWage)} zł części wynagrodzenia + ${zl(c.refundContributions)} ` +
      `zł składek na ubezpieczenia społeczne = ${zl(total)} zł`,
  };
}

const zl = zlotyNumber;

/** The day the starosta must pay a claim received on a day (within 30 days). */
export function paymentDue(receivedOn: string): string {
  const d = new Date(`${receivedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + SUPPORTED_EMPLOYMENT_RULES.paymentDays);
  return d.toISOString().slice(0, 10);
}
