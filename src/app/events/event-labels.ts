import type { EventKind } from '../../domain/events/event-rules';

/** Polish names of the kinds, for paper (the web client has its own in the i18n files). */
export const EVENT_KIND_PL: Record<EventKind, string> = {
  PARTICIPANT_TRAINING_OWN: 'szkolenie dla uczestników prowadzone przez centrum',
  PARTICIPANT_TRAINING_EXTERNAL: 'szkolenie dla uczestników prowadzone przez organizatora zewnętrznego',
  STAFF_TRAINING: 'szkolenie dla kadry',
  SENIOR_CLUB_MEETING: 'spotkanie klubu seniora',
  INTEGRATION_EVENT: 'wydarzenie integracyjne lub kulturalne',
  FORUM: 'forum',
  STUDY_VISIT: 'wizyta studyjna',
};
