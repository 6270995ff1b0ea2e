import type { Content, TableCell } from 'pdfmake/interfaces';
import { decimal, zlotyNumber } from '../../domain/polish-format';
import { letterhead, longDate, renderPdf, shortDate, signature, thinLines, type Letterhead } from './render';

const STATUS: Record<string, string> = {
  present: 'obecny',
  day_off: 'dzień wolny',
  sick: 'choroba',
  unexcused: 'nieob. nieuspr.',
  excused: 'nieob. uspr.',
  no_classes: 'brak zajęć',
};
const WEEKDAY = ['', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'];

/** "warsztat Kuchnia", but "Warsztat kulinarny" alone — never "warsztat Warsztat kulinarny". */
export const workshopLabel = (name: string) =>
  /^warsztat\b/i.test(name.trim()) ? name.trim() : `warsztat ${name.trim()}`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface DailyListData {
  centre: Letterhead;
  workshop: string;
  instructors: string[];
  date: string;
  /** The day the list is printed (the letterhead's date). */
  issuedOn: string;
  weekday: number;
  hours: number;
  holiday: string | null;
  people: { name: string; status: string | null; hours: number | null; meal: boolean }[];
}

/** The day's attendance list of a workshop with a signature column — what the instructor files. */
export async function renderDailyList(d: DailyListData): Promise<Buffer> {
  const body: TableCell[][] = [
    ['Lp.', 'Nazwisko i imię', 'Status', 'Godz.', 'Posiłek', 'Podpis uczestnika'].map((h) => ({
      text: h,
      style: 'th',
    })),
    ...d.people.map(
      (p, i) =>
        [
          String(i + 1),
          p.name,
          p.status ? (STATUS[p.status] ?? p.status) : '',
          p.hours != null ? decimal(p.hours) : '',
          p.meal ? 'tak' : '',
          { text: ' ', margin: [0, 8, 0, 8] as [number, number, number, number] },
        ] as TableCell[],
    ),
  ];
  return renderPdf({
    title: `Lista obecności ${d.workshop} ${d.date}`,
    footerNote: `Lista obecności — ${d.workshop}, ${shortDate(d.date)}`,
    content: [
      letterhead(d.centre, d.issuedOn),
      { text: 'LISTA OBECNOŚCI', style: 'title' },
      {
        text:
          `${capitalise(workshopLabel(d.workshop))} · ${WEEKDAY[d.weekday]} ${longDate(d.date)} ` +
          `· zajęcia: ${d.hours ? `${decimal(d.hours)} godz.` : d.holiday ? `brak (${d.holiday})` : 'brak'}`,
        style: 'subtitle',
      },
      { table: { headerRows: 1, widths: [22, 150, 75, 32, 42, '*'], body }, layout: thinLines },
      { text: `Instruktor: ${d.instructors.join(', ') || '—'}`, margin: [0, 12, 0, 0] },
      { columns: [{ text: '', width: '*' }, signature('podpis instruktora')] },
    ],
  });
}

export interface AttendanceCardData {
  centre: Letterhead;
  workshop: string;
  month: string;
  /** The day the card is printed (the letterhead's date). */
  issuedOn: string;
  person: { name: string; pesel: string | null };
  days: {
    date: string;
    weekday: number;
    hours: number;
    holiday: string | null;
    status: string | null;
    recordedHours: number | null;
    meal: boolean;
    note: string | null;
  }[];
  counts: Record<string, number>;
  benefit: { total: number; lines: string[] } | null;
}

/** The monthly individual attendance card (karta obecności) of one participant. */
export async function renderAttendanceCard(d: AttendanceCardData): Promise<Buffer> {
  const body: TableCell[][] = [
    ['Data', 'Dzień', 'Plan (godz.)', 'Status', 'Godz.', 'Posiłek', 'Uwagi'].map((h) => ({
      text: h,
      style: 'th',
    })),
    ...d.days.map((x) =>
      [
        shortDate(x.date),
        WEEKDAY[x.weekday] ?? '',
        x.hours ? decimal(x.hours) : '—',
        x.status ? (STATUS[x.status] ?? x.status) : '',
        x.recordedHours != null ? decimal(x.recordedHours) : '',
        x.meal ? 'tak' : '',
        x.holiday ?? x.note ?? '',
      ].map((text) => ({ text, fontSize: 8 })),
    ),
  ];
  const sum =
    Object.entries(d.counts)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${STATUS[s] ?? s}: ${n}`)
      .join(' · ') || '—';
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'KARTA OBECNOŚCI UCZESTNIKA', style: 'title' },
    {
      text:
        `${d.person.name}${d.person.pesel ? ` · PESEL ${d.person.pesel}` : ''} · ${workshopLabel(d.workshop)} ` +
        `· miesiąc ${d.month.slice(5, 7)}.${d.month.slice(0, 4)}`,
      style: 'subtitle',
    },
    { table: { headerRows: 1, widths: [52, 32, 42, 70, 30, 38, '*'], body }, layout: thinLines },
    { text: `Razem: ${sum}`, margin: [0, 8, 0, 0] },
  ];
  if (d.benefit)
    content.push(
      {
        text: `Świadczenie integracyjne za miesiąc (wyliczenie wstępne): ${zlotyNumber(d.benefit.total)} zł`,
        bold: true,
        margin: [0, 6, 0, 2],
      },
      { ul: d.benefit.lines, fontSize: 8 },
    );
  content.push({
    columns: [signature('uczestnik'), { text: '', width: '*' }, signature('instruktor / kierownik')],
  });
  return renderPdf({
    title: `Karta obecności ${d.person.name} ${d.month}`,
    footerNote: `Karta obecności — ${d.person.name}, ${d.month}`,
    content,
  });
}
