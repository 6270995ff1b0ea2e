import type { payrollPl } from './payroll.i18n';

export const payrollEn: Record<keyof typeof payrollPl, string | { one: string; other: string }> = {
  'pay.title': 'Integration benefit payroll',
  'pay.compute': 'Compute from attendance',
  'pay.recompute': 'Recompute',
  'pay.computed': 'Payroll computed by the rules engine from the month’s attendance.',
  'pay.none': 'This month’s payroll has not been computed yet.',
  'pay.status': 'Status',
  'pay.status.DRAFT': 'draft',
  'pay.status.REVIEWED': 'reviewed by accounting',
  'pay.status.APPROVED': 'approved by the director',
  'pay.status.CLOSED': 'closed',
  'pay.ruleSet': 'Rules',
  'pay.total': 'Total',
  'pay.transfers': { one: '{count} transfer: {sum}', other: '{count} transfers: {sum}' },
  'pay.cash': { one: '{count} cash payment: {sum}', other: '{count} cash payments: {sum}' },
  'pay.blockers': 'Before the month can close:',
  'pay.review': 'Reviewed (accounting)',
  'pay.reviewed': 'Payroll marked as reviewed.',
  'pay.approve': 'Approve payroll',
  'pay.approved': 'Payroll approved.',
  'pay.close': 'Close month',
  'pay.closed': 'Month closed — the payroll is fixed; changes only as corrections.',
  'pay.encoding': 'File encoding',
  'pay.bankFile': 'Elixir-O transfer file',
  'pay.listPdf': 'Payment list (PDF)',
  'pay.listXlsx': 'Payment list (XLSX)',
  'pay.refundClaim': 'Refund claim to the PUP (PDF)',
  'pay.payslip': 'Payslip',
  'pay.contributions': 'Contributions: pension {pension}, disability {disability} — paid by: {payer}.',
  'pay.payerToConfirm': 'payer to be confirmed with the PUP',
  'pay.stale':
    'The inputs changed since the payroll was computed (a bonus, attendance, ' +
    'an account or the payment form) — the amounts below are out of date. Recompute ' +
    'before review and approval.',
  'pay.provisional': 'provisional: {count} class days without a status',
  'pay.closeQuestion':
    'Close the payroll for {month} (total {total})? This cannot be undone: ' +
    'a closed payroll never changes; any change is then a correction in another month.',
  'pay.closeConfirm': 'Yes, close the month',
  'pay.suggestionsLater':
    'Full-attendance bonus suggestions ({percent}% of the benefit) appear once ' +
    'the month has ended with every class day recorded.',
  'pay.line': 'Item',
  'pay.line.PAY': 'benefit',
  'pay.line.CONTINUING_NO_BENEFIT': 'programme without participation — no benefit',
  'pay.line.NOTHING_DUE': 'nothing due',
  'pay.correction': 'correction',
  'pay.why': 'How was it computed?',
  'pay.benefit': 'Benefit',
  'pay.bonus': 'Bonus',
  'pay.toPay': 'To pay',
  'pay.how': 'Method',
  'pay.inCash': 'cash',
  'pay.byTransfer': 'transfer',
  'pay.noAccount': 'no account',
  'pay.bonusTitle': 'Motivation bonus (art. 15a)',
  'pay.bonusHint':
    'The director proposes a bonus with a justification (active attitude, progress). ' +
    'Not in the trial month; the rules engine checks the limit.',
  'pay.amount': 'Amount (PLN)',
  'pay.justification': 'Justification',
  'pay.bonusSave': 'Save bonus',
  'pay.suggestions': 'Suggested by the regulamin: {percent}% of the benefit for full attendance',
  'pay.confirm': 'Confirm',
  'pay.bonusSaved': 'Bonus {amount} saved for {name} (limit {limit}). Payroll recomputed — to pay: {total}.',
  'pay.correctionTitle': 'Correction of this month',
  'pay.correctionHint':
    'A closed payroll does not change. A correction (e.g. a late doctor’s note) ' +
    'is a separate entry with a reason, paid or recovered in a chosen open month. ' +
    'A negative amount is to be repaid.',
  'pay.settleMonth': 'Settle in month',
  'pay.correctionAmount': 'Correction (PLN, negative = repay)',
  'pay.reason': 'Reason',
  'pay.correctionSave': 'Save correction',
  'pay.correctionSaved': 'Correction saved — it will be in the payroll of {month}.',
};
