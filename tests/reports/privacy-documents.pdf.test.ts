import { describe, expect, it } from 'vitest';
import { defaultInformationClause } from '../../src/domain/privacy/information-clause';
import { PROCESSING_ACTIVITIES } from '../../src/domain/privacy/processing-register';
import {
  renderAuthorisation,
  renderInformationClause,
  renderProcessingRegister,
  renderSubjectCopy,
} from '../../src/reports/pdf/privacy-documents.pdf';
import { pdfChecksEnabled } from '../support/env';
import { centre } from './pdf-fixtures';
import { bodyText, expectPrintedA4Page, readBack } from './pdf-readback';

describe.skipIf(!pdfChecksEnabled)('personal-data documents (read back with poppler)', () => {
  it('the authorisation names the holder, its scope and term; the pledge follows on page 2 to sign', async () => {
    const { file, pages } = readBack(
      'authorisation',
      await renderAuthorisation({
        centre,
        number: 'UPO/2026/0007',
        holderName: 'Anna Żółkiewska',
        holderRoles: ['pracownik socjalny'],
        scope: 'Przetwarzanie danych osobowych uczestników w zakresie obowiązków pracownika socjalnego',
        issuedOn: '2026-12-01',
        validFrom: '2026-12-01',
        validUntil: '2027-11-30',
        pledgeSignedOn: '2026-12-01',
        issuerName: 'Teresa Wiśniewska',
      }),
    );
    expect(pages).toHaveLength(2);
    const first = bodyText([pages[0]!]);
    for (const s of [
      'UPOWAŻNIENIE',
      'nr UPO/2026/0007',
      'art. 8b ust. 4 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym',
      'upoważniam Panią/Pana Anna Żółkiewska (pracownik socjalny)',
      'w zakresie obowiązków pracownika socjalnego',
      'Upoważnienie obowiązuje od dnia 1 grudnia 2026 r. do dnia 30 listopada 2027 r.',
      'Teresa Wiśniewska',
      '(za administratora danych)',
    ])
      expect(first).toContain(s);
    const second = bodyText([pages[1]!]);
    for (const s of [
      'OŚWIADCZENIE',
      'o zachowaniu poufności',
      'do upoważnienia nr UPO/2026/0007',
      'Ja, niżej podpisana/podpisany Anna Żółkiewska, oświadczam, że:',
      'również po ustaniu zatrudnienia lub współpracy',
      '(podpis osoby upoważnionej)',
    ])
      expect(second).toContain(s);
    expectPrintedA4Page(file);
  });

  it('an open-ended authorisation reads "do odwołania"; no issuer prints a blank line to sign', async () => {
    const { pages } = readBack(
      'authorisation-open',
      await renderAuthorisation({
        centre,
        number: 'UPO/2026/0008',
        holderName: 'Jan Kowalski',
        holderRoles: [],
        scope: 'Przetwarzanie danych osobowych uczestników',
        issuedOn: '2026-12-01',
        validFrom: '2026-12-02',
        validUntil: null,
        pledgeSignedOn: null,
        issuerName: null,
      }),
    );
    expect(bodyText([pages[0]!])).toContain(
      'Upoważnienie obowiązuje od dnia 2 grudnia 2026 r. do odwołania.',
    );
    expect(bodyText([pages[1]!])).toContain('dnia ……………………');
  });

  it('the information clause prints every paragraph of the text for the notice board', async () => {
    const text = defaultInformationClause({
      name: centre.name,
      address: 'ul. Długa 1, 80-001 Gdańsk',
      email: null,
    });
    const { pages } = readBack(
      'clause',
      await renderInformationClause({ centre, text, printedOn: '2026-12-02' }),
    );
    const body = bodyText(pages);
    expect(body).toContain('KLAUZULA INFORMACYJNA');
    expect(body).toContain(`danych osobowych jest ${centre.name}, ul. Długa 1, 80-001 Gdańsk.`);
    expect(body).toContain('Prezesa Urzędu Ochrony Danych Osobowych');
    expect(body).not.toContain('e-mail:');
  });

  it('the processing register prints each activity with its legal basis and retention', async () => {
    const { pages } = readBack(
      'processing-register',
      await renderProcessingRegister({ centre, printedOn: '2026-12-02', activities: PROCESSING_ACTIVITIES }),
    );
    const body = bodyText(pages);
    expect(body).toContain('REJESTR CZYNNOŚCI PRZETWARZANIA');
    expect(body).toContain(`Administrator: ${centre.name}`);
    for (const [i, a] of PROCESSING_ACTIVITIES.entries()) expect(body).toContain(`${i + 1}. ${a.name}`);
    expect(body).toContain('Podstawa prawna');
    expect(body).toContain('10 lat od końca roku kalendarzowego');
  });

  it("the person's copy prints every section, with 'Brak wpisów.' where there is nothing", async () => {
    const { pages } = readBack(
      'subject-copy',
      await renderSubjectCopy({
        centre,
        printedOn: '2026-12-02',
        personName: 'Halina Kopiowa',
        sections: [
          { title: '1. Dane w karcie uczestnika', facts: [['PESEL', '44051401359']] },
          { title: '2. Skierowania', table: { header: ['Data skierowania', 'Podmiot kierujący'], rows: [] } },
          {
            title: '6. Wypłaty',
            table: { header: ['Miesiąc', 'Razem'], rows: [['05.2026', '2 066,28 zł']] },
          },
        ],
      }),
    );
    const body = bodyText(pages);
    for (const s of [
      'KOPIA DANYCH OSOBOWYCH',
      'art. 15 ust. 3 RODO',
      'Halina Kopiowa',
      'PESEL 44051401359',
      '2. Skierowania Brak wpisów.',
      '05.2026 2 066,28 zł',
    ])
      expect(body).toContain(s);
  });
});
