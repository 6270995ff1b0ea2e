import { createHash } from 'node:crypto';
import type { Role } from '../../contracts/common';
import {
  IMPORT_ISSUE_LIST_CAP,
  IMPORT_SAMPLE_ROWS,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
} from '../../contracts/participant-import.contract';
import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import { findParticipantIdentities, insertParticipantsInBatches } from '../../db/participant.repository';
import type { NewParticipantRow } from '../../db/schema';
import { validatePesel } from '../../domain/identifiers/pesel';
import { suggestMapping } from '../../domain/participants/import/fields';
import { readImportFile, type ImportFile } from '../../reports/files/read-import-file';
import { validateImportRows, type ValidatedImport } from './import-rows';
import { ImportFileError, type ImportFileProblem } from '../../domain/participants/import/table';
import { cellText } from '../../domain/participants/import/values';
import { visibleFieldClasses } from '../../domain/participants/visibility';
import { personNameKey } from '../../domain/text';
import { AppError } from '../app-error';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';

export interface ImportUpload {
  bytes: Uint8Array;
  fileName: string;
  /** Column → field; absent: the mapping suggested from the headers. */
  mapping?: ImportMapping | null | undefined;
}

const roles = (ctx: CallContext) => ctx.actor.roles as Role[];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const FILE_PROBLEM_CODES: Record<
  ImportFileProblem,
  'FILE_REQUIRED' | 'UNSUPPORTED_FILE_TYPE' | 'IMPORT_HAS_ERRORS' | 'FILE_TOO_LARGE'
> = {
  EMPTY_FILE: 'FILE_REQUIRED',
  NOT_A_SPREADSHEET: 'UNSUPPORTED_FILE_TYPE',
  OLD_EXCEL_FORMAT: 'UNSUPPORTED_FILE_TYPE',
  BROKEN_CSV: 'IMPORT_HAS_ERRORS',
  NO_HEADER: 'IMPORT_HAS_ERRORS',
  NO_DATA_ROWS: 'IMPORT_HAS_ERRORS',
  TOO_MANY_ROWS: 'FILE_TOO_LARGE',
};

/** Reads the file as a table; a file that is no table at all becomes the matching AppError (never a 500). */
async function readFile(upload: ImportUpload): Promise<ImportFile> {
  try {
    return await readImportFile(upload.bytes, upload.fileName);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const fields: FieldError[] = [{ path: 'file', code: error.problem, message: error.message }];
    throw new AppError(FILE_PROBLEM_CODES[error.problem], { message: error.message, details: { fields } });
  }
}

/** Reads and checks the whole file against the centre's people (as the form's duplicate check does). */
async function analyse(deps: AppDeps, db: Db, ctx: CallContext, upload: ImportUpload) {
  const file = await readFile(upload);
  // A given mapping is complete: a column it does not name is not imported.
  const mapping = upload.mapping
    ? { ...Object.fromEntries(file.table.columns.map((c) => [c, null])), ...upload.mapping }
    : suggestMapping(file.table.columns);
  const existing = (await findParticipantIdentities(db, ctx.actor.centreId)).map((p) => ({
    id: p.id,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    pesel: p.pesel,
    nameKey: p.name_key,
  }));
  const checked = validateImportRows(
    file.table,
    mapping,
    { isKnownGmina: (code) => !!deps.gminas.get(code), existing },
    IMPORT_SAMPLE_ROWS,
  );
  return { file, mapping, checked };
}

const errorCount = (checked: ValidatedImport) => checked.mappingProblems.length + checked.errors.length;

/** An account number shown only as its last four digits to a role that may not see payment data. */
const maskAccount = (value: string | null | undefined) =>
  value ? `…${value.replace(/\D/g, '').slice(-4)}` : (value ?? null);

/**
 * Reads an XLSX or CSV file and reports what an import would do — the mapping (suggested or given), every
 * row error with its row, column and Polish message, possible duplicates to acknowledge — writing nothing.
 */
export async function previewParticipantImport(
  deps: AppDeps,
  ctx: CallContext,
  upload: ImportUpload,
): Promise<ImportPreview> {
  requireAction(ctx, 'participants.import');
  const { file, mapping, checked } = await analyse(deps, deps.db, ctx, upload);
  const seesPayment = visibleFieldClasses(roles(ctx)).has('payment');
  const columns = file.table.columns.map((name, index) => {
    const examples = [
      ...new Set(
        file.table.rows
          .slice(0, 50)
          .map((r) => cellText(r.cells[index] ?? null))
          .filter((v): v is string => !!v),
      ),
    ].slice(0, 3);
    const hide = !seesPayment && mapping[name] === 'bankAccount';
    return {
      name,
      examples: examples.map((v) => (hide ? maskAccount(v)! : v.length > 40 ? `${v.slice(0, 39)}…` : v)),
    };
  });
  return {
    fileSha256: sha256(upload.bytes),
    fileName: upload.fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headerRow: file.table.headerRow,
    columns,
    mapping,
    mappingProblems: checked.mappingProblems,
    rowCount: checked.rowCount,
    validCount: checked.valid.length,
    errorCount: checked.errors.length,
    errors: checked.errors.slice(0, IMPORT_ISSUE_LIST_CAP),
    warningCount: checked.warnings.length,
    warnings: checked.warnings.slice(0, IMPORT_ISSUE_LIST_CAP),
    sample: checked.sample.map((s) =>
      seesPayment || !('bankAccount' in s.values)
        ? s
        : { ...s, values: { ...s.values, bankAccount: maskAccount(s.values.bankAccount) } },
    ),
  };
}

