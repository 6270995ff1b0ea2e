import type { staffPl } from './staff.i18n';

export const staffEn: Record<keyof typeof staffPl, string | { one: string; other: string }> = {
  'staff.title': 'Staff register',
  'staff.ratio': 'The 1 : 10 ratio today (art. 11 ust. 3 of the Act on social employment)',
  'staff.ratioOk':
    '{participants} participants for {employees} employees conducting classes — within the limit ({allowed} at most).',
  'staff.ratioBad':
    '{participants} participants for {employees} employees conducting classes ' +
    '— over the limit ({allowed} at most). Employ or assign an employee to conduct classes.',
  'staff.ratioNote':
    'Counted: employees on an employment contract who conduct classes directly; ' +
    'not counted: supported employment (art. 16), civil contracts, volunteers.',
  'staff.fullName': 'Full name',
  'staff.sex': 'Sex',
  'staff.sex.F': 'female',
  'staff.sex.M': 'male',
  'staff.function': 'Function',
  'staff.basis': 'Basis',
  'staff.fte': 'FTE',
  'staff.fteHint': 'e.g. 1 (full time), 0.5 (half time); 0 for civil contracts and volunteers',
  'staff.conductsClasses': 'Conducts classes with participants directly',
  'staff.fromDate': 'From',
  'staff.toDate': 'Until',
  'staff.toDateHint': 'empty — the contract continues',
  'staff.add': 'Add a person',
  'staff.added': 'Person added to the staff register.',
  'staff.none': 'The register is empty.',
  'staff.yes': 'yes',
  'staff.no': 'no',
  'staff.function.DIRECTOR': 'director',
  'staff.function.SOCIAL_WORKER': 'social worker',
  'staff.function.INSTRUCTOR': 'vocational instructor',
  'staff.function.FINANCE': 'finance',
  'staff.function.PSYCHOLOGIST': 'psychologist',
  'staff.function.THERAPIST': 'therapist',
  'staff.function.JOB_COACH': 'job coach',
  'staff.function.ADMINISTRATION': 'administration',
  'staff.function.OTHER': 'other',
  'staff.basis.EMPLOYMENT_CONTRACT': 'employment contract',
  'staff.basis.CIVIL_CONTRACT': 'civil-law contract',
  'staff.basis.VOLUNTEER': 'volunteer',
  'staff.basis.ART16_EMPLOYEE': 'supported employment (art. 16)',
};
