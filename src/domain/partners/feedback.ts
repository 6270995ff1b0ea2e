import { addDays } from '../calendar';

/**
 * What a referring institution is told about a person it referred (issue 16 item 6): the one source of
 * both the status letter (PDF) and the partner account's view, so the two always say the same. It carries
 * the stage of the pathway and its dates only — never eligibility groups, health, or the reasons in the file.
 */
export type FeedbackStage =
  | 'RECEIVED'
  | 'ELIGIBLE'
  | 'WAITING'
  | 'REFUSED'
  | 'WITHDRAWN'
  | 'ADMITTED'
  | 'PARTICIPATION'
  | 'EXITED';

export type FeedbackEventCode = 'RECEIVED' | 'ADMITTED' | 'TRIAL_ENDED' | 'EXITED' | 'CERTIFICATE_ISSUED';

export interface FeedbackInput {
  referral: { status: string; statusSince: string; receivedOn: string };
  /** The programme (IPZS / KIS contract) opened on this referral, if any. */
  programme: {
    signedOn: string | null;
    admissionDate: string;
    trialLastDay: string | null;
    exitType: string | null;
    lastDay: string | null;
    certificateIssuedOn: string | null;
  } | null;
  today: string;
}

export interface FeedbackEvent {
  code: FeedbackEventCode;
  date: string;
  /** One Polish sentence fragment ("przyjęcie do udziału w zajęciach"). */
  label: string;
}

export interface ReferralFeedback {
  stage: FeedbackStage;
  /** The stage in Polish, as the letter prints it after "skierowanie ma status:". */
  label: string;
  since: string;
  exit: { type: string; label: string; lastDay: string } | null;
  certificateIssuedOn: string | null;
  /** What happened so far, oldest first. */
  events: FeedbackEvent[];
}

export const STAGE_LABELS: Record<FeedbackStage, string> = {
  RECEIVED: 'przyjęte do rozpatrzenia',
  ELIGIBLE: 'rozpatrzone pozytywnie — osoba zakwalifikowana do udziału',
  WAITING: 'rozpatrzone pozytywnie — osoba wpisana na listę oczekujących (brak wolnych miejsc)',
  REFUSED: 'rozpatrzone negatywnie',
  WITHDRAWN: 'skierowanie wycofane',
  ADMITTED: 'osoba została przyjęta — program podpisany, trwa okres próbny',
  PARTICIPATION: 'osoba uczestniczy w zajęciach (okres próbny zakończony)',
  EXITED: 'udział zakończony',
};

/** The kinds of exit in plain Polish (art. 13 ust. 4–5); the partner learns the kind, not the file's reasons. */
export const EXIT_KIND_LABELS: Record<string, string> = {
  COMPLETED: 'zakończenie programu',
  EMPLOYMENT: 'podjęcie zatrudnienia',
  SOCIAL_COOPERATIVE: 'przystąpienie do spółdzielni socjalnej lub jej założenie',
  OWN_BUSINESS: 'rozpoczęcie działalności gospodarczej',
  PERSISTENT_VIOLATION: 'zaprzestanie realizacji programu (art. 13 ust. 4 pkt 1)',
  PERMANENT_ABANDONMENT: 'zaprzestanie realizacji programu (art. 13 ust. 4 pkt 2)',
  WITHDRAWAL: 'rezygnacja uczestnika (art. 13 ust. 4 pkt 3)',
};

const REFERRAL_STAGES = new Set<FeedbackStage>(['RECEIVED', 'ELIGIBLE', 'WAITING', 'REFUSED', 'WITHDRAWN']);

/** The feedback for one referral on `today` (dates 'YYYY-MM-DD'). A programme not yet signed is not an admission. */
export function referralFeedback(input: FeedbackInput): ReferralFeedback {
  const { referral, today } = input;
  const programme = input.programme?.signedOn ? input.programme : null;
  const events: FeedbackEvent[] = [
    { code: 'RECEIVED', date: referral.receivedOn, label: 'wpływ skierowania do centrum' },
  ];
  if (!programme) {
    const stage = REFERRAL_STAGES.has(referral.status as FeedbackStage)
      ? (referral.status as FeedbackStage)
      : 'RECEIVED';
    return {
      stage,
      label: STAGE_LABELS[stage],
      since: referral.statusSince,
      exit: null,
      certificateIssuedOn: null,
      events,
    };
  }

  events.push({ code: 'ADMITTED', date: programme.admissionDate, label: 'przyjęcie do udziału w zajęciach' });
  const exited = programme.exitType && programme.lastDay ? programme.lastDay : null;
  const trialOver =
    programme.trialLastDay !== null &&
    (exited ? exited > programme.trialLastDay : today > programme.trialLastDay);
  if (trialOver && programme.trialLastDay)
    events.push({ code: 'TRIAL_ENDED', date: programme.trialLastDay, label: 'zakończenie okresu próbnego' });

  if (exited && programme.exitType) {
    const kindLabel = EXIT_KIND_LABELS[programme.exitType] ?? 'zakończenie udziału';
    events.push({ code: 'EXITED', date: exited, label: `zakończenie udziału: ${kindLabel}` });
    if (programme.certificateIssuedOn)
      events.push({
        code: 'CERTIFICATE_ISSUED',
        date: programme.certificateIssuedOn,
        label: 'wydanie zaświadczenia o uczestnictwie',
      });
    return {
      stage: 'EXITED',
      label: `${STAGE_LABELS.EXITED} — ${kindLabel}`,
      since: exited,
      exit: { type: programme.exitType, label: kindLabel, lastDay: exited },
      certificateIssuedOn: programme.certificateIssuedOn,
      events,
    };
  }
  // A KIS contract has no trial month: the person takes part from the first day.
  const inParticipation = programme.trialLastDay === null || trialOver;
  const stage: FeedbackStage = inParticipation ? 'PARTICIPATION' : 'ADMITTED';
  const since =
    programme.trialLastDay && trialOver ? addDays(programme.trialLastDay, 1) : programme.admissionDate;
  return {
    stage,
    label: programme.trialLastDay === null ? 'osoba uczestniczy w zajęciach' : STAGE_LABELS[stage],
    since,
    exit: null,
    certificateIssuedOn: null,
    events,
  };
}

/** '2026-03-05' → '05.03.2026 r.' (how the letter and the partner's page print a day). */
export const feedbackDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} r.`;

/** The feedback's events as the sentences the letter prints and the partner's page shows. */
export function feedbackLines(feedback: ReferralFeedback): string[] {
  return feedback.events.map((e) => `${feedbackDate(e.date)} — ${e.label}.`);
}
