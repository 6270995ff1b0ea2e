// The payroll use cases, one per file; this module keeps the import path the routes, the CLI, the
// job handlers and the demo seed have used since issue #6.
export { addCorrection } from './add-correction';
export { advancePayroll } from './advance-payroll';
export { bonusSuggestions } from './bonus-suggestions';
export { computeLines, computeLinesForCentres } from './compute-lines';
export { computePayroll } from './compute-payroll';
export { computePayrollsForCentres } from './compute-payrolls-for-centres';
export { getPayroll } from './get-payroll';
export { proposeBonus } from './propose-bonus';
