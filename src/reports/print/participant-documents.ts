import type { Content } from 'pdfmake/interfaces';
import type { CertificateData, IpzsDocumentData, PersonOnDocument, ReferralStatusLetterData, TerminationDecisionData } from '../pdf/document-data';
import { facts, letterhead, longDate, renderPdf, shortDate, signature, thinLines } from './render';

const ACT = 'ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym';

const personLine = (p: PersonOnDocument) => `${p.firstName} ${p.lastName}, ${p.pesel ? `PESEL ${p.pesel}` : `ur. ${shortDate(p.birthDate)}`}${p.address ? `, zam. ${p.address}` : ''}`;
const bullets = (items: string[]): Content => (items.length ? { ul: items, margin: [10, 0, 0, 6] } : { text: '—', margin: [10, 0, 0, 6] });

/** Zaświadczenie o uczestnictwie — art. 13 ust. 5a (CIS) / art. 18 ust. 5a (KIS). */
export async function renderCertificate(d: CertificateData): Promise<Buffer> {
  const cis = d.programmeKind === 'IPZS';
  const basis = cis ? `art. 13 ust. 5a ${ACT}` : `art. 18 ust. 5a ${ACT}`;
  const took = d.participant.sex === 'F' ? 'uczestniczyła' : d.participant.sex === 'M' ? 'uczestniczył' : 'uczestniczyła/uczestniczył';
  const born = d.participant.sex === 'F' ? 'urodzona' : d.participant.sex === 'M' ? 'urodzony' : 'urodzona/urodzony';
  return renderPdf({
    title: `Zaświadczenie ${d.number}`,
    footerNote: `Zaświadczenie nr ${d.number}`,
    content: [
      letterhead(d.centre, d.issuedOn),
      { text: 'ZAŚWIADCZENIE', style: 'title' },
      { text: `nr ${d.number}`, style: 'subtitle' },
      { text: `Na podstawie ${basis} zaświadcza się, że`, margin: [0, 0, 0, 6] },
      { text: `${d.participant.firstName} ${d.participant.lastName}`, fontSize: 13, bold: true, alignment: 'center' },
      { text: d.participant.pesel ? `PESEL ${d.participant.pesel}` : `${born} ${shortDate(d.participant.birthDate)}`, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        text: cis
          ? `${took} w zajęciach ${d.centre.name} w ramach indywidualnego programu zatrudnienia socjalnego w okresie od ${shortDate(d.admissionDate)} do ${shortDate(d.lastDay)}.`
          : `${took} w zajęciach ${d.centre.name} na podstawie kontraktu socjalnego w okresie od ${shortDate(d.admissionDate)} do ${shortDate(d.lastDay)}.`,
        margin: [0, 0, 0, 8],
      },
      facts([['Warsztat', d.workshop ?? '—'], ['Zakończenie uczestnictwa', d.exitReason]]),
      { text: 'Umiejętności nabyte w ramach reintegracji zawodowej', style: 'h2' },
      bullets(d.vocationalSkills),
      { text: 'Umiejętności nabyte w ramach reintegracji społecznej', style: 'h2' },
      bullets(d.socialSkills),
      { columns: [{ text: '', width: '*' }, signature(cis ? 'kierownik Centrum Integracji Społecznej' : 'prowadzący Klub Integracji Społecznej', d.directorName)] },
    ],
  });
}

/** Indywidualny program zatrudnienia socjalnego — art. 13, with its version history. */
export async function renderIpzs(d: IpzsDocumentData): Promise<Buffer> {
  const section = (title: string, text: string): Content[] => [{ text: title, style: 'h2' }, { text: text.trim() || '—' }];
  return renderPdf({
    title: `IPZS ${d.number}`,
    footerNote: `IPZS nr ${d.number}, wersja ${d.version}`,
    content: [
      letterhead(d.centre, d.signedOn ?? d.admissionDate),
      { text: 'INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO', style: 'title' },
      { text: `nr ${d.number} · wersja ${d.version} · art. 13 ${ACT}`, style: 'subtitle' },
      { text: 'Strony programu', style: 'h2' },
      { text: `Uczestnik: ${personLine(d.participant)}` },
      { text: `Centrum: ${d.centre.name}`, margin: [0, 0, 0, 6] },
      facts([
        ['Data przyjęcia', shortDate(d.admissionDate)],
        ['Koniec okresu próbnego', shortDate(d.trialLastDay)],
        ['Planowany koniec uczestnictwa', shortDate(d.plannedEnd)],
        ['Przedłużenie', d.extensionMonths ? `${d.extensionMonths} mies.` : '—'],
        ['Warsztat', d.workshop ?? '—'],
        ['Wymiar zajęć', `${d.weeklyHours.toLocaleString('pl-PL')} godz. tygodniowo`],
        ['Data podpisania', d.signedOn ? shortDate(d.signedOn) : 'niepodpisany'],
      ]),
      ...section('Zakres reintegracji zawodowej', d.vocationalScope),
      ...section('Formy reintegracji zawodowej', d.vocationalForms),
      ...section('Zakres reintegracji społecznej', d.socialScope),
      ...section('Formy reintegracji społecznej', d.socialForms),
      { text: 'Osoby odpowiedzialne za realizację programu', style: 'h2' },
      d.responsiblePersons.length
        ? { table: { headerRows: 1, widths: ['*', '*'], body: [[{ text: 'Imię i nazwisko', style: 'th' }, { text: 'Funkcja', style: 'th' }], ...d.responsiblePersons.map((p) => [p.name, p.role])] }, layout: thinLines }
        : { text: '—' },
      ...(d.amendments.length
        ? [
          { text: 'Zmiany programu (aneksy)', style: 'h2' } as Content,
          {
            table: {
              headerRows: 1, widths: [40, 60, '*', '*', 90],
              body: [
                ['Wersja', 'Data', 'Zmienione', 'Powód', 'Kto'].map((h) => ({ text: h, style: 'th' })),
                ...d.amendments.map((a) => [String(a.version), shortDate(a.changedOn), a.changedFields.join(', '), a.reason, a.changedBy]),
              ],
            },
            layout: thinLines, fontSize: 8,
          } as Content,
        ]
        : []),
      { columns: [signature('uczestnik'), { text: '', width: '*' }, signature('kierownik Centrum', d.directorName)], margin: [0, 20, 0, 0] },
    ],
  });
}

