/**
 * The attendance register's pure rules, in one import for the app and the web grid (which also runs
 * them in the browser for the live checks and the benefit preview).
 */
export {
  easterSunday,
  isPolishPublicHoliday,
  polishPublicHolidayName,
  polishPublicHolidays,
  CHRISTMAS_EVE_FROM_YEAR,
  EPIPHANY_FROM_YEAR,
  type PublicHoliday,
} from './holidays';
export {
  checkParticipationWindow,
  isInParticipation,
  monthCalendar,
  participantMonthCalendar,
  type CalendarDay,
  type ClassProgrammePlan,
  type NoClassesReason,
  type ParticipantCalendarDay,
  type ParticipationWindow,
} from './month-calendar';
export {
  collectMonthEntries,
  isDayStatus,
  priorUseFromEntries,
  summarizeMonth,
  type DayEntry,
  type IgnoredEntry,
  type IgnoredReason,
  type LimitCounters,
  type LimitUse,
  type MonthSummary,
} from './month-summary';
export { toBenefitInput, type AttendanceBenefitInput } from './benefit-input';
export {
  ATTENDANCE_PROBLEM_CODES,
  DAY_STATUS_LABELS,
  DEFAULT_MAX_DAILY_HOURS,
  validateEntries,
  type AttendanceEntryToValidate,
  type AttendanceParticipant,
  type AttendanceProblem,
  type AttendanceProblemCode,
  type AttendanceProblemField,
  type AttendanceValidationOptions,
} from './validate-entries';
