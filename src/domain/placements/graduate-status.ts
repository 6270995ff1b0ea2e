// Who is a CIS/KIS graduate (absolwent, art. 2 pkt 1a–1b) and until when. Pure.
import { addMonthsClamped } from '../calendar';

/**
 * Reading of art. 2 pkt 1a–1b (Dz.U. 2025 poz. 1718, read 2026-12): a CIS graduate took part for at least
 * 6 months and received the certificate; the status lasts 6 months from the end of classes. A KIS graduate
 * also completed the social contract. Which day the 6 months count from is not spelt out: the default counts
 * from the admission (the trial month is a month of classes); a centre that reads it otherwise changes it.
 */
export const GRADUATE_PARAMETERS = {
  validFrom: '2025-11-27',
  minimumMonths: 6,
  statusMonths: 6,
  countFrom: 'ADMISSION' as 'ADMISSION' | 'AFTER_TRIAL',
  source:
    'Ustawa o zatrudnieniu socjalnym, art. 2 pkt 1a–1b (tekst jednolity Dz.U. ' +
    '2025 poz. 1718). Liczenie 6 miesięcy od dnia przyjęcia (z okresem próbnym) ' +
    'to odczyt centrum — do potwierdzenia.',
};

export interface GraduateInput {
  centreType: 'CIS' | 'KIS';
  admissionDate: string;
  trialLastDay: string | null;
  lastDay: string | null;
  exitType: string | null;
  certificateIssuedOn: string | null;
}

export type GraduateStatus =
  | { graduate: true; until: string; current: boolean; months: string }
  | { graduate: false; reasons: string[] };

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Whether the person is a graduate, until when, and on `today` whether the status still lasts. */
export function graduateStatus(
  p: GraduateInput,
  today: string,
  params = GRADUATE_PARAMETERS,
): GraduateStatus {
  if (!p.lastDay) return { graduate: false, reasons: ['uczestnictwo jeszcze trwa'] };
  const reasons: string[] = [];
  const from =
    params.countFrom === 'AFTER_TRIAL' && p.trialLastDay ? nextDay(p.trialLastDay) : p.admissionDate;
  const sixMonthsEnd = addMonthsClamped(from, params.minimumMonths);
  // Six months from 2 February are served by 1 August: the last day must reach the day before.
  if (nextDay(p.lastDay) < sixMonthsEnd)
    reasons.push(
      `uczestnictwo od ${dmy(from)} do ${dmy(p.lastDay)} trwało krócej niż ${params.minimumMonths} miesięcy`,
    );
  if (!p.certificateIssuedOn) reasons.push('nie wydano zaświadczenia (art. 13 ust. 5a)');
  if (p.centreType === 'KIS' && p.exitType !== 'COMPLETED')
    reasons.push('kontrakt socjalny nie został zrealizowany');
  if (reasons.length) return { graduate: false, reasons };
  const until = addMonthsClamped(p.lastDay, params.statusMonths);
  return {
    graduate: true,
    until,
    current: today <= until,
    months: `${dmy(from)} – ${dmy(p.lastDay)} (co najmniej ${params.minimumMonths} mies.); status do ${dmy(until)}`,
  };
}
