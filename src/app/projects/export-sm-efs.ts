import { findProjectById, listEnrolmentsWithPeople } from '../../db/projects.repository';
import { polishDate } from '../../domain/calendar';
import { checkMonitoringPerson, missingSummary } from '../../domain/projects/monitoring-fields';
import { smEfsCsv, smEfsTable, type SmEfsRow } from '../../domain/projects/sm-efs-export';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireAction } from '../privacy/present-authorisation';
import { toMonitoringPerson } from './present-project';

/**
 * The project's participants in the SM EFS import layout, as CSV (UTF-8 with BOM, `;`) or an XLSX copy.
 * Refused as a whole — nothing is produced — while any participant lacks a required field or has one
 * the monitoring system would reject; the error lists each person with what is missing.
 */
export async function exportSmEfs(
  deps: AppDeps,
  ctx: CallContext,
  projectId: string,
  format: 'csv' | 'xlsx',
) {
  requireAction(ctx, 'projects.export');
  const centreId = ctx.actor.centreId;
  const project = await findProjectById(deps.db, centreId, projectId);
  if (!project) throw notFound();
  const frame = { startDate: project.start_date, endDate: project.end_date };
  const enrolments = await listEnrolmentsWithPeople(deps.db, centreId, projectId);

  const refused: { enrolmentId: string; fullName: string; missing: string | null; problems: string[] }[] = [];
  const rows: SmEfsRow[] = [];
  for (const e of enrolments) {
    const person = toMonitoringPerson(e, project.number, deps.gminas);
    const problems = checkMonitoringPerson(person, frame);
    if (problems.length) {
      refused.push({
        enrolmentId: e.id,
        fullName: `${e.first_name} ${e.last_name}`,
        missing: missingSummary(problems),
        problems: problems.filter((p) => p.code !== 'REQUIRED').map((p) => `${p.label}: ${p.message}`),
      });
      continue;
    }
    rows.push({
      ...person,
      addedOn: polishDate(new Date(e.created_at)),
      addedBy: e.created_by_name ?? '',
      modifiedOn: polishDate(new Date(e.updated_at)),
      modifiedBy: e.updated_by_name ?? '',
    });
  }
  if (refused.length) {
    const lines = refused.map(
      (r) => `${r.fullName} — ${[r.missing, ...r.problems].filter(Boolean).join('; ')}`,
    );
    throw new AppError('EU_EXPORT_INCOMPLETE', {
      message: `Nie można wyeksportować danych do SM EFS. Uzupełnij: ${lines.join(' · ')}.`,
      details: {
        people: refused,
        fields: refused.map((r) => ({
          path: `enrolments.${r.enrolmentId}`,
          code: 'INCOMPLETE',
          message: `${r.fullName} — ${[r.missing, ...r.problems].filter(Boolean).join('; ')}`,
        })),
      },
    });
  }
  if (!rows.length)
    throw new AppError('EU_EXPORT_INCOMPLETE', {
      message: 'Projekt nie ma jeszcze uczestników do eksportu.',
    });

  const base = `sm-efs-${project.number.replace(/[^A-Za-z0-9.-]+/g, '_')}-${polishDate(deps.now())}`;
  await audit(deps.db, ctx, 'project.export', 'eu_project', projectId, { format, count: rows.length });
  if (format === 'csv')
    return {
      fileName: `${base}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(smEfsCsv(rows), 'utf8'),
    };

  // exceljs is large: loaded on the first export, not at server start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reintegra';
  const sheet = workbook.addWorksheet('Uczestnicy', { views: [{ state: 'frozen', ySplit: 1 }] });
  // Every cell as text, as in the CSV: the monitoring system reads PESEL, postcodes and dates as text.
  for (const line of smEfsTable(rows)) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => {
    c.width = 18;
    c.numFmt = '@';
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
  };
}
