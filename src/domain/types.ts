/** Shared vocabulary of the social-employment rules (ustawa o zatrudnieniu socjalnym). */

/** What happened on one day of a participant's month, as recorded in the attendance list. */
export type DayStatus = 'present' | 'day_off' | 'sick' | 'unexcused' | 'excused' | 'no_classes';
export const DAY_STATUSES: readonly DayStatus[] = [
  'present',
  'day_off',
  'sick',
  'unexcused',
  'excused',
  'no_classes',
];

/** CIS = centrum integracji społecznej, KIS = klub integracji społecznej. */
export type CentreType = 'CIS' | 'KIS';
export const CENTRE_TYPES: readonly CentreType[] = ['CIS', 'KIS'];

/** The target groups of art. 1 ust. 2 (pkt 1–8) plus OTHER (the list is "w szczególności"). */
export type EligibilityGroup =
  | 'HOMELESS'
  | 'ALCOHOL_ADDICTION'
  | 'DRUG_ADDICTION'
  | 'MENTAL_DISORDER'
  | 'LONG_TERM_UNEMPLOYED'
  | 'RELEASED_FROM_PRISON'
  | 'REFUGEE'
  | 'DISABILITY'
  | 'OTHER';
export const ELIGIBILITY_GROUPS: readonly EligibilityGroup[] = [
  'HOMELESS',
  'ALCOHOL_ADDICTION',
  'DRUG_ADDICTION',
  'MENTAL_DISORDER',
  'LONG_TERM_UNEMPLOYED',
  'RELEASED_FROM_PRISON',
  'REFUGEE',
  'DISABILITY',
  'OTHER',
];

/** Benefits a candidate may be entitled to; art. 1 ust. 3 lists those that exclude (renta socjalna no longer does). */
export type BenefitCode =
  | 'UNEMPLOYMENT_BENEFIT'
  | 'PRE_RETIREMENT_ALLOWANCE'
  | 'PRE_RETIREMENT_BENEFIT'
  | 'STRUCTURAL_PENSION'
  | 'DISABILITY_PENSION'
  | 'RETIREMENT_PENSION'
  | 'TEACHER_COMPENSATION'
  | 'SOCIAL_PENSION';
export const BENEFIT_CODES: readonly BenefitCode[] = [
  'UNEMPLOYMENT_BENEFIT',
  'PRE_RETIREMENT_ALLOWANCE',
  'PRE_RETIREMENT_BENEFIT',
  'STRUCTURAL_PENSION',
  'DISABILITY_PENSION',
  'RETIREMENT_PENSION',
  'TEACHER_COMPENSATION',
  'SOCIAL_PENSION',
];

/** How sure we are of a legal value: see law.md (V = verified, V2 = secondary, M/U = uncertain). */
export type Confidence = 'verified' | 'secondary' | 'uncertain' | 'design';

/** A stable error code with a Polish message; domain functions return it instead of throwing. */
export interface DomainError {
  code: string;
  message: string;
}
