import type {
  SensitiveAccessEntry,
  SensitiveAccessLog,
  SensitiveAccessQuery,
} from '../../contracts/privacy.contract';
import { findSensitiveReads } from '../../db/audit.repository';
import { findParticipantById } from '../../db/participant.repository';
import { findCentreMember } from '../../db/user.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireAction } from './present-authorisation';

/** The most rows one answer carries; `truncated` says when there were more (narrow the dates). */
export const ACCESS_LOG_LIMIT = 5000;

const WHAT: Record<string, string> = {
  'participant.read_sensitive': 'odczyt danych szczególnych kategorii w karcie uczestnika',
  'participant_document.read_sensitive': 'odczyt dokumentu uczestnika (skan)',
  'participant.search_sensitive': 'wyszukiwanie uczestników według grupy z art. 1 ust. 2',
  'participant.subject_copy': 'sporządzenie kopii danych dla osoby (art. 15 RODO)',
};
const FIELD: Record<string, string> = {
  eligibilityGroups: 'grupy z art. 1 ust. 2',
  eligibilityJustification: 'uzasadnienie kwalifikacji',
  eligibilityDecisions: 'decyzje o kwalifikacji',
  eligibilityEvidence: 'dokumenty potwierdzające',
  content: 'treść dokumentu',
  everything: 'wszystkie dane',
};

/**
 * Breach support: who read this person's sensitive data between two days, or what one account read, from the
 * audit log (indexed by person and by account). Asking is itself audited.
 */
export async function getSensitiveAccessLog(
  deps: AppDeps,
  ctx: CallContext,
  query: SensitiveAccessQuery,
): Promise<SensitiveAccessLog> {
  requireAction(ctx, 'privacy.accessLog.view');
  const unknown = [];
  if (query.participantId && !(await findParticipantById(deps.db, ctx.actor.centreId, query.participantId)))
    unknown.push({
      path: 'participantId',
      code: 'NOT_FOUND',
      message: 'Nie ma takiego uczestnika w tym centrum.',
    });
  if (query.actorUserId && !(await findCentreMember(deps.db, ctx.actor.centreId, query.actorUserId)))
    unknown.push({ path: 'actorUserId', code: 'NOT_FOUND', message: 'Nie ma takiego konta w tym centrum.' });
  if (unknown.length) throw AppError.fields(unknown);

  // A page for the screen; every entry (up to the limit) for the CSV and XLSX files.
  const paged = query.format === 'json';
  const filter = {
    centreId: ctx.actor.centreId,
    participantId: query.participantId,
    actorUserId: query.actorUserId,
    person: query.person,
    account: query.account,
    from: query.from,
    to: query.to,
  };
  const rows = await findSensitiveReads(deps.db, {
    ...filter,
    limit: paged ? query.pageSize : ACCESS_LOG_LIMIT,
    offset: paged ? (query.page - 1) * query.pageSize : 0,
  });
  const total =
    rows[0]?.total ??
    (paged && query.page > 1
      ? ((await findSensitiveReads(deps.db, { ...filter, limit: 1 }))[0]?.total ?? 0)
      : 0);
  await audit(deps.db, ctx, 'privacy.access_log_query', 'audit_log', null, {
    participantId: query.participantId ?? null,
    actorUserId: query.actorUserId ?? null,
    // A search term may itself be a name or a PESEL: the entry says which kinds of filter were used,
    // never the term (issue #14 item 7).
    filters: (['participantId', 'actorUserId', 'person', 'account', 'from', 'to'] as const).filter(
      (k) => query[k] !== undefined && query[k] !== '',
    ),
    from: query.from ?? null,
    to: query.to ?? null,
    format: query.format,
    rows: rows.length,
  });
  const items = rows.map(
    (r): SensitiveAccessEntry => ({
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorUserId: r.actor_user_id,
      actorEmail: r.actor_email,
      what: WHAT[r.action] ?? 'odczyt danych szczególnych kategorii',
      participantId: r.participant_id,
      participantName: r.first_name ? `${r.first_name} ${r.last_name}` : null,
      fields: (Array.isArray(r.details.fields) ? (r.details.fields as string[]) : []).map(
        (f) => FIELD[f] ?? f,
      ),
      ip: r.ip,
    }),
  );
  return {
    items,
    total,
    page: paged ? query.page : 1,
    pageSize: paged ? query.pageSize : ACCESS_LOG_LIMIT,
    truncated: total > ACCESS_LOG_LIMIT,
  };
}

const csvCell = (v: string | null) => {
  const s = v ?? '';
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The same entries as CSV for Excel in Poland (semicolons, UTF-8 with BOM, times in Polish time). */
export function sensitiveAccessCsv(items: SensitiveAccessEntry[]): Buffer {
  const time = new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const lines = [
    ['Czas', 'Konto', 'Czynność', 'Uczestnik', 'Zakres danych', 'Adres IP'].join(';'),
    ...items.map((i) =>
      [
        time.format(new Date(i.occurredAt)),
        i.actorEmail,
        i.what,
        i.participantName,
        i.fields.join(', '),
        i.ip,
      ]
        .map(csvCell)
        .join(';'),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The same entries as an XLSX workbook (one sheet, Polish headers and times, filters on the header row). */
export async function sensitiveAccessXlsx(log: SensitiveAccessLog): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const sheet = book.addWorksheet('Odczyty danych wrażliwych');
  sheet.columns = [
    { header: 'Czas', key: 'time', width: 20 },
    { header: 'Konto', key: 'account', width: 32 },
    { header: 'Czynność', key: 'what', width: 52 },
    { header: 'Uczestnik', key: 'person', width: 28 },
    { header: 'Zakres danych', key: 'fields', width: 40 },
    { header: 'Adres IP', key: 'ip', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  const time = new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  for (const i of log.items)
    sheet.addRow({
      time: time.format(new Date(i.occurredAt)),
      account: i.actorEmail ?? '',
      what: i.what,
      person: i.participantName ?? '',
      fields: i.fields.join(', '),
      ip: i.ip ?? '',
    });
  sheet.autoFilter = { from: 'A1', to: 'F1' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  if (log.truncated)
    sheet.addRow({ time: `Pokazano pierwsze ${ACCESS_LOG_LIMIT} z ${log.total} wpisów — zawęź daty.` });
  return Buffer.from(await book.xlsx.writeBuffer());
}
