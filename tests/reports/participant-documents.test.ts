import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificate, renderIpzs, renderReferralStatusLetter, renderTerminationDecision } from '../../src/reports/print/participant-documents';
import { pdfChecksEnabled } from '../support/env';

const dir = mkdtempSync(join(tmpdir(), 'reintegra-docs-'));
const centre = { name: 'Centrum Integracji Społecznej „Źródło”', type: 'CIS' as const, street: 'ul. Żeromskiego', buildingNo: '7', postalCode: '80-001', city: 'Gdańsk', regon: '999100200', nip: '9991002009', place: 'Gdańsk' };
const person = { firstName: 'Łucja', lastName: 'Żółkiewska', pesel: '85030512345', birthDate: '1985-03-05', address: 'ul. Długa 5/2, 80-001 Gdańsk', sex: 'F' as const };

/** Writes the PDF, reads its text back with pdftotext, and checks page 1 renders to a non-blank image. */
function readBack(name: string, bytes: Buffer): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', file, join(dir, name)]);
  const pgm = readFileSync(join(dir, `${name}-1.pgm`));
  const pixels = pgm.subarray(pgm.length - (Math.round(595 * 40 / 72) * Math.round(842 * 40 / 72)) + 0);
  expect(pixels.filter((v) => v < 128).length).toBeGreaterThan(500);
  return text.replace(/\s+/g, ' ');
}

describe.skipIf(!pdfChecksEnabled)('printed participant documents (read back with pdftotext)', () => {
  it('certificate: number, person, dates, skills, legal basis, Polish letters intact', async () => {
    const text = readBack('certificate', await renderCertificate({
      centre, participant: person, number: 'ZAS/2026/0007', issuedOn: '2026-11-23', programmeKind: 'IPZS', admissionDate: '2026-02-02', lastDay: '2026-05-29',
      exitReason: 'podjęcie zatrudnienia', workshop: 'Gastronomiczny', vocationalSkills: ['Przygotowywanie posiłków zgodnie z HACCP'], socialSkills: [], directorName: 'Teresa Kierownik',
    }));
    for (const s of ['ZAŚWIADCZENIE', 'nr ZAS/2026/0007', 'art. 13 ust. 5a', 'Łucja Żółkiewska', 'PESEL 85030512345', 'uczestniczyła', 'od 02.02.2026 do 29.05.2026', 'Przygotowywanie posiłków zgodnie z HACCP', 'Gdańsk, 23.11.2026', 'Teresa Kierownik']) expect(text).toContain(s);
  });

  it('IPZS: dates, hours, the four sections, responsible persons, amendments; long text flows to a second page', async () => {
    const long = 'Nauka obsługi urządzeń kuchennych i zasad higieny. '.repeat(60);
    const text = readBack('ipzs', await renderIpzs({
      centre, participant: person, number: 'IPZS/2026/0003', version: 3, signedOn: '2026-02-02', admissionDate: '2026-02-02', trialLastDay: '2026-03-01', plannedEnd: '2027-02-01',
      extensionMonths: 0, workshop: 'Gastronomiczny', weeklyHours: 37.5, vocationalScope: long, vocationalForms: 'Warsztat gastronomiczny', socialScope: 'Punktualność', socialForms: 'Trening umiejętności społecznych',
      responsiblePersons: [{ name: 'Anna Nowak', role: 'pracownik socjalny' }], amendments: [{ version: 3, changedOn: '2026-04-01', changedBy: 'socjalny@cis.pl', reason: 'Zmiana warsztatu na wniosek uczestniczki.', changedFields: ['warsztat'] }], directorName: null,
    }));
    for (const s of ['INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO', 'nr IPZS/2026/0003', '01.03.2026', '01.02.2027', '37,5 godz. tygodniowo', 'Zakres reintegracji zawodowej', 'Formy reintegracji społecznej', 'Anna Nowak', 'Zmiana warsztatu', 'Strona 2 z']) expect(text).toContain(s);
    expect(text.split('Nauka obsługi urządzeń kuchennych').length - 1).toBe(60);
  });

  it('status letter and termination decision with the complaint information', async () => {
    const letter = readBack('letter', await renderReferralStatusLetter({
      centre, participant: { firstName: 'Jan', lastName: 'Kowalski', birthDate: '1970-01-30' }, referrer: { name: 'Miejski Ośrodek Pomocy Rodzinie w Gdańsku', address: 'ul. Konrada Leczkowa 1A, 80-432 Gdańsk' },
      number: 'PIS/2026/0002', issuedOn: '2026-11-23', referredOn: '2026-11-02', status: 'rozpatrzone negatywnie', statusSince: '2026-11-20', details: ['Osoba ma prawo do emerytury (art. 1 ust. 3 pkt 7).'], signatory: null,
    }));
    for (const s of ['Znak: PIS/2026/0002', 'Miejski Ośrodek Pomocy Rodzinie w Gdańsku', 'skierowania z dnia 02.11.2026', 'rozpatrzone negatywnie', '20 listopada 2026 r.', 'art. 1 ust. 3 pkt 7']) expect(letter).toContain(s);
    const decision = readBack('decision', await renderTerminationDecision({
      centre, participant: person, number: 'CIS/D/3/2026', decidedOn: '2026-04-14', ground: 'PERMANENT_ABANDONMENT', lastDay: '2026-04-10',
      justification: 'Nieobecność od 10 kwietnia bez kontaktu.', complaintCourt: 'Wojewódzki Sąd Administracyjny w Gdańsku', directorName: 'Teresa Kierownik',
    }));
    for (const s of ['DECYZJA nr CIS/D/3/2026', 'art. 13 ust. 4a', 'art. 13 ust. 4 pkt 2', 'Pouczenie', 'art. 13 ust. 4b', 'Wojewódzki Sąd Administracyjny w Gdańsku', '30 dni', '10.04.2026']) expect(decision).toContain(s);
  });
});
