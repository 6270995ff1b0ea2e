import type { privacyOthersPl } from './privacy-others.i18n';

export const privacyOthersEn: Record<keyof typeof privacyOthersPl, string> = {
  'privacy.others.title': 'Other people whose data the centre holds',
  'privacy.others.lead':
    'Volunteers, art. 200 enrolees, event guests, private customers, donors ' +
    'and enquirers are not participants — how long their data are kept comes ' +
    "from other laws or from the centre's setting (table below). After that " +
    'the director approves the anonymisation: names, contacts, addresses and ' +
    'descriptions go, dates, hours and amounts stay, so the figures of past ' +
    'years do not change.',
  'privacy.others.rulesTitle': 'Retention periods',
  'privacy.others.kind': 'Kind of person',
  'privacy.others.years': 'Years from the end of the year',
  'privacy.others.counted': 'Counted from',
  'privacy.others.source': 'Basis',
  'privacy.others.uncertain': "the centre's setting, checked {date}",
  'privacy.others.certain': 'a provision, checked {date}',
  'privacy.others.dueTitle': 'Other people past the retention period (as of {date})',
  'privacy.others.noneDue': 'No other person’s retention period is over.',
  'privacy.others.choose': 'People to anonymise',
  'privacy.others.item': '{name} ({kind}) — {last}, kept until {until}',
  'privacy.others.confirm':
    'I confirm that the retention period of these people is over and that their data will be anonymised irreversibly.',
  'privacy.others.approve': 'Approve the anonymisation ({count})',
  'privacy.others.running': 'Anonymising…',
  'privacy.others.done': 'People anonymised: {count}.',
  'privacy.others.failed': 'The anonymisation failed — try again or tell the administrator.',
  'privacy.others.upcomingTitle': 'Other people within the retention period',
  'privacy.others.noneUpcoming': 'No other people whose cooperation has ended.',
  'privacy.others.person': 'Person',
  'privacy.others.last': 'Last activity',
  'privacy.others.keptUntil': 'Kept until',
  'privacy.others.actions': 'Actions',
  'privacy.others.copyPdf': 'Copy of the data (PDF)',
  'privacy.others.copyJson': 'Copy of the data (JSON)',
  'privacy.others.erase': 'Erase a mistaken record',
  'privacy.others.eraseTitle': 'Erasing a record entered by mistake',
  'privacy.others.eraseWarn':
    'The record will be erased irreversibly; the audit log keeps only a pseudonym. ' +
    'If something must be kept (an agreement, hours, attendance, a sales document) ' +
    'the erasure is refused with the reason.',
  'privacy.others.eraseReason': 'Reason for erasure',
  'privacy.others.eraseConfirm': 'Erase irreversibly',
  'privacy.others.erased': 'Record erased; the audit log keeps the pseudonym {person}.',
  'privacy.others.approvalsTitle': 'Approved anonymisations of other people',
  'privacy.others.noApprovals': 'No anonymisation of other people approved yet.',
  'privacy.others.pseudonym': 'Pseudonym',
  'privacy.others.approvedBy': 'Approved by',
  'privacy.others.state': 'State',
  'privacy.others.stateApproved': 'approved, queued',
  'privacy.others.stateDone': 'done {when}',
};
