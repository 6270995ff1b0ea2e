import type { Content, TableCell } from 'pdfmake/interfaces';
import { letterhead, longDate, renderPdf, shortDate, signature, thinLines, type Letterhead } from './render';

export interface CourseCertificateData {
  centre: Letterhead;
  number: string;
  issuedOn: string;
  holderName: string;
  title: string;
  kindLabel: string;
  organiser: string;
  place: string | null;
  startsOn: string;
  endsOn: string;
  plannedHours: string;
  attendedHours: string;
  programme: string | null;
  sessions: { heldOn: string; hours: string; topic: string; length: string }[];
}

/** The numbered certificate of completion of a course, with its programme and hours (one A4 page per person). */
export async function renderCourseCertificate(d: CourseCertificateData): Promise<Buffer> {
  const period =
    d.startsOn === d.endsOn ? longDate(d.startsOn) : `od ${longDate(d.startsOn)} do ${longDate(d.endsOn)}`;
  const rows: TableCell[][] = [
    ['Data', 'Godziny', 'Temat zajęć', 'Czas'].map((h) => ({ text: h, style: 'th' })),
    ...d.sessions.map((s) => [shortDate(s.heldOn), s.hours, s.topic, s.length]),
  ];
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: `ZAŚWIADCZENIE nr ${d.number}`, style: 'title' },
    { text: `o ukończeniu szkolenia`, style: 'subtitle' },
    {
      text:
        // The name and the organiser stand in the nominative: Polish names are not declined by a program.
        `Zaświadcza się, że ${d.holderName} ukończył(a) szkolenie „${d.title}” (${d.kindLabel}) ` +
        `w terminie ${period}, w wymiarze ${d.plannedHours}. ` +
        `Organizator: ${d.organiser}${d.place ? `; miejsce: ${d.place}` : ''}.`,
      margin: [0, 6, 0, 6],
    },
    { text: `Obecność na zajęciach: ${d.attendedHours}.`, margin: [0, 0, 0, 8] },
    { text: 'Program szkolenia', style: 'h2' },
    ...(d.programme ? [{ text: d.programme, margin: [0, 0, 0, 6] } as Content] : []),
    { table: { headerRows: 1, widths: [60, 70, '*', 55], body: rows }, layout: thinLines },
    {
      columns: [{ text: '', width: '*' }, signature('pieczęć i podpis organizatora')],
      margin: [0, 20, 0, 0],
    },
  ];
  return renderPdf({
    title: `Zaświadczenie ${d.number}`,
    content,
    footerNote: `Zaświadczenie nr ${d.number}`,
  });
}
