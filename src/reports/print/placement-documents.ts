import type { Content, TableCell } from 'pdfmake/interfaces';
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

export interface PlacementPaper {
  centre: Letterhead;
  centreType: 'CIS' | 'KIS';
  issuedOn: string;
  number: string | null;
  participant: string;
  employer: { name: string; address: string | null; nip: string | null };
  agreementRef: string | null;
  position: string;
  place: string;
  startDate: string;
  endDate: string;
  calendarDays: number;
  schedule: string;
  dailyHours: number;
  tutor: string;
  tutorPhone: string | null;
  centreTutor: string;
  learningGoals: string;
  signedOn: string | null;
}

const hours = (h: number) => String(h).replace('.', ',');
const employerLine = (e: PlacementPaper['employer']) =>
  [e.name, e.address, e.nip ? `NIP ${e.nip}` : null].filter(Boolean).join(', ');

/** The placement agreement between the centre and the employer (a draft until it is signed and numbered). */
export async function renderPlacementAgreement(d: PlacementPaper): Promise<Buffer> {
  const programme =
    d.centreType === 'CIS' ? 'indywidualnego programu zatrudnienia socjalnego' : 'kontraktu socjalnego';
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    {
      text: d.number ? `Umowa o praktykę zawodową nr ${d.number}` : 'Umowa o praktykę zawodową — projekt',
      style: 'title',
    },
    {
      text: d.signedOn
        ? `zawarta w dniu ${longDate(d.signedOn)}`
        : 'do podpisania przed rozpoczęciem praktyki',
      style: 'subtitle',
    },
    facts([
      ['Centrum (kierujący)', d.centre.name],
      ['Pracodawca (przyjmujący)', employerLine(d.employer)],
      ['Na podstawie porozumienia', d.agreementRef ?? '—'],
      ['Uczestnik', d.participant],
      ['Stanowisko / rodzaj prac', d.position],
      ['Miejsce odbywania praktyki', d.place],
      [
        'Okres',
        `${shortDate(d.startDate)} – ${shortDate(d.endDate)} (${d.calendarDays}` +
          ` ${d.calendarDays === 1 ? 'dzień' : 'dni'} ` +
          `kalendarzowych)`,
      ],
      ['Harmonogram', d.schedule],
      ['Godziny praktyki dziennie', `${hours(d.dailyHours)} h`],
      ['Opiekun u pracodawcy', [d.tutor, d.tutorPhone].filter(Boolean).join(', tel. ')],
      ['Opiekun z centrum', d.centreTutor],
    ]),
    { text: 'Program praktyki — czego uczestnik się nauczy', style: 'h2' },
    { text: d.learningGoals },
    { text: 'Ustalenia stron', style: 'h2' },
    {
      ol: [
        `Praktyka jest formą zajęć reintegracji zawodowej w ramach ${programme} ` +
          `uczestnika; nie jest zatrudnieniem i pracodawca nie wypłaca uczestnikowi ` +
          `wynagrodzenia.`,
        'Pracodawca wyznacza opiekuna, zapoznaje uczestnika z zasadami bezpieczeństwa ' +
          'i higieny pracy na stanowisku oraz potwierdza dni i godziny praktyki.',
        'Centrum prowadzi listę obecności uczestnika; dni praktyki są w niej wpisywane jako dni zajęć.',
        'Po zakończeniu praktyki opiekun u pracodawcy ocenia jej przebieg, a centrum ' +
          'wydaje uczestnikowi zaświadczenie.',
        'Każda ze stron może rozwiązać umowę z ważnych powodów, informując o tym drugą stronę na piśmie.',
      ],
    },
    {
      columns: [signature('za centrum (kierownik)'), { text: '', width: '*' }, signature('za pracodawcę')],
    },
  ];
  return renderPdf({
    title: d.number ? `Umowa o praktykę ${d.number}` : 'Umowa o praktykę — projekt',
    content,
    footerNote: d.number ? `Umowa o praktykę ${d.number}` : 'Projekt umowy o praktykę',
  });
}

export interface PlacementCertificatePaper extends PlacementPaper {
  days: number;
  hoursTotal: number;
  evaluatedOn: string;
  skills: string[];
  ratings: { label: string; value: number }[];
  mean: { mean: number; formula: string } | null;
  tutorOpinion: string;
  recommendation: string | null;
}