function toRow(
  input: ValidatedImport['valid'][number]['input'],
  centreId: string,
  userId: string,
): NewParticipantRow {
  const decoded = input.pesel ? validatePesel(input.pesel) : null;
  const who = decoded?.valid
    ? { pesel: decoded.normalized, birth_date: decoded.birthDate, sex: decoded.sex }
    : { pesel: null, birth_date: input.birthDate!, sex: input.sex! };
  return {
    centre_id: centreId,
    first_name: input.firstName,
    last_name: input.lastName,
    name_key: personNameKey(input.firstName, input.lastName),
    ...who,
    citizenship: input.citizenship,
    street: input.street ?? null,
    building_no: input.buildingNo ?? null,
    flat_no: input.flatNo ?? null,
    postal_code: input.postalCode ?? null,
    city: input.city ?? null,
    gmina_code: input.gminaCode ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    education_level: input.educationLevel ?? null,
    bank_account: input.bankAccount ?? null,
    eligibility_justification: null,
    created_by: userId,
  };
}

/**
 * Imports the file previewed before (same SHA-256): it is read and checked again, and if any row has an error
 * — or a possible duplicate was not acknowledged — nothing is written. Otherwise all rows go in one transaction
 * with one audit entry.
 */
export async function importParticipants(
  deps: AppDeps,
  ctx: CallContext,
  upload: ImportUpload & { mapping: ImportMapping; expectedSha256: string; acknowledgeWarnings: boolean },
): Promise<ImportResult> {
  requireAction(ctx, 'participants.import');
  const fileSha256 = sha256(upload.bytes);
  if (fileSha256 !== upload.expectedSha256.trim().toLowerCase()) {
    throw AppError.fields([
      {
        path: 'sha256',
        code: 'FILE_CHANGED',
        message: 'To nie jest plik sprawdzony w podglądzie. Sprawdź plik ponownie przed importem.',
      },
    ]);
  }
  return deps.db.transaction().execute(async (trx) => {
    const { file, checked } = await analyse(deps, trx, ctx, upload);
    if (errorCount(checked) > 0) {
      throw new AppError('IMPORT_HAS_ERRORS', {
        details: {
          mappingProblems: checked.mappingProblems,
          errorCount: checked.errors.length,
          errors: checked.errors.slice(0, IMPORT_ISSUE_LIST_CAP),
        },
      });
    }
    if (checked.warnings.length && !upload.acknowledgeWarnings) {
      throw new AppError('POSSIBLE_DUPLICATE', {
        message:
          'Niektóre osoby z pliku mogą być już zarejestrowane w centrum albo występują ' +
          'w pliku dwa razy. Sprawdź ostrzeżenia i potwierdź, że to różne osoby — ' +
          'nic nie zostało zaimportowane.',
        details: {
          warningCount: checked.warnings.length,
          warnings: checked.warnings.slice(0, IMPORT_ISSUE_LIST_CAP),
        },
      });
    }
    const rows = checked.valid.map((v) => toRow(v.input, ctx.actor.centreId, ctx.actor.userId));
    let imported: number;
    try {
      imported = await insertParticipantsInBatches(trx, rows);
    } catch (error) {
      // Someone registered one of these PESELs since the check: the whole file waits for a new preview.
      if (isUniqueViolation(error))
        throw AppError.fields(
          [
            {
              path: 'file',
              code: 'DUPLICATE_PESEL',
              message:
                'W międzyczasie zarejestrowano osobę z numerem PESEL z tego pliku. Sprawdź ' +
                'plik ponownie — nic nie zostało zaimportowane.',
            },
          ],
          'DUPLICATE_PARTICIPANT',
        );
      throw error;
    }
    if (imported !== rows.length) throw new Error(`import wrote ${imported} of ${rows.length} rows`);
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'participant.import',
      entityType: 'participant',
      entityId: null,
      ip: ctx.ip,
      details: {
        count: imported,
        fileSha256,
        fileName: upload.fileName,
        format: file.format,
        warningsAcknowledged: checked.warnings.length,
      },
    });
    return { imported, fileSha256 };
  });
}
