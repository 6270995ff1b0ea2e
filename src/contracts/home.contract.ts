import { z } from 'zod';

/** The cards a home page may show; each is a number (or a state) and a link to the list behind it. */
export const HomeCardIdSchema = z.enum([
  'OCCUPANCY',
  'TRIAL_ENDING',
  'PROGRAMMES_ENDING',
  'FOLLOW_UPS_DUE',
  'ATTENDANCE_UNLOCKED',
  'PAYROLL_STATUS',
  'REPORT_DEADLINE',
  'FINANCE_PLAN',
  'REFERRALS_TO_DECIDE',
  'TODAY_ATTENDANCE',
  'REFUND_CLAIM',
  'ACCOUNTS',
  'STAFF_RATIO',
  'INDICATORS',
  'EVENTS_UPCOMING',
  'CERTIFICATES_TO_ISSUE',
]);
export type HomeCardId = z.infer<typeof HomeCardIdSchema>;

export const HomeCardSchema = z.object({
  id: HomeCardIdSchema,
  /** Distinguishes cards of one kind (a workshop's attendance today). */
  key: z.string(),
  /** The in-app path of the list behind the card. */
  href: z.string(),
  /** `attention`: something to do or late; `ok`: nothing to do; `info`: a figure. */
  tone: z.enum(['attention', 'ok', 'info']),
  /** The card's main number (null when it shows a state, e.g. the payroll's). */
  count: z.number().nullable(),
  /** The figures the card's text is made of (named parameters of its translated text). */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type HomeCard = z.infer<typeof HomeCardSchema>;

export const HomeSchema = z.object({
  today: z.string(),
  centreType: z.enum(['CIS', 'KIS']),
  cards: z.array(HomeCardSchema),
});
export type Home = z.infer<typeof HomeSchema>;
