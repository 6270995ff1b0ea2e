import type { Content } from 'pdfmake/interfaces';
import { gainedSkillLine } from '../../domain/skills/gained-skill';
import type { CertificateData } from './document-data';
import {
  bulletList,
  documentHeader,
  documentTitle,
  factsTable,
  heading,
  paragraph,
  renderPdf,
  signatureBlock,
  signatures,
} from './render';
import { ACT, fullName, gendered, sexOf, shortDate } from './wording';

/**
 * Zaświadczenie o uczestnictwie: art. 13 ust. 5a (CIS, after an IPZS) or art. 18 ust. 5a (KIS, after
 * a social contract) — period, workshop, why participation ended, and the skills acquired.
 */
export async function renderCertificate(data: CertificateData): Promise<Buffer> {
  const isCis = data.programmeKind === 'IPZS';
  const sex = sexOf(data.participant);
  const person = data.participant;
  const honorific = sex ? `${gendered(sex, 'Pani', 'Pan')} ` : '';
  const period = `od ${shortDate(data.admissionDate)} r. do ${shortDate(data.lastDay)} r.`;
  const programme = isCis
    ? 'w ramach indywidualnego programu zatrudnienia socjalnego'
    : 'w ramach kontraktu socjalnego';

  const content: Content[] = [
    ...documentHeader(data.centre, data.issuedOn),
    ...documentTitle('ZAŚWIADCZENIE', `nr ${data.number}`),
    paragraph(`Na podstawie ${isCis ? 'art. 13 ust. 5a' : 'art. 18 ust. 5a'} ${ACT} zaświadcza się, że`),
    {
      text: `${honorific}${fullName(person)}`,
      bold: true,
      fontSize: 12,
      alignment: 'center',
      margin: [0, 4, 0, 0],
    },
    {
      text: person.pesel
        ? `PESEL ${person.pesel}`
        : `${gendered(sex, 'urodzona', 'urodzony')} ${shortDate(person.birthDate)} r.`,
      alignment: 'center',
      margin: [0, 0, 0, 8],
    },
    paragraph(
      `${gendered(sex, 'uczestniczyła', 'uczestniczył', 'uczestniczył(a)')} w ` +
        `zajęciach reintegracji zawodowej i społecznej prowadzonych przez ${data.centre.name}, ${programme}, ` +
        `w okresie ${period}`,
    ),
    factsTable(
      [
        ...(isCis || data.workshop ? [['Warsztat', data.workshop] as [string, string | null]] : []),
        ['Przyczyna zakończenia uczestnictwa', data.exitReason],
      ],
      200,
    ),
    heading('Umiejętności nabyte w ramach reintegracji zawodowej'),
    bulletList(data.vocationalSkills),
    heading('Umiejętności nabyte w ramach reintegracji społecznej'),
    bulletList(data.socialSkills),
    ...(data.gainedSkills?.length
      ? [
          heading('Umiejętności i kwalifikacje zdobyte przy pracach zleconych i na szkoleniach'),
          bulletList(data.gainedSkills.map(gainedSkillLine)),
        ]
      : []),
    signatures(
      signatureBlock(
        isCis ? 'kierownik Centrum Integracji Społecznej' : 'kierownik Klubu Integracji Społecznej',
        data.directorName,
      ),
    ),
  ];

  return renderPdf({
    title: `Zaświadczenie nr ${data.number}`,
    subject: `Zaświadczenie o uczestnictwie — ${fullName(person)}`,
    footerNote: `Zaświadczenie nr ${data.number}`,
    content,
  });
}
