import type { MonthlyBenefitInput } from '../benefit/monthly-benefit';
import type { CentreType, DayStatus } from '../types';
import { collectMonthEntries, priorUseFromEntries, type DayEntry, type LimitCounters } from './month-summary';
import type { ParticipationWindow } from './month-calendar';

/** The benefit request built from attendance: fits `MonthlyBenefitInput` and `MonthlyBenefitRequestSchema`. */
export type AttendanceBenefitInput = MonthlyBenefitInput & {
  days: Record<string, DayStatus>;
  priorUse: LimitCounters;
  endDate: string | null;
  bonus: number;
};

/**
 * Builds the input of `computeMonthlyBenefit` (art. 15, 15a) for one participant-month from their
 * day entries, so the attendance grid can show a live benefit preview. `entries` may cover the whole
 * participation: the month's entries become `days`, earlier days off and sick days become `priorUse`
 * (unless given, e.g. the `endUse` stored when the previous month was closed). Entries the validator
 * refuses (bad date or status, outside the participation, a second entry for a date) are left out, so
 * a preview is always possible; unrecorded days are absent, which the engine reads as no deduction.
 */
export function toBenefitInput(input: {
  month: string;
  centreType: CentreType;
  window: ParticipationWindow;
  entries: readonly DayEntry[];
  priorUse?: LimitCounters | null;
  /** Motivation bonus requested, grosze (art. 15a). */
  bonus?: number;
}): AttendanceBenefitInput {
  const { month, window, entries } = input;
  const { byDate } = collectMonthEntries(month, entries, window);
  const days: Record<string, DayStatus> = {};
  for (const date of [...byDate.keys()].sort())
    days[date] = (byDate.get(date) as { status: DayStatus }).status;

  return {
    month,
    centreType: input.centreType,
    admissionDate: window.admissionDate,
    endDate: window.lastDay ?? null,
    days,
    priorUse: input.priorUse ?? priorUseFromEntries(entries, month, window),
    bonus: input.bonus ?? 0,
  };
}