/** The certificate of the placement with the tutor's evaluation: days and hours from the recorded days. */
export async function renderPlacementCertificate(d: PlacementCertificatePaper): Promise<Buffer> {
  const ratings: TableCell[][] = [
    ['Obszar oceny', 'Ocena (1–5)'].map((h) => ({ text: h, style: 'th' })),
    ...d.ratings.map((r) => [r.label, { text: String(r.value), alignment: 'center' as const }]),
    ...(d.mean
      ? [
          [
            { text: `Średnia ${d.mean.formula}`, bold: true },
            { text: hours(d.mean.mean), alignment: 'center' as const, bold: true },
          ],
        ]
      : []),
  ];
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'Zaświadczenie o odbyciu praktyki zawodowej', style: 'title' },
    { text: d.number ? `do umowy o praktykę nr ${d.number}` : '', style: 'subtitle' },
    {
      text:
        `Zaświadcza się, że ${d.participant} odbył(a) ` +
        `praktykę zawodową u pracodawcy ${d.employer.name}${d.employer.name.endsWith('.') ? '' : '.'}`,
      margin: [0, 0, 0, 6],
    },
    facts([
      ['Stanowisko / rodzaj prac', d.position],
      ['Miejsce', d.place],
      ['Okres praktyki', `${shortDate(d.startDate)} – ${shortDate(d.endDate)}`],
      [
        'Dni i godziny praktyki',
        `${d.days} ${d.days === 1 ? 'dzień' : 'dni'}, razem ${hours(d.hoursTotal)} ` +
          `h (suma godzin dni wpisanych na liście obecności praktyki)`,
      ],
      ['Opiekun u pracodawcy', d.tutor],
    ]),
    { text: 'Program praktyki', style: 'h2' },
    { text: d.learningGoals },
    { text: 'Umiejętności nabyte na praktyce', style: 'h2' },
    { ul: d.skills },
    { text: `Ocena opiekuna z dnia ${shortDate(d.evaluatedOn)}`, style: 'h2' },
    { table: { headerRows: 1, widths: ['*', 80], body: ratings }, layout: thinLines },
    { text: 'Opinia opiekuna', style: 'h2' },
    { text: d.tutorOpinion },
    ...(d.recommendation
      ? [{ text: 'Rekomendacja', style: 'h2' } as Content, { text: d.recommendation } as Content]
      : []),
    {
      columns: [
        signature('opiekun u pracodawcy', d.tutor),
        { text: '', width: '*' },
        signature('kierownik centrum'),
      ],
    },
  ];
  return renderPdf({
    title: `Zaświadczenie o odbyciu praktyki ${d.number ?? ''}`.trim(),
    content,
    footerNote: d.number ? `Praktyka ${d.number}` : 'Praktyka zawodowa',
  });
}

export interface GraduateConfirmationPaper {
  centre: Letterhead;
  centreType: 'CIS' | 'KIS';
  issuedOn: string;
  person: string;
  admissionDate: string;
  lastDay: string;
  certificateNumber: string | null;
  until: string;
}

/** The confirmation that a person is a CIS/KIS graduate and until when (art. 2 pkt 1a–1b). */
export async function renderGraduateConfirmation(d: GraduateConfirmationPaper): Promise<Buffer> {
  const kind = d.centreType === 'CIS' ? 'centrum integracji społecznej' : 'klubu integracji społecznej';
  const point = d.centreType === 'CIS' ? '1a' : '1b';
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: `Potwierdzenie statusu absolwenta ${d.centreType}`, style: 'title' },
    { text: `art. 2 pkt ${point} ustawy o zatrudnieniu socjalnym`, style: 'subtitle' },
    {
      text: `Potwierdza się, że ${d.person} jest absolwentem ${kind} ${d.centre.name}.`,
      margin: [0, 0, 0, 6],
    },
    facts([
      ['Okres uczestnictwa w zajęciach', `${shortDate(d.admissionDate)} – ${shortDate(d.lastDay)}`],
      ['Zaświadczenie o uczestnictwie', d.certificateNumber ?? '—'],
      ['Status absolwenta trwa do', `${shortDate(d.until)} (6 miesięcy od zakończenia zajęć)`],
    ]),
    { columns: [{ text: '', width: '*' }, signature('kierownik centrum')] },
  ];
  return renderPdf({ title: 'Potwierdzenie statusu absolwenta', content, footerNote: d.person });
}
