import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AnnualReport } from '../../contracts/reports.contract';
import { type CellValue, reportParts } from '../../domain/reports/annual-template';
import { zlotyNumber } from '../../domain/polish-format';
import { longDate, renderPdf, signature } from '../print/render';

/** A cell's value as printed: counts as digits, money as "1 234,56 zł", FTE with two decimals. */
export function printedValue(v: CellValue): string {
  if ('n' in v) return String(v.n);
  if ('grosze' in v) return `${zlotyNumber(v.grosze)} zł`;
  if ('fte' in v) return v.fte.toFixed(2).replace('.', ',');
  return v.text;
}

const STATUS = { DRAFT: 'projekt', SIGNED: 'podpisane', SENT: 'wysłane' } as const;

/** The report as a PDF laid out like the official form: title, parts in order, narrative, counting rules, signature. */
export async function annualReportPdf(r: AnnualReport): Promise<Buffer> {
  const { title, parts } = reportParts(r);
  const content: Content[] = [
    { text: title, style: 'title' },
    {
      text: `Wersja ${r.report.version} · ${STATUS[r.report.status]} · sporządzono ${longDate(r.generatedOn)}`,
      style: 'subtitle',
    },
  ];
  for (const part of parts) {
    content.push({ text: part.title, style: 'h2' });
    if (part.rows.length) {
      const header: TableCell[] = [
        { text: 'Lp.', style: 'th' },
        { text: part.columns.length ? 'Wyszczególnienie' : 'Pozycja', style: 'th' },
        ...(part.columns.length ? part.columns : ['']).map((c) => ({
          text: c,
          style: 'th',
          alignment: 'center' as const,
        })),
      ];
      const width = part.columns.length || 1;
      content.push({
        table: {
          headerRows: 1,
          widths: [24, '*', ...Array.from({ length: width }, () => (part.columns.length ? 70 : 240))],
          body: [
            header,
            ...part.rows.map((row) => [
              { text: row.no },
              { text: row.label },
              ...row.values.map((v) => ({
                text: printedValue(v),
                alignment: ('text' in v ? 'left' : 'right') as 'left' | 'right',
              })),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      } as Content);
    }
    if (part.notes?.length)
      content.push({
        stack: [
          { text: 'Jak policzono', bold: true, fontSize: 8, margin: [0, 4, 0, 2] },
          { ul: part.notes.map((t) => ({ text: t, fontSize: 8 })) },
        ],
      } as Content);
    if (part.narrative)
      content.push({
        stack: [
          { text: part.narrative.label, bold: true, fontSize: 9, margin: [0, 4, 0, 2] },
          { text: r.narrative[part.narrative.field as keyof typeof r.narrative] || '—', fontSize: 9 },
        ],
      });
  }
  content.push({ text: 'Zasady liczenia', style: 'h2' });
  content.push({ ul: r.rules.text.map((t) => ({ text: t, fontSize: 8 })) } as Content);
  content.push({
    columns: [
      {
        text: `Miejscowość, data: ${r.centre.address.split(', ').pop() ?? ''}, ${longDate(r.generatedOn)}`,
        width: '*',
      },
      signature('podpis osoby upoważnionej (kierownik)', r.report.signedByName),
    ],
    margin: [0, 20, 0, 0],
  } as Content);
  return renderPdf({ title, content, footerNote: `${r.centre.name} · ${title.toLowerCase()}` });
}

/** The same parts as an XLSX workbook: one sheet, one row per form row, numbers as numbers (złoty as decimals). */
export async function annualReportXlsx(r: AnnualReport): Promise<Buffer> {
  const { title, parts } = reportParts(r);
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const sheet = book.addWorksheet(`Sprawozdanie ${r.year}`);
  sheet.columns = [{ width: 8 }, { width: 70 }, { width: 22 }, { width: 16 }, { width: 16 }];
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([`Wersja ${r.report.version} (${STATUS[r.report.status]}), sporządzono ${r.generatedOn}`]);
  for (const part of parts) {
    sheet.addRow([]);
    sheet.addRow([part.title]).font = { bold: true };
    if (part.columns.length) sheet.addRow(['Lp.', 'Wyszczególnienie', ...part.columns]).font = { bold: true };
    for (const row of part.rows)
      sheet.addRow([
        row.no,
        row.label,
        ...row.values.map((v) =>
          'n' in v ? v.n : 'grosze' in v ? v.grosze / 100 : 'fte' in v ? v.fte : v.text.replace(/\n/g, '; '),
        ),
      ]);
    for (const row of part.rows)
      row.values.forEach((v, i) => {
        if (!('grosze' in v)) return;
        const cell = sheet
          .getRow(sheet.rowCount - part.rows.length + part.rows.indexOf(row) + 1)
          .getCell(3 + i);
        cell.numFmt = '#,##0.00 "zł"';
      });
    if (part.notes?.length) {
      sheet.addRow(['', 'Jak policzono']).font = { italic: true };
      for (const t of part.notes) sheet.addRow(['', t]);
    }
    if (part.narrative)
      sheet.addRow([
        '',
        part.narrative.label,
        r.narrative[part.narrative.field as keyof typeof r.narrative] || '',
      ]);
  }
  sheet.addRow([]);
  sheet.addRow(['', 'Zasady liczenia']).font = { bold: true };
  for (const t of r.rules.text) sheet.addRow(['', t]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same parts as an editable DOCX (voivodes ask for editable files). */
export async function annualReportDocx(r: AnnualReport): Promise<Buffer> {
  const { title, parts } = reportParts(r);
  const d = await import('docx');
  const cell = (text: string, bold = false, right = false) =>
    new d.TableCell({
      children: text.split('\n').map(
        (line) =>
          new d.Paragraph({
            alignment: right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
            children: [new d.TextRun({ text: line, bold, size: 18 })],
          }),
      ),
    });
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      alignment: d.AlignmentType.CENTER,
      children: [new d.TextRun(title)],
    }),
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      children: [
        new d.TextRun(`Wersja ${r.report.version} · ${STATUS[r.report.status]} · ${longDate(r.generatedOn)}`),
      ],
    }),
  ];
  for (const part of parts) {
    children.push(
      new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(part.title)] }),
    );
    if (part.rows.length)
      children.push(
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: [
            ...(part.columns.length
              ? [
                  new d.TableRow({
                    tableHeader: true,
                    children: [
                      cell('Lp.', true),
                      cell('Wyszczególnienie', true),
                      ...part.columns.map((c) => cell(c, true)),
                    ],
                  }),
                ]
              : []),
            ...part.rows.map(
              (row) =>
                new d.TableRow({
                  children: [
                    cell(row.no),
                    cell(row.label),
                    ...row.values.map((v) => cell(printedValue(v), false, !('text' in v))),
                  ],
                }),
            ),
          ],
        }),
      );
    if (part.notes?.length) {
      children.push(
        new d.Paragraph({ children: [new d.TextRun({ text: 'Jak policzono', bold: true, size: 16 })] }),
      );
      for (const t of part.notes)
        children.push(
          new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun({ text: t, size: 16 })] }),
        );
    }
    if (part.narrative) {
      children.push(
        new d.Paragraph({ children: [new d.TextRun({ text: part.narrative.label, bold: true })] }),
      );
      const value = r.narrative[part.narrative.field as keyof typeof r.narrative] || '';
      for (const line of (value || '…').split('\n'))
        children.push(new d.Paragraph({ children: [new d.TextRun(line)] }));
    }
  }
  children.push(
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun('Zasady liczenia')] }),
  );
  for (const t of r.rules.text)
    children.push(
      new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun({ text: t, size: 16 })] }),
    );
  children.push(
    new d.Paragraph({
      spacing: { before: 600 },
      children: [new d.TextRun(`Data: ${longDate(r.generatedOn)}`)],
    }),
    new d.Paragraph({
      alignment: d.AlignmentType.RIGHT,
      children: [new d.TextRun(r.report.signedByName ?? '')],
    }),
    new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun('…………………………………………')] }),
    new d.Paragraph({
      alignment: d.AlignmentType.RIGHT,
      children: [new d.TextRun({ text: 'podpis osoby upoważnionej (kierownik)', size: 16 })],
    }),
  );
  const doc = new d.Document({
    creator: 'Reintegra',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [{ children }],
  });
  return Buffer.from(await d.Packer.toBuffer(doc));
}
