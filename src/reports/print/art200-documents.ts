import { decimal } from '../../domain/polish-format';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { polishMonthName } from '../../domain/calendar';
import { type Letterhead, letterhead, renderPdf, shortDate, signature, thinLines } from './render';

const hours = (h: number) => decimal(h);

/** What the monthly list of the art. 200 track shows: the agreement, the month, per person days and hours. */
export interface Art200MonthListData {
  centre: Letterhead;
  issuedOn: string;
  month: string;
  partner: { name: string; address: string | null };
  agreement: {
    number: string;
    validFrom: string;
    validUntil: string;
    dailyHoursLimit: number;
    activities: string;
  };
  days: { day: number; weekday: number; holiday: string | null }[];
  rows: {
    name: string;
    pesel: string | null;
    hoursByDay: Record<number, number>;
    daysPresent: number;
    hours: number;
  }[];
  totals: { people: number; daysPresent: number; hours: number };
  source: string | null;
}

export const monthName = polishMonthName;

/**
 * The monthly attendance list for the PUP (landscape A4): one row per person with the hours of each day,
 * days present and hours in the month, a signature column; the month's totals; the director's signature.
 */
export async function renderArt200MonthList(d: Art200MonthListData): Promise<Buffer> {
  const free = (x: { weekday: number; holiday: string | null }) => x.weekday >= 6 || x.holiday !== null;
  const head: TableCell[] = [
    { text: 'Lp.', style: 'th' },
    { text: 'Nazwisko i imię, PESEL', style: 'th' },
    ...d.days.map<TableCell>((x) => ({
      text: String(x.day),
      style: 'th',
      alignment: 'center',
      ...(free(x) ? { fillColor: '#d9d9d9' } : {}),
    })),
    { text: 'Dni', style: 'th', alignment: 'center' },
    { text: 'Godz.', style: 'th', alignment: 'center' },
    { text: 'Podpis uczestnika', style: 'th' },
  ];
  const body: TableCell[][] = [
    head,
    ...d.rows.map<TableCell[]>((r, i) => [
      String(i + 1),
      { stack: [r.name, ...(r.pesel ? [{ text: `PESEL ${r.pesel}`, fontSize: 6 }] : [])] },
      ...d.days.map<TableCell>((x) => ({
        text: r.hoursByDay[x.day] === undefined ? '' : hours(r.hoursByDay[x.day] as number),
        alignment: 'center',
        ...(free(x) ? { fillColor: '#eeeeee' } : {}),
      })),
      { text: String(r.daysPresent), alignment: 'center', bold: true },
      { text: hours(r.hours), alignment: 'center', bold: true },
      { text: ' ', margin: [0, 6, 0, 6] },
    ]),
    [
      { text: 'Razem', colSpan: 2, bold: true },
      '',
      ...d.days.map<TableCell>(() => ''),
      { text: String(d.totals.daysPresent), alignment: 'center', bold: true },
      { text: hours(d.totals.hours), alignment: 'center', bold: true },
      '',
    ],
  ];
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'MIESIĘCZNA LISTA OBECNOŚCI', style: 'title' },
    {
      text: `Zajęcia dla osób bezrobotnych finansowane przez powiatowy urząd pracy · ${monthName(d.month)}`,
      style: 'subtitle',
      margin: [0, 0, 0, 4],
    },
    {
      text:
        `Porozumienie nr ${d.agreement.number}` +
        ` · ${d.partner.name}${d.partner.address ? `, ${d.partner.address}` : ''} ` +
        `· obowiązuje ${shortDate(d.agreement.validFrom)} – ${shortDate(d.agreement.validUntil)} ` +
        `· najwyżej ${hours(d.agreement.dailyHoursLimit)} godz. dziennie`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 0, 0, 2],
    },
    {
      text: `Rodzaj zajęć: ${d.agreement.activities}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 0, 0, 8],
    },
    {
      table: {
        headerRows: 1,
        widths: [14, 100, ...d.days.map(() => 13), 18, 22, '*'],
        body,
      },
      layout: { ...thinLines, paddingLeft: () => 1, paddingRight: () => 1 },
      fontSize: 6.5,
    },
    {
      text:
        `Liczba osób: ${d.totals.people} · dni obecności razem: ${d.totals.daysPresent} ` +
        `· godzin razem: ${hours(d.totals.hours)}. W komórkach liczba godzin zajęć ` +
        `danego dnia (0 — nieobecność); dni wolne od pracy zacienione.`,
      fontSize: 8,
      margin: [0, 6, 0, 0],
    },
  ];
  if (d.source) content.push({ text: `Podstawa: ${d.source}.`, fontSize: 7, margin: [0, 2, 0, 0] });
  content.push({
    columns: [{ text: '', width: '*' }, signature('kierownik centrum — podpis i pieczęć')],
  });
  return renderPdf({
    title: `Lista obecności ${d.agreement.number} ${d.month}`,
    footerNote: `Miesięczna lista obecności — porozumienie ${d.agreement.number}, ${monthName(d.month)}`,
    landscape: true,
    content,
  });
}

/** The same list as an XLSX sheet: numbers as numbers, so the PUP can add them up again. */
export async function renderArt200MonthListXlsx(d: Art200MonthListData): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const s = book.addWorksheet('Lista obecności', {
    pageSetup: { orientation: 'landscape', fitToPage: true },
  });
  s.addRow([`Miesięczna lista obecności — ${monthName(d.month)}`]).font = { bold: true, size: 13 };
  s.addRow([d.centre.name]);
  s.addRow([
    `Porozumienie nr ${d.agreement.number} · ${d.partner.name} (${shortDate(d.agreement.validFrom)}` +
      ` – ${shortDate(d.agreement.validUntil)}), najwyżej ${hours(d.agreement.dailyHoursLimit)} ` +
      `godz. dziennie`,
  ]);
  s.addRow([`Rodzaj zajęć: ${d.agreement.activities}`]);
  s.addRow([]);
  const header = s.addRow([
    'Lp.',
    'Nazwisko i imię',
    'PESEL',
    ...d.days.map((x) => x.day),
    'Dni obecności',
    'Godziny',
    'Podpis uczestnika',
  ]);
  header.font = { bold: true };
  d.rows.forEach((r, i) => {
    s.addRow([
      i + 1,
      r.name,
      r.pesel ?? '',
      ...d.days.map((x) => r.hoursByDay[x.day] ?? null),
      r.daysPresent,
      r.hours,
      '',
    ]);
  });
  s.addRow(['', 'Razem', '', ...d.days.map(() => null), d.totals.daysPresent, d.totals.hours, '']).font = {
    bold: true,
  };
  s.addRow([]);
  s.addRow(['', `Liczba osób: ${d.totals.people}. W komórkach godziny zajęć danego dnia (0 — nieobecność).`]);
  if (d.source) s.addRow(['', `Podstawa: ${d.source}.`]);
  s.addRow([]);
  s.addRow(['', 'Podpis kierownika centrum: ……………………………………']);
  s.getColumn(2).width = 28;
  s.getColumn(3).width = 13;
  for (let c = 4; c < 4 + d.days.length; c++) s.getColumn(c).width = 4.5;
  s.getColumn(4 + d.days.length + 2).width = 22;
  return Buffer.from(await book.xlsx.writeBuffer());
}
