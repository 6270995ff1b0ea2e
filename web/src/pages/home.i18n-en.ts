import type { homePl } from './home.i18n';

export const homeEn: Record<
  keyof typeof homePl,
  string | { one: string; other: string; few?: string; many?: string }
> = {
  'home.cards': 'For today',
  'home.loading': 'Loading tasks…',
  'home.error': 'The tasks could not be loaded: {message}',
  'home.open': 'Open the list',
  'home.card.OCCUPANCY': 'Occupancy',
  'home.card.OCCUPANCY.capacity': '{active} of {capacity} places taken; waiting list: {waiting}.',
  'home.card.OCCUPANCY.noCapacity':
    '{active} taking part; waiting list: {waiting}. The number of places is not set.',
  'home.card.TRIAL_ENDING': 'Trial months ending',
  'home.card.TRIAL_ENDING.text': {
    one: '{count} trial month ends within {days} days — qualify for participation.',
    other: '{count} trial months end within {days} days — qualify for participation.',
  },
  'home.card.PROGRAMMES_ENDING': 'Programmes ending within 30 days',
  'home.card.PROGRAMMES_ENDING.text': {
    one: '{count} programme ends within {days} days.',
    other: '{count} programmes end within {days} days.',
  },
  'home.card.FOLLOW_UPS_DUE': 'Follow-ups after exit',
  'home.card.FOLLOW_UPS_DUE.text': {
    one: '{count} follow-up due within {days} days, late: {overdue}.',
    other: '{count} follow-ups due within {days} days, late: {overdue}.',
  },
  'home.card.ATTENDANCE_UNLOCKED': 'Attendance not locked',
  'home.card.ATTENDANCE_UNLOCKED.text': {
    one: '{count} workshop-month not locked ({months}).',
    other: '{count} workshop-months not locked ({months}).',
  },
  'home.card.ATTENDANCE_UNLOCKED.none': 'Every past month is locked.',
  'home.card.PAYROLL_STATUS': 'Payroll for {month}',
  'home.card.PAYROLL_STATUS.NONE': 'The payroll has not been computed yet.',
  'home.card.PAYROLL_STATUS.DRAFT': 'Draft — to be reviewed by the accountant.',
  'home.card.PAYROLL_STATUS.REVIEWED': "Reviewed — awaiting the director's approval.",
  'home.card.PAYROLL_STATUS.APPROVED': 'Approved — to be closed after payment.',
  'home.card.PAYROLL_STATUS.CLOSED': 'Closed: {total}.',
  'home.card.REPORT_DEADLINE': 'Annual report for {year}',
  'home.card.REPORT_DEADLINE.text': {
    one: 'Due {deadline} (31 March) — {count} day left.',
    other: 'Due {deadline} (31 March) — {count} days left.',
  },
  'home.card.FINANCE_PLAN': 'Estimate {year}',
  'home.card.FINANCE_PLAN.text':
    'Expenses: {actualExpenses} of the planned {plannedExpenses}. Income: {actualIncome} ' +
    'of the planned {plannedIncome}.',
  'home.card.FINANCE_PLAN.noPlan': 'No estimate for {year} yet. Expenses so far: {actualExpenses}.',
  'home.card.REFERRALS_TO_DECIDE': 'Referrals to decide',
  'home.card.REFERRALS_TO_DECIDE.text': {
    one: '{count} referral awaits a decision.',
    other: '{count} referrals await a decision.',
  },
  'home.card.TODAY_ATTENDANCE': 'Attendance today: {workshop}',
  'home.card.TODAY_ATTENDANCE.text': '{recorded} of the {assigned} people assigned to the workshop recorded.',
  'home.card.REFUND_CLAIM': 'Refund claim',
  'home.card.REFUND_CLAIM.text':
    'Latest closed payroll: {month} ({total}) — the claim to the PUP (art. 15(8)).',
  'home.card.EVENTS_UPCOMING': 'Coming events',
  'home.card.EVENTS_UPCOMING.text': 'Next: {next} ({date}).',
  'home.card.EVENTS_UPCOMING.none': 'No events or courses planned.',
  'home.card.CERTIFICATES_TO_ISSUE': 'Course certificates',
  'home.card.CERTIFICATES_TO_ISSUE.text': {
    one: '{count} person completed a course and awaits a certificate. Issued in recent weeks: {printed}.',
    other: '{count} people completed a course and await a certificate. Issued in recent weeks: {printed}.',
  },
  'home.card.ACCOUNTS': 'Accounts in the centre',
  'home.card.ACCOUNTS.text': 'Active accounts: {count}.',
  'home.card.STAFF_RATIO': 'Ratio 1 : {limit} (art. 11(3))',
  'home.card.STAFF_RATIO.text': {
    one: 'In classes today: {count} participant; employees conducting classes: {employees}; allowed: {allowed}.',
    other:
      'In classes today: {count} participants; employees conducting classes: {employees}; allowed: {allowed}.',
  },
  'home.card.STAFF_RATIO.over':
    'Too few employees conducting classes: at most {limit} participants per ' +
    'employee. Complete the staff register or hire.',
  'home.card.INDICATORS': 'Indicators {year}',
  'home.card.INDICATORS.text': {
    one:
      '{count} participant ended. Employment effectiveness {employmentRate} (target ' +
      '{employmentTarget}%, KPRES {kpres}%), social {socialRate} (target {socialTarget}%).',
    other:
      '{count} participants ended. Employment effectiveness {employmentRate} ' +
      '(target {employmentTarget}%, KPRES {kpres}%), social {socialRate} (target ' +
      '{socialTarget}%).',
  },
  'home.card.INDICATORS.none':
    'Nobody has ended participation in {year} yet — the indicators appear after ' +
    'the first exit. Targets: employment {employmentTarget}%, social {socialTarget}%.',
  'home.events.title': 'Events and certificates',
  'home.events.error': 'Could not load the events: {message}',
  'home.events.upcoming': 'Coming events and courses',
  'home.events.noUpcoming': 'No events or courses planned.',
  'home.events.toPrint': 'Certificates to print',
  'home.events.toIssue': {
    one: '{count} person completed a course and awaits a certificate.',
    other: '{count} people completed a course and await a certificate.',
  },
  'home.events.noneToPrint': 'No certificates issued in the last 60 days.',
  'home.events.issued': {
    one: '{count} certificate issued',
    other: '{count} certificates issued',
  },
};
