import type { Db } from '../../db/connection';
import { annualReportDocx, annualReportPdf, annualReportXlsx } from '../../reports/annual/annual-render';
import { assembleAnnualReport } from './build-annual-report';

export type ReportFormat = 'json' | 'pdf' | 'xlsx' | 'docx';

const MEDIA: Record<ReportFormat, string> = {
  json: 'application/json',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The annual report of a centre as a file (the routes and the CLI); a year not started is refused. */
export async function annualReportFile(
  db: Db,
  centreId: string,
  year: number,
  format: ReportFormat,
  today: string,
) {
  const { report } = await assembleAnnualReport(db, centreId, year, today);
  const base = `sprawozdanie-${report.centreType.toLowerCase()}-${year}-v${report.report.version}`;
  const bytes =
    format === 'pdf'
      ? await annualReportPdf(report)
      : format === 'xlsx'
        ? await annualReportXlsx(report)
        : format === 'docx'
          ? await annualReportDocx(report)
          : Buffer.from(JSON.stringify(report, null, 2));
  return { bytes, fileName: `${base}.${format}`, mediaType: MEDIA[format], report };
}
