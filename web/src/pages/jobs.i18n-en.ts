import type { jobsPl } from './jobs.i18n';

export const jobsEn: Record<
  keyof typeof jobsPl,
  string | { one: string; few?: string; many?: string; other: string }
> = {
  'jobs.title': 'Background jobs',
  'jobs.lead':
    'Long work — participant imports, payrolls of all centres, anonymisation ' +
    '— runs on the server in the background. Their progress and results are ' +
    'shown here; the page refreshes itself while a job runs.',
  'jobs.leadEveryone': "As the director you see every staff member's jobs in the centre.",
  'jobs.none': 'No jobs yet.',
  'jobs.kind': 'Job',
  'jobs.status': 'Status',
  'jobs.progress': 'Progress',
  'jobs.startedBy': 'Started by',
  'jobs.createdAt': 'Queued',
  'jobs.outcome': 'Result',
  'jobs.kind.participant-import': 'Participant import',
  'jobs.kind.network-payroll': 'Payrolls of all my CIS',
  'jobs.kind.retention-anonymise': 'Anonymisation after the retention period',
  'jobs.kind.annual-reports': 'Annual reports of my centres',
  'jobs.status.QUEUED': 'queued',
  'jobs.status.RUNNING': 'running',
  'jobs.status.DONE': 'done',
  'jobs.status.FAILED': 'failed',
  'jobs.progressOf': '{done} of {total}',
  'jobs.progressLabel': 'Progress of the job: {kind}',
  'jobs.result.imported': { one: '{count} person imported.', other: '{count} people imported.' },
  'jobs.result.payrolls': { one: '{count} payroll computed.', other: '{count} payrolls computed.' },
  'jobs.result.skippedClosed': 'Closed months left unchanged: {names}.',
  'jobs.result.anonymised': {
    one: "{count} person's data anonymised.",
    other: "{count} people's data anonymised.",
  },
  'jobs.payroll.title': 'Payrolls of all my CIS',
  'jobs.payroll.lead':
    'Computes the draft payroll of the chosen month in every CIS where you ' +
    'are the director or the accountant. Closed months are not changed.',
  'jobs.payroll.month': 'Month',
  'jobs.payroll.start': 'Run in the background',
  'jobs.payroll.queued': 'Job accepted — its progress is shown in the table below.',
  'jobs.refresh': 'Refresh',
};
