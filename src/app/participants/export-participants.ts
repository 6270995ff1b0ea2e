import type { Role } from '../../contracts/common';
import type { ParticipantExportQuery } from '../../contracts/participant-import.contract';
import { insertAuditEntry } from '../../db/audit.repository';
import { findParticipants, type ParticipantListRow } from '../../db/participant.repository';
import { addDays, polishDate } from '../../domain/calendar';
import { IMPORT_FIELD_LABELS as L } from '../../domain/participants/import/fields';
import { visibleFieldClasses, type FieldClass } from '../../domain/participants/visibility';
import { foldDiacritics } from '../../domain/text';
import { forbidden } from '../app-error';
import { instructorScope } from '../pathway/shared';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';

/** At most this many people in one export (far above any centre's register). */
const MAX_EXPORT_ROWS = 100_000;

const STATUS_PL: Record<string, string> = {
  REFERRED: 'skierowanie w rozpatrzeniu',
  ELIGIBLE: 'zakwalifikowanie — czeka na program',
  REFUSED: 'odmowa',
  WAITING: 'lista oczekujących',
  ACTIVE: 'uczestniczy',
  EXITED: 'po zakończeniu udziału',
};

type Value = string | Date | null;
interface Column {
  header: string;
  width: number;
  fieldClass: Exclude<FieldClass, 'sensitive'>;
  date?: boolean;
  value: (row: ParticipantListRow) => Value;
}

const date = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/**
 * The export's columns; headers are the import's, so an exported file can be read back. Sensitive
 * fields never leave.
 */
const COLUMNS: Column[] = [
  { header: L.lastName, width: 22, fieldClass: 'basic', value: (r) => r.last_name },
  { header: L.firstName, width: 16, fieldClass: 'basic', value: (r) => r.first_name },
  { header: 'Status', width: 30, fieldClass: 'basic', value: (r) => STATUS_PL[r.status] ?? r.status },
  { header: 'Status od', width: 12, fieldClass: 'basic', date: true, value: (r) => date(r.status_since) },
  { header: 'Warsztat', width: 22, fieldClass: 'basic', value: (r) => r.workshop },
  {
    header: 'Data przyjęcia',
    width: 14,
    fieldClass: 'basic',
    date: true,
    value: (r) => date(r.admission_date),
  },
  {
    header: 'Planowany koniec',
    width: 16,
    fieldClass: 'basic',
    date: true,
    value: (r) => date(r.planned_end),
  },
  { header: L.pesel, width: 13, fieldClass: 'personal', value: (r) => r.pesel },
  { header: L.birthDate, width: 14, fieldClass: 'personal', date: true, value: (r) => date(r.birth_date) },
  { header: L.sex, width: 6, fieldClass: 'personal', value: (r) => (r.sex === 'F' ? 'K' : 'M') },
  { header: L.citizenship, width: 12, fieldClass: 'personal', value: (r) => r.citizenship },
  { header: L.street, width: 22, fieldClass: 'personal', value: (r) => r.street },
  { header: L.buildingNo, width: 8, fieldClass: 'personal', value: (r) => r.building_no },
  { header: L.flatNo, width: 8, fieldClass: 'personal', value: (r) => r.flat_no },
  { header: L.postalCode, width: 12, fieldClass: 'personal', value: (r) => r.postal_code },
  { header: L.city, width: 18, fieldClass: 'personal', value: (r) => r.city },
  { header: L.gminaCode, width: 15, fieldClass: 'personal', value: (r) => r.gmina_code },
  { header: L.phone, width: 15, fieldClass: 'personal', value: (r) => r.phone },
  { header: L.email, width: 26, fieldClass: 'personal', value: (r) => r.email },
  { header: L.educationLevel, width: 12, fieldClass: 'personal', value: (r) => r.education_level },
  { header: L.bankAccount, width: 30, fieldClass: 'payment', value: (r) => r.bank_account },
];

export interface ExportFile {
  fileName: string;
  bytes: Buffer;
  count: number;
}

/**
 * The centre's participant list as an XLSX file, with the list's filters and only the field classes the
 * caller's roles may see (never the sensitive eligibility groups); every export is audited.
 */
export async function exportParticipants(
  deps: AppDeps,
  ctx: CallContext,
  query: ParticipantExportQuery,
): Promise<ExportFile> {
  const roles = ctx.actor.roles as Role[];
  const classes = visibleFieldClasses(roles);
  requireAction(ctx, 'participants.export');
  if ((query.group || query.referrer) && !classes.has('sensitive')) throw forbidden();

  const today = polishDate(deps.now());
  const q = query.q
    ? foldDiacritics(query.q)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : undefined;
  const peselPrefix = q && /^\d{3,11}$/.test(q) && classes.has('personal') ? q : undefined;
  const { rows } = await findParticipants(deps.db, {
    centreId: ctx.actor.centreId,
    nameQuery: peselPrefix ? undefined : q,
    peselPrefix,
    status: query.status,
    group: query.group,
    workshop: query.workshop,
    referrer: query.referrer,
    endingBetween:
      query.endingWithinDays !== undefined ? [today, addDays(today, query.endingWithinDays)] : undefined,
    inWorkshops: await instructorScope(deps.db, ctx),
    limit: MAX_EXPORT_ROWS,
    offset: 0,
  });

  const columns = COLUMNS.filter((c) => classes.has(c.fieldClass));
  // exceljs is large (~0.2 s to load): loaded on the first export, not at server start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reintegra';
  workbook.created = deps.now();
  const sheet = workbook.addWorksheet('Uczestnicy', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: c.width,
    ...(c.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

  await insertAuditEntry(deps.db, {
    centreId: ctx.actor.centreId,
    actorUserId: ctx.actor.userId,
    actorEmail: ctx.actorEmail,
    action: 'participant.export',
    entityType: 'participant',
    entityId: null,
    ip: ctx.ip,
    details: {
      count: rows.length,
      fieldClasses: [...new Set(columns.map((c) => c.fieldClass))],
      // The search text may be a PESEL prefix: only whether there was one is recorded.
      filters: { ...query, q: undefined, search: !!query.q },
    },
  });
  return { fileName: `uczestnicy-${today}.xlsx`, bytes, count: rows.length };
}
