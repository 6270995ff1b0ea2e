import { z } from 'zod';
import { IMPORT_FIELDS } from '../domain/participants/import/fields';
import { text } from './common';
import { ParticipantListQuerySchema } from './participant.contract';

export { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ImportField } from '../domain/participants/import/fields';

/** Import limits (issue #8): one file of at most 10 MB and 10,000 data rows. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export { MAX_IMPORT_ROWS } from '../domain/participants/import/table';
/** The preview lists at most this many errors and warnings each (the totals are always given). */
export const IMPORT_ISSUE_LIST_CAP = 500;
export const IMPORT_SAMPLE_ROWS = 20;

export const ImportFieldSchema = z.enum(IMPORT_FIELDS);

/** Column name in the file → participant field (null: the column is not imported). */
export const ImportMappingSchema = z.record(text(300), ImportFieldSchema.nullable());
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export const ImportIssueSchema = z.object({
  row: z.number().int().describe('Numer wiersza w arkuszu (jak w Excelu, licząc od 1, z nagłówkiem)'),
  column: z.string().nullable().describe('Nagłówek kolumny w pliku'),
  field: ImportFieldSchema.nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportWarningSchema = ImportIssueSchema.extend({
  candidates: z
    .array(z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), birthDate: z.string() }))
    .optional(),
  otherRow: z.number().int().optional(),
});
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

export const MappingProblemSchema = z.object({
  code: z.string(),
  field: ImportFieldSchema.nullable(),
  message: z.string(),
});
export type MappingProblem = z.infer<typeof MappingProblemSchema>;

export const ImportPreviewSchema = z.object({
  fileSha256: z.string().describe('SHA-256 pliku; odeślij go przy imporcie'),
  fileName: z.string(),
  format: z.enum(['XLSX', 'CSV']),
  encoding: z.string().nullable().describe('CSV: rozpoznane kodowanie (UTF-8, Windows-1250, UTF-16)'),
  delimiter: z.string().nullable().describe('CSV: rozpoznany separator'),
  headerRow: z.number().int(),
  columns: z.array(z.object({ name: z.string(), examples: z.array(z.string()) })),
  mapping: ImportMappingSchema.describe('Przyporządkowanie użyte w podglądzie (podane albo zaproponowane)'),
  mappingProblems: z.array(MappingProblemSchema),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(ImportIssueSchema).describe('Najwyżej 500 pierwszych błędów'),
  warningCount: z.number().int(),
  warnings: z.array(ImportWarningSchema).describe('Najwyżej 500 pierwszych ostrzeżeń'),
  sample: z.array(
    z.object({ row: z.number().int(), values: z.partialRecord(ImportFieldSchema, z.string().nullable()) }),
  ),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  imported: z.number().int(),
  fileSha256: z.string(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** The list's filters, without paging: the export holds every matching person. */
export const ParticipantExportQuerySchema = ParticipantListQuerySchema.omit({ page: true, pageSize: true });
export type ParticipantExportQuery = z.infer<typeof ParticipantExportQuerySchema>;

export const IMPORT_MULTIPART_DESCRIPTION = [
  'Treść: multipart/form-data.',
  '- `file` (wymagane): arkusz XLSX (pierwszy arkusz; nagłówki w pierwszym ' +
    'niepustym wierszu, tytuł nad tabelą jest pomijany) albo CSV (separator ' +
    '`;`, `,` lub tabulator; UTF-8 z BOM lub bez, Windows-1250); do 10 MB i ' +
    '10 000 wierszy.',
  '- `mapping` (opcjonalne w podglądzie, wymagane przy imporcie): JSON `{"nazwa kolumny": "pole" | null}`; pola: ' +
    IMPORT_FIELDS.join(', ') +
    '.',
].join('\n');

export const IMPORT_COMMIT_DESCRIPTION = [
  IMPORT_MULTIPART_DESCRIPTION,
  '- `sha256` (wymagane): `fileSha256` z podglądu — import tego samego pliku, który sprawdzono.',
  '- `acknowledgeWarnings` (`true`/`false`): potwierdzenie, że osoby z ostrzeżeniami ' +
    '(możliwe duplikaty) to inne osoby.',
  'Plik jest sprawdzany ponownie; jeśli ma choć jeden błąd, nic nie jest ' +
    'zapisywane (IMPORT_HAS_ERRORS). Wszystkie wiersze zapisuje jedna transakcja.',
].join('\n');
