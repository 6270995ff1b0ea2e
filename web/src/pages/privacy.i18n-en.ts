import type { privacyPl } from './privacy.i18n';

export const privacyEn: Record<keyof typeof privacyPl, string | { one: string; other: string }> = {
  'privacy.title': 'Personal data protection',
  'privacy.tab.authorisations': 'Authorisations',
  'privacy.tab.clause': 'Information clause',
  'privacy.tab.register': 'Register of processing',
  'privacy.tab.accessLog': 'Sensitive-data reads',
  'privacy.refused.title': 'No authorisation to personal data',
  'privacy.refused.lead':
    "Only a person holding the controller's written authorisation and a signed " +
    "confidentiality pledge may process participants' personal data (art. 8b(4) " +
    'of the Social Employment Act).',
  'privacy.refused.reason': 'Your authorisation in this centre: {standing}.',
  'privacy.refused.whom':
    'Ask the centre director or the administrator to issue one. The refusal ' +
    'has been noted in the register of authorisations.',
  'privacy.refused.home': 'Back to the start page',
  'privacy.standing.VALID': 'valid',
  'privacy.standing.NOT_YET_VALID': 'not in force yet',
  'privacy.standing.EXPIRED': 'expired',
  'privacy.standing.REVOKED': 'revoked',
  'privacy.standing.NO_PLEDGE': 'confidentiality pledge not signed',
  'privacy.standing.MISSING': 'none',
  'privacy.source.ISSUED': 'issued',
  'privacy.source.SETUP': 'first run',
  'privacy.source.DEMO': 'demo data',
  'privacy.source.MIGRATION': 'transitional entry — confirm on paper',
  'privacy.members': 'Staff and their authorisation today',
  'privacy.member': 'Person',
  'privacy.roles': 'Roles',
  'privacy.standing': 'State',
  'privacy.register': 'Register of authorisations',
  'privacy.number': 'Number',
  'privacy.holder': 'Holder',
  'privacy.validFrom': 'From',
  'privacy.validUntil': 'Until',
  'privacy.untilRevoked': 'until revoked',
  'privacy.pledgeSignedOn': 'Pledge signed',
  'privacy.issuedOn': 'Issued on',
  'privacy.issuedBy': 'Issued by',
  'privacy.scope': 'Scope',
  'privacy.print': 'Print (PDF)',
  'privacy.revoke': 'Revoke',
  'privacy.revokeReason': 'Why authorisation {number} is revoked',
  'privacy.revokeConfirm': 'Revoke now',
  'privacy.revoked': 'Authorisation {number} revoked. It takes effect at once.',
  'privacy.pledge': 'Save the pledge date',
  'privacy.pledgeFor': 'Day the pledge to authorisation {number} was signed',
  'privacy.issue': 'Issue an authorisation',
  'privacy.issueFor': 'For',
  'privacy.issued': 'Authorisation {number} issued.',
  'privacy.none': '—',
  'privacy.refusals': 'Refusals of access in the last 30 days',
  'privacy.refusalsNone': 'No refusals.',
  'privacy.when': 'When',
  'privacy.account': 'Account',
  'privacy.clauseHint': 'The text shown in the centre and given to each person at the first contact.',
  'privacy.clauseDefault':
    "This is the default text — add your data protection officer's contact if you have one.",
  'privacy.clauseSave': 'Save the clause',
  'privacy.clauseSaved': 'Information clause saved.',
  'privacy.controller': 'Controller',
  'privacy.purpose': 'Purpose',
  'privacy.legalBasis': 'Legal basis',
  'privacy.dataSubjects': 'Data subjects',
  'privacy.dataCategories': 'Categories of data',
  'privacy.recipients': 'Recipients',
  'privacy.retention': 'Retention',
  'privacy.logParticipant': 'Participant (id from the record)',
  'privacy.logActor': 'Staff account',
  'privacy.logAny': '— any —',
  'privacy.from': 'From',
  'privacy.to': 'To',
  'privacy.logSearch': 'Show reads',
  'privacy.logCsv': 'Download CSV',
  'privacy.logCount': { one: '{count} read', other: '{count} reads' },
  'privacy.logTruncated': 'Only the first entries are shown — narrow the dates to see all.',
  'privacy.what': 'Action',
  'privacy.fields': 'Data',
  'privacy.ip': 'IP address',
  'privacy.tab.retention': 'Data retention',
  'privacy.retention.lead':
    "Participants' data are kept for 10 years from the end of the calendar " +
    'year in which services ended (art. 8b(5) of the Social Employment Act). ' +
    'Services end on the latest of: the last day of participation, the end of ' +
    "the programme's continuation after employment, the certificate, the last " +
    'follow-up after exit, the last attendance, the last paid month, a refusal ' +
    'decision. After that the director approves anonymisation: names, PESEL, ' +
    'contacts, address, account, scans and notes are removed; the data for reports ' +
    '(groups, sex, year of birth, dates, outcomes, amounts, attendance) stay.',
  'privacy.retention.dueTitle': 'Retention period over (as of {date})',
  'privacy.retention.noneDue': 'Nobody has reached the end of the retention period.',
  'privacy.retention.choose': 'People to anonymise',
  'privacy.retention.item': '{name} (born {year}) — services ended {ended}, kept until {until}',
  'privacy.retention.confirm':
    "I confirm that the selected people's data are to be anonymised. This cannot be undone.",
  'privacy.retention.approve': {
    one: 'Approve anonymising {count} person',
    other: 'Approve anonymising {count} people',
  },
  'privacy.retention.running': 'Anonymising…',
  'privacy.retention.done': {
    one: "Anonymised {count} person's data.",
    other: "Anonymised {count} people's data.",
  },
  'privacy.retention.failed': 'The anonymisation failed. Check the state in the table below and try again.',
  'privacy.retention.upcomingTitle': 'Retention period running',
  'privacy.retention.noneUpcoming': 'Nobody whose services have ended.',
  'privacy.retention.person': 'Person',
  'privacy.retention.birthYear': 'Year of birth',
  'privacy.retention.ended': 'Services ended',
  'privacy.retention.keptUntil': 'Kept until',
  'privacy.retention.from': 'Anonymisation from',
  'privacy.retention.approvalsTitle': 'Approved anonymisations',
  'privacy.retention.noApprovals': 'No anonymisation approved yet.',
  'privacy.retention.pseudonym': 'Pseudonym',
  'privacy.retention.approvedBy': 'Approved by',
  'privacy.retention.state': 'State',
  'privacy.retention.stateApproved': 'approved, queued',
  'privacy.retention.stateDone': 'done {when}',
  'privacy.partnerAccounts': 'Partner institutions’ accounts',
  'privacy.partnerAccountsHint':
    'Accounts of referring institutions’ workers (OPS, PUP) are not the centre’s ' +
    'staff and need no art. 8b(4) authorisation: they see only the status of ' +
    'the people they referred. The director creates and disables them on the ' +
    'partner’s card.',
  'privacy.partner': 'Institution',
  'privacy.person.title': 'Personal data — data protection',
  'privacy.person.retentionUntil':
    'Services ended on {ended}; the Act requires keeping the data until {until} (art. 8b(5)).',
  'privacy.person.retentionOver':
    'Services ended on {ended}; the retention period ended on {until} — the data await anonymisation.',
  'privacy.person.retentionNotRunning':
    'Services are ongoing or have not started — the retention period is not running yet.',
  'privacy.person.retentionLink': 'Go to the data retention view',
  'privacy.person.copyTitle': "The person's own copy (GDPR art. 15)",
  'privacy.person.copyHint': 'Everything the centre holds about this person. Every download is logged.',
  'privacy.person.copyPdf': 'Download the copy (PDF)',
  'privacy.person.copyJson': 'Download the copy (JSON)',
  'privacy.person.eraseTitle': 'Erase a mistaken record',
  'privacy.person.eraseHint':
    'For a record created by mistake, or on the request of a person who has ' +
    'received no services yet (GDPR art. 17). Event registrations and assignments ' +
    'never attended are removed with it.',
  'privacy.person.erase': 'Erase the mistaken record',
  'privacy.person.eraseWarn':
    'The record will be deleted for good; the audit log will keep the person ' +
    'only under a pseudonym. This cannot be undone.',
  'privacy.person.eraseConfirm': 'Erase for good',
  'privacy.person.eraseReason': "Reason (e.g. the person's request of …)",
  'privacy.logPerson': 'Person (surname or PESEL)',
  'privacy.logAccount': 'Account (e-mail or name)',
  'privacy.logXlsx': 'Download XLSX',
  'privacy.logPages': 'Result pages',
  'privacy.logPrev': '← Previous',
  'privacy.logNext': 'Next →',
  'privacy.logPage': 'Page {page} of {pages}',
};
