import { ParticipantCreateSchema, type ParticipantCreate } from '../../contracts/participant.contract';
import { validatePesel } from '../../domain/identifiers/pesel';
import { personNameKey } from '../../domain/text';
import {
  checkMapping,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type MappingProblem,
} from '../../domain/participants/import/fields';
import type { ImportTable } from '../../domain/participants/import/table';
import { convertCell } from '../../domain/participants/import/values';

/**
 * A problem in one row: the spreadsheet row number, the column (header) it came from, the field, a
 * stable code and a Polish message.
 */
export interface ImportIssue {
  row: number;
  column: string | null;
  field: ImportField | null;
  code: string;
  message: string;
}

export interface ExistingPerson {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  pesel: string | null;
  nameKey: string;
}

/** A row that may be someone already registered (or listed twice): importable only once the user says it is not. */
export interface ImportWarning extends ImportIssue {
  candidates?: { id: string; firstName: string; lastName: string; birthDate: string }[];
  otherRow?: number;
}

export interface ImportRowsContext {
  isKnownGmina(code: string): boolean;
  /** The centre's people (another centre's people are never duplicates). */
  existing: readonly ExistingPerson[];
}

export interface ValidatedImport {
  mappingProblems: MappingProblem[];
  rowCount: number;
  /** Rows without errors, parsed by the participant form's schema (warnings do not exclude a row). */
  valid: { row: number; input: ParticipantCreate }[];
  errors: ImportIssue[];
  warnings: ImportWarning[];
  /** The first rows as the import reads them (after date and K/M conversion), for the preview. */
  sample: { row: number; values: Partial<Record<ImportField, string | null>> }[];
}

const ZOD_CODES: Record<string, string> = {
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
  invalid_union: 'INVALID_VALUE',
};

const samePesel = 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.';

/**
 * Reads every row through the mapping and checks it exactly as the participant form does (same schema, same
 * Polish messages), plus what only a file can get wrong: an unknown TERYT gmina, a PESEL twice in the file or
 * already in the centre (errors), the same name and birth date twice or already in the centre (warnings).
 */