/** A short letter to the referring body about the referral. */
export async function renderReferralStatusLetter(d: ReferralStatusLetterData): Promise<Buffer> {
  return renderPdf({
    title: `Pismo ${d.number}`,
    footerNote: `Znak: ${d.number}`,
    content: [
      letterhead(d.centre, d.issuedOn),
      { text: `Znak: ${d.number}`, margin: [0, 0, 0, 14] },
      { stack: [{ text: d.referrer.name, bold: true }, { text: d.referrer.address ?? '' }], margin: [260, 0, 0, 20] },
      { text: `Dotyczy: skierowania z dnia ${shortDate(d.referredOn)} — ${d.participant.firstName} ${d.participant.lastName} (ur. ${shortDate(d.participant.birthDate)})`, bold: true, margin: [0, 0, 0, 10] },
      { text: `Uprzejmie informujemy, że skierowanie jest: ${d.status} (stan na ${longDate(d.statusSince)}).`, margin: [0, 0, 0, 6] },
      ...d.details.map((line) => ({ text: line, margin: [0, 0, 0, 4] }) as Content),
      { columns: [{ text: '', width: '*' }, signature('z poważaniem', d.signatory)] },
    ],
  });
}

const GROUND_TEXT: Record<TerminationDecisionData['ground'], string> = {
  PERSISTENT_VIOLATION: 'art. 13 ust. 4 pkt 1 — uporczywe naruszanie postanowień indywidualnego programu zatrudnienia socjalnego, uniemożliwiające jego dalszą realizację',
  PERMANENT_ABANDONMENT: 'art. 13 ust. 4 pkt 2 — trwałe zaprzestanie uczestnictwa w zajęciach w Centrum',
};

/** Decyzja kierownika o zaprzestaniu realizacji programu — art. 13 ust. 4 pkt 1–2, ust. 4a–4b. */
export async function renderTerminationDecision(d: TerminationDecisionData): Promise<Buffer> {
  return renderPdf({
    title: `Decyzja ${d.number}`,
    footerNote: `Decyzja nr ${d.number}`,
    content: [
      letterhead(d.centre, d.decidedOn),
      { text: `DECYZJA nr ${d.number}`, style: 'title' },
      { text: 'o zaprzestaniu realizacji indywidualnego programu zatrudnienia socjalnego', style: 'subtitle' },
      { text: `Na podstawie art. 13 ust. 4a w związku z ${GROUND_TEXT[d.ground]}, ${ACT}, kierownik ${d.centre.name} postanawia zaprzestać realizacji indywidualnego programu zatrudnienia socjalnego z:`, margin: [0, 0, 0, 6] },
      { text: personLine(d.participant), bold: true, margin: [10, 0, 0, 6] },
      { text: `Ostatni dzień uczestnictwa: ${shortDate(d.lastDay)}.`, margin: [0, 0, 0, 6] },
      { text: 'Uzasadnienie', style: 'h2' },
      { text: d.justification || '—' },
      { text: 'Pouczenie', style: 'h2' },
      {
        // The statutory right (art. 13 ust. 4b) is from law.md; the 30-day term and filing through the
        // issuing body follow the general rules of the p.p.s.a. (art. 53 § 1, art. 54 § 1) — check before use.
        text: `Zgodnie z art. 13 ust. 4b ${ACT} od niniejszej decyzji przysługuje skarga do sądu administracyjnego — ${d.complaintCourt} — wnoszona za pośrednictwem kierownika ${d.centre.name}, w terminie 30 dni od dnia doręczenia decyzji (art. 53 § 1 i art. 54 § 1 ustawy — Prawo o postępowaniu przed sądami administracyjnymi).`,
      },
      { columns: [{ text: '', width: '*' }, signature('kierownik Centrum', d.directorName)] },
      { text: 'Otrzymują: 1) uczestnik, 2) a/a.', style: 'small', margin: [0, 20, 0, 0] },
    ],
  });
}
