import type { importPl } from './participant-import.i18n';

export const importEn: Record<keyof typeof importPl, string | { one: string; other: string }> = {
  'imp.nav': 'Import participants',
  'imp.title': 'Import participants from a file',
  'imp.intro':
    'Load an XLSX workbook or a CSV file with a list of people (up to 10 MB ' +
    'and 10,000 rows). You will first see a preview with the errors of each ' +
    'row — nothing is saved until the file has no errors and you confirm the import.',
  'imp.file': 'XLSX or CSV file',
  'imp.fileHint':
    'The first worksheet; column headers above the data (e.g. Imię, Nazwisko, ' +
    'PESEL). CSV: semicolon, comma or tab separated, UTF-8 or Windows-1250.',
  'imp.check': 'Check the file',
  'imp.recheck': 'Check again with this mapping',
  'imp.checking': 'Checking the file…',
  'imp.importing': 'Importing…',
  'imp.queued': 'The import is queued…',
  'imp.jobFailed': 'The import failed. Nothing was saved — please try again.',
  'imp.summaryTitle': 'Check result',
  'imp.fileInfo': 'File {name}: {format}, headers in row {headerRow}.',
  'imp.csvInfo': 'Encoding {encoding}, separator {delimiter}.',
  'imp.rows': { one: '{count} data row', other: '{count} data rows' },
  'imp.valid': { one: '{count} valid', other: '{count} valid' },
  'imp.errorCount': { one: '{count} error', other: '{count} errors' },
  'imp.warningCount': { one: '{count} warning', other: '{count} warnings' },
  'imp.mapping': 'Column mapping',
  'imp.mappingHint':
    'For each column of the file choose a participant field or “do not import”. The suggestion comes from the headers.',
  'imp.column': 'Column in the file',
  'imp.examples': 'Example values',
  'imp.field': 'Participant field',
  'imp.skip': '— do not import —',
  'imp.mappingChanged': 'The mapping has changed — check the file again before importing it.',
  'imp.mappingProblems': 'Correct the column mapping:',
  'imp.errors': 'Errors in rows',
  'imp.errorsHint':
    'Correct them in the file and load it again. Nothing is imported while the file has any error.',
  'imp.listCapped': 'Showing the first {shown} of {count}.',
  'imp.row': 'Row',
  'imp.problem': 'Problem',
  'imp.warnings': 'Possible duplicates',
  'imp.warningsHint':
    'These people may already be registered in the centre or appear twice in the file. Check them before importing.',
  'imp.registered': 'In the centre:',
  'imp.acknowledge': 'Checked: these are different people — import them despite the warnings',
  'imp.sample': 'How the first rows will be read',
  'imp.import': { one: 'Import {count} person', other: 'Import {count} people' },
  'imp.blockedErrors': 'Importing becomes possible when the file has no errors.',
  'imp.blockedWarnings': 'Tick the confirmation next to the possible duplicates.',
  'imp.done': { one: '{count} person imported.', other: '{count} people imported.' },
  'imp.toList': 'Go to the participant list',
  'imp.export': 'Export to XLSX',
  'imp.exportHint':
    'The participant list (with the current filters) as an XLSX workbook — ' +
    'only the data you may see, never sensitive data.',
  'imp.field.firstName': 'First name',
  'imp.field.lastName': 'Last name',
  'imp.field.pesel': 'PESEL',
  'imp.field.birthDate': 'Birth date',
  'imp.field.sex': 'Sex (K/M)',
  'imp.field.citizenship': 'Citizenship',
  'imp.field.street': 'Street',
  'imp.field.buildingNo': 'Building no.',
  'imp.field.flatNo': 'Flat no.',
  'imp.field.postalCode': 'Postal code',
  'imp.field.city': 'Town',
  'imp.field.gminaCode': 'TERYT gmina code',
  'imp.field.phone': 'Phone',
  'imp.field.email': 'E-mail',
  'imp.field.educationLevel': 'Education (ISCED 0–8)',
  'imp.field.bankAccount': 'Bank account (NRB)',
};