export function validateImportRows(
  table: ImportTable,
  mapping: ColumnMapping,
  context: ImportRowsContext,
  sampleSize = 20,
): ValidatedImport {
  const mappingProblems = checkMapping(table.columns, mapping);
  const result: ValidatedImport = {
    mappingProblems,
    rowCount: table.rows.length,
    valid: [],
    errors: [],
    warnings: [],
    sample: [],
  };
  const fieldColumns = IMPORT_FIELDS.flatMap((field) => {
    const index = table.columns.findIndex((c) => mapping[c] === field);
    return index < 0 ? [] : [{ field, index, column: table.columns[index]! }];
  });
  const columnOf = new Map<ImportField, string>(fieldColumns.map((f) => [f.field, f.column]));
  // A row's errors read left to right, as the columns stand in the file.
  const position = (e: ImportIssue) =>
    fieldColumns.find((f) => f.field === e.field)?.index ?? Number.MAX_SAFE_INTEGER;
  const byColumn = (a: ImportIssue, b: ImportIssue) => position(a) - position(b);
  for (const r of table.rows.slice(0, sampleSize)) {
    result.sample.push({
      row: r.row,
      values: Object.fromEntries(
        fieldColumns.map((f) => {
          const c = convertCell(f.field, r.cells[f.index] ?? null);
          return [f.field, c.ok ? c.value : null];
        }),
      ),
    });
  }
  if (mappingProblems.length) return result;

  const existingByPesel = new Map(context.existing.filter((p) => p.pesel).map((p) => [p.pesel!, p]));
  const existingByName = new Map<string, ExistingPerson[]>();
  for (const p of context.existing) {
    const key = `${p.nameKey}|${p.birthDate}`;
    existingByName.set(key, [...(existingByName.get(key) ?? []), p]);
  }
  const fileByPesel = new Map<string, number>();
  const fileByName = new Map<string, number>();

  for (const { row, cells } of table.rows) {
    const rowErrors: ImportIssue[] = [];
    const issue = (field: ImportField | null, code: string, message: string) => {
      // One message per field and row is enough: the first explains it.
      if (field && rowErrors.some((e) => e.field === field)) return;
      rowErrors.push({ row, column: field ? (columnOf.get(field) ?? null) : null, field, code, message });
    };

    const raw: Record<string, unknown> = {};
    for (const { field, index } of fieldColumns) {
      const converted = convertCell(field, cells[index] ?? null);
      if (!converted.ok) {
        issue(field, converted.code, converted.message);
        continue;
      }
      // A blank required or defaulted field is left out, so the schema says "required" or applies its default.
      if (
        converted.value === null &&
        (field === 'firstName' || field === 'lastName' || field === 'citizenship')
      )
        continue;
      raw[field] = converted.value;
    }
    const parsed = ParticipantCreateSchema.safeParse(raw);
    if (!parsed.success) {
      for (const e of parsed.error.issues) {
        const field = IMPORT_FIELDS.find((f) => f === e.path[0]) ?? null;
        const custom = (e as { params?: { code?: string } }).params?.code;
        const code = custom ?? (e.code === 'invalid_type' ? 'REQUIRED' : (ZOD_CODES[e.code] ?? 'INVALID'));
        issue(field, code, e.code === 'invalid_type' ? 'To pole jest wymagane.' : e.message);
      }
      // The schema skips its identity rule while other fields fail; the user should see every problem
      // of the row at once.
      if (!raw.pesel) {
        if (!raw.birthDate) issue('birthDate', 'REQUIRED', 'Bez numeru PESEL podaj datę urodzenia.');
        if (!raw.sex) issue('sex', 'REQUIRED', 'Bez numeru PESEL podaj płeć.');
      }
    }
    if (typeof raw.gminaCode === 'string' && !context.isKnownGmina(raw.gminaCode)) {
      issue('gminaCode', 'UNKNOWN_GMINA', 'Nie ma takiej gminy w rejestrze TERYT.');
    }
    if (rowErrors.length || !parsed.success) {
      result.errors.push(...rowErrors.sort(byColumn));
      continue;
    }

    const input = parsed.data;
    const pesel = input.pesel ?? null;
    const decoded = pesel ? validatePesel(pesel) : null;
    const birthDate = decoded?.valid ? decoded.birthDate : input.birthDate!;
    if (pesel) {
      const earlier = fileByPesel.get(pesel);
      if (earlier !== undefined)
        issue('pesel', 'DUPLICATE_PESEL_IN_FILE', `Ten sam numer PESEL jest już w wierszu ${earlier}.`);
      else if (existingByPesel.has(pesel)) issue('pesel', 'DUPLICATE_PESEL', samePesel);
      else fileByPesel.set(pesel, row);
    }
    if (rowErrors.length) {
      result.errors.push(...rowErrors);
      continue;
    }

    const nameKey = `${personNameKey(input.firstName, input.lastName)}|${birthDate}`;
    const lookalikes = existingByName.get(nameKey);
    if (lookalikes) {
      result.warnings.push({
        row,
        column: null,
        field: null,
        code: 'POSSIBLE_DUPLICATE',
        message:
          `W centrum jest już osoba o tym imieniu, nazwisku ` +
          `i dacie urodzenia (${lookalikes.map((p) => `${p.lastName} ${p.firstName}`).join(', ')}). ` +
          `Sprawdź, czy to nie ta sama osoba.`,
        candidates: lookalikes
          .slice(0, 5)
          .map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, birthDate: p.birthDate })),
      });
    }
    const twin = fileByName.get(nameKey);
    if (twin !== undefined) {
      result.warnings.push({
        row,
        column: null,
        field: null,
        code: 'POSSIBLE_DUPLICATE_IN_FILE',
        otherRow: twin,
        message:
          `Osoba o tym imieniu, nazwisku i dacie urodzenia jest już w wierszu ${twin}. ` +
          `Sprawdź, czy to nie ta sama osoba.`,
      });
    } else fileByName.set(nameKey, row);
    result.valid.push({ row, input });
  }
  return result;
}
