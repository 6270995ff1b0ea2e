import type { Content } from 'pdfmake/interfaces';
import type { TerminationDecisionData } from './document-data';
import {
  documentHeader,
  documentTitle,
  heading,
  paragraph,
  renderPdf,
  signatureBlock,
  signatures,
} from './render';
import { ACT, fullName, gendered, identity, longDate, sexOf } from './wording';

/** Art. 13 ust. 4 pkt 1–2: the point cited and the ground as the sentence words it ("z powodu …", genitive). */
const GROUNDS: Record<TerminationDecisionData['ground'], { point: string; reason: string }> = {
  PERSISTENT_VIOLATION: {
    point: 'art. 13 ust. 4 pkt 1',
    reason:
      'uporczywego naruszania postanowień indywidualnego programu zatrudnienia ' +
      'socjalnego, uniemożliwiającego jego dalszą realizację',
  },
  PERMANENT_ABANDONMENT: {
    point: 'art. 13 ust. 4 pkt 2',
    reason: 'trwałego zaprzestania uczestnictwa w zajęciach w Centrum',
  },
};

/**
 * Decyzja kierownika Centrum o zaprzestaniu realizacji IPZS on ground 1 or 2 of art. 13 ust. 4
 * (ust. 4a), with the justification and the information on the complaint to the administrative court (ust. 4b).
 */
export async function renderTerminationDecision(data: TerminationDecisionData): Promise<Buffer> {
  const person = data.participant;
  const sex = sexOf(person);
  const ground = GROUNDS[data.ground];
  const director = `Kierownik ${data.centre.name}`;

  const content: Content[] = [
    ...documentHeader(data.centre, data.decidedOn),
    ...documentTitle(
      `DECYZJA nr ${data.number}`,
      'w sprawie zaprzestania realizacji indywidualnego programu zatrudnienia socjalnego',
    ),

    paragraph(`Na podstawie ${ground.point} w związku z art. 13 ust. 4a ${ACT} ${director}`),
    { text: 'orzeka', bold: true, characterSpacing: 3, alignment: 'center', margin: [0, 6, 0, 8] },
    paragraph(
      'o zaprzestaniu realizacji indywidualnego programu zatrudnienia socjalnego, którego stroną jest:',
    ),
    {
      stack: [
        { text: fullName(person), bold: true },
        { text: [identity(person), person.address && `zam. ${person.address}`].filter(Boolean).join(', ') },
      ],
      margin: [24, 0, 0, 8],
    },
    paragraph(
      `z powodu ${ground.reason}. Za ostatni dzień uczestnictwa w zajęciach w ` +
        `Centrum przyjmuje się dzień ${longDate(data.lastDay)}`,
    ),

    heading('Uzasadnienie'),
    paragraph(data.justification),
    paragraph('Mając powyższe na uwadze, orzeczono jak w sentencji.'),

    heading('Pouczenie'),
    // Art. 13 ust. 4b (the right to a complaint) is in law.md §3.1. The rest — filing through the
    // director (art. 54 § 1 p.p.s.a.) within 30 days of delivery (art. 53 § 1 p.p.s.a.) — is general
    // administrative-court procedure, NOT taken from law.md: check it against the current p.p.s.a.
    paragraph(
      `Na podstawie art. 13 ust. 4b ${ACT} od niniejszej decyzji przysługuje ` +
        `skarga do sądu administracyjnego: ${data.complaintCourt}. ` +
        (`Skargę wnosi się za pośrednictwem Kierownika ${data.centre.name}, w terminie ` +
          `30 dni od dnia doręczenia decyzji `) +
        ('(art. 53 § 1 i art. 54 § 1 ustawy z dnia 30 sierpnia 2002 r. – Prawo o ' +
          'postępowaniu przed sądami administracyjnymi).'),
    ),

    signatures(signatureBlock('kierownik Centrum Integracji Społecznej', data.directorName)),

    {
      unbreakable: true,
      margin: [0, 24, 0, 0],
      stack: [
        { text: 'Otrzymują:', style: 'small' },
        { text: `1. ${fullName(person)} — za potwierdzeniem odbioru`, style: 'small' },
        { text: '2. a/a', style: 'small' },
        {
          text: `Decyzję ${gendered(sex, 'odebrałam', 'odebrałem')} dnia ……………………   podpis ……………………………………`,
          style: 'small',
          margin: [0, 12, 0, 0],
        },
      ],
    },
  ];

  return renderPdf({
    title: `Decyzja nr ${data.number}`,
    subject: `Decyzja o zaprzestaniu realizacji IPZS — ${fullName(person)}`,
    footerNote: `Decyzja nr ${data.number}`,
    content,
  });
}
