import type { Content, TableCell } from 'pdfmake/interfaces';
import { zlotyNumber } from '../../domain/polish-format';
import {
  facts,
  letterhead,
  longDate,
  renderPdf,
  shortDate,
  signature,
  thinLines,
  type Letterhead,
} from './render';

export interface JobCardData {
  centre: Letterhead;
  issuedOn: string;
  orderNumber: string;
  orderTitle: string;
  customer: string;
  workshop: string;
  instructor: string;
  fromDate: string;
  toDate: string;
  place: string;
  address: string;
  task: string;
  materials: string | null;
  crew: string[];
  days: { date: string; people: number; hours: number }[];
}

const hoursText = (h: number) => String(h).replace('.', ',');

/** The job card (karta pracy) the crew takes to the site: what, where, who, and the days worked. */
export async function renderJobCard(d: JobCardData): Promise<Buffer> {
  const crew: TableCell[][] = [
    ['Lp.', 'Nazwisko i imię', 'Podpis'].map((h) => ({ text: h, style: 'th' })),
    ...d.crew.map((name, i) => [String(i + 1), name, ' ']),
  ];
  const days: TableCell[][] = [
    ['Dzień', 'Osób', 'Godzin razem'].map((h) => ({ text: h, style: 'th' })),
    ...(d.days.length
      ? d.days.map((x) => [shortDate(x.date), String(x.people), hoursText(x.hours)])
      : [[{ text: 'Dni pracy nie zostały jeszcze zapisane.', colSpan: 3 }, '', '']]),
  ];
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'Karta pracy brygady', style: 'title' },
    { text: `Zlecenie ${d.orderNumber}: ${d.orderTitle}`, style: 'subtitle' },
    facts([
      ['Zleceniodawca', d.customer],
      ['Warsztat', d.workshop],
      ['Instruktor', d.instructor],
      ['Termin', `${shortDate(d.fromDate)} – ${shortDate(d.toDate)}`],
      ['Miejsce', d.place],
      ['Adres', d.address],
      ['Zakres prac', d.task],
      ['Materiały', d.materials ?? '—'],
    ]),
    { text: 'Brygada', style: 'h2' },
    { table: { headerRows: 1, widths: [25, '*', 150], body: crew }, layout: thinLines },
    { text: 'Dni pracy (wpisane do listy obecności)', style: 'h2' },
    { table: { headerRows: 1, widths: [100, 60, '*'], body: days }, layout: thinLines },
    { columns: [signature('instruktor zawodu', d.instructor), { text: '', width: '*' }] },
  ];
  return renderPdf({
    title: `Karta pracy ${d.orderNumber}`,
    content,
    footerNote: `Zlecenie ${d.orderNumber}`,
  });
}

export interface ProtocolData {
  centre: Letterhead;
  orderNumber: string;
  orderTitle: string;
  customer: { name: string; address: string | null; nip: string | null };
  completedOn: string;
  unpaid: boolean;
  items: { name: string; unit: string; quantity: number; gross: number }[];
  totalGross: number;
  places: string[];
  jobDates: { from: string; to: string } | null;
  remarks: string | null;
}

/** The completion protocol (protokół odbioru) the customer signs on handing over. */
export async function renderProtocol(d: ProtocolData): Promise<Buffer> {
  const rows: TableCell[][] = [
    ['Lp.', 'Pozycja', 'J.m.', 'Ilość', 'Wartość brutto (zł)'].map((h) => ({ text: h, style: 'th' })),
    ...d.items.map((i, n) => [
      String(n + 1),
      i.name,
      i.unit,
      String(i.quantity).replace('.', ','),
      { text: zlotyNumber(i.gross), alignment: 'right' as const },
    ]),
    [
      { text: 'Razem', colSpan: 4, bold: true },
      '',
      '',
      '',
      { text: zlotyNumber(d.totalGross), alignment: 'right' as const, bold: true },
    ],
  ];
  const content: Content[] = [
    letterhead(d.centre, d.completedOn),
    { text: 'Protokół odbioru prac', style: 'title' },
    { text: `do zlecenia ${d.orderNumber} z dnia ${longDate(d.completedOn)}`, style: 'subtitle' },
    facts([
      ['Wykonawca', d.centre.name],
      [
        'Zamawiający',
        [d.customer.name, d.customer.address, d.customer.nip ? `NIP ${d.customer.nip}` : null]
          .filter(Boolean)
          .join(', '),
      ],
      ['Przedmiot', d.orderTitle],
      ['Miejsce wykonania', d.places.join('; ') || '—'],
      ['Termin wykonania', d.jobDates ? `${shortDate(d.jobDates.from)} – ${shortDate(d.jobDates.to)}` : '—'],
    ]),
    { table: { headerRows: 1, widths: [25, '*', 40, 50, 90], body: rows }, layout: thinLines },
    {
      text: d.unpaid
        ? 'Prace wykonano nieodpłatnie, w ramach współpracy z partnerem centrum.'
        : 'Zamawiający potwierdza wykonanie prac zgodnie ze zleceniem i odbiera je ' +
          'bez zastrzeżeń, chyba że wpisano je poniżej.',
      margin: [0, 10, 0, 4],
    },
    { text: 'Uwagi zamawiającego', style: 'h2' },
    {
      text:
        d.remarks ??
        '………………………………………………………………………………………………………………………\n………………………………………………………………………………………………………………………',
    },
    {
      columns: [
        signature('za wykonawcę (instruktor / kierownik CIS)'),
        { text: '', width: '*' },
        signature('zamawiający'),
      ],
    },
  ];
  return renderPdf({
    title: `Protokół odbioru ${d.orderNumber}`,
    content,
    footerNote: `Zlecenie ${d.orderNumber}`,
  });
}
