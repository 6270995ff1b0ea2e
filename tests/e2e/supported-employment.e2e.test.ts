import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner } from '../factories/partner.factory';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
/** An amount whichever space the locale puts between the thousands (Polish groups only from 10 000). */
const money = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

/**
 * Issue 16, item 3 in Chromium: the joint application (refused before 6 months of participation, at the
 * field), the PUP referral with the starosta–employer agreement, and three monthly refund claims.
 * The IPZS started on 02.02.2026; employment from 01.09.2026; the zasiłek from 01.06.2026 is 1 783,90 zł.
 */
describe.skipIf(!e2eEnabled)('supported employment in Chromium', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let personId: string;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@wspierane.example.pl',
      password: PASSWORD,
    });
    personId = (
      await call(
        'POST',
        '/api/v1/participants',
        buildPerson({ firstName: 'Zenon', lastName: 'Łączyński', sex: 'M' }),
      )
    ).id;
    const ref = await call('POST', `/api/v1/participants/${personId}/referrals`, buildReferral());
    await call('POST', `/api/v1/participants/${personId}/eligibility-decisions`, buildDecision(ref.id));
    const p = await call('POST', `/api/v1/participants/${personId}/programmes`, buildIpzs());
    await call('POST', `/api/v1/participants/${personId}/programmes/${p.id}/sign`, {
      signedOn: '2026-02-02',
      version: p.version,
    });
    await call('POST', '/api/v1/partners', buildPartner({ kind: 'EMPLOYER', name: 'Malbud sp. z o.o.' }));
    await call(
      'POST',
      '/api/v1/partners',
      buildPartner({ kind: 'LABOUR_OFFICE', name: 'Powiatowy Urząd Pracy w Bolesławcu', shortName: 'PUP' }),
    );
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, 'kierownik@wspierane.example.pl', PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes the joint application from the record, refusing it before 6 months at the field', async () => {
    await page.goto(`${server.baseUrl}/participants/${personId}`);
    const section = page.getByRole('region', { name: 'Zatrudnienie wspierane' });
    await section.getByText('Brak wniosku o zatrudnienie wspierane.').waitFor();
    await section.getByRole('link', { name: 'Złóż wspólny wniosek o zatrudnienie wspierane' }).click();
    await page.getByRole('heading', { name: 'Zatrudnienie wspierane', level: 1 }).waitFor();
    await page.getByRole('option', { name: 'Łączyński Zenon' }).waitFor({ state: 'attached' });
    expect(await page.getByRole('combobox', { name: /^Uczestnik/ }).inputValue()).toBe(personId);

    await page.getByLabel('Data wniosku').fill('2026-07-20');
    for (const who of ['Podpis kierownika', 'Podpis pracownika socjalnego', 'Podpis uczestnika'])
      await page.getByLabel(who).check();
    await page
      .getByLabel(/^Uzasadnienie/)
      .fill('Pracodawca z praktyki oferuje stałe zatrudnienie od września.');
    await page.getByRole('button', { name: 'Zapisz wniosek' }).click();
    // 02.02.2026 + 6 months: the earliest day is 01.08.2026, even in a justified case — said at the field.
    await page
      .locator('#f-appliedOn-error')
      .getByText('najwcześniej po 6 miesiącach (od 01.08.2026)')
      .waitFor();
    expect(await page.getByLabel('Data wniosku').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Data wniosku').fill('2026-08-05');
    await page.getByRole('button', { name: 'Zapisz wniosek' }).click();
    await page
      .getByRole('heading', { name: 'Łączyński Zenon — skierowanie do pracy u pracodawcy', level: 2 })
      .waitFor();
  });

  it('records the PUP referral and the starosta–employer agreement of at least 6 months', async () => {
    await page.getByLabel('Data skierowania z PUP').fill('2026-08-20');
    await page.getByLabel('Powiatowy urząd pracy').fill('Powiatowy Urząd Pracy w Bolesławcu');
    await page.getByLabel('Pracodawca (partner)').selectOption({ label: 'Malbud sp. z o.o.' });
    await page.getByLabel('Numer umowy starosty z pracodawcą').fill('ZW/3/2026');
    await page.getByLabel('Data umowy starosty z pracodawcą').fill('2026-08-28');
    await page.getByLabel('Zatrudnienie od').fill('2026-09-01');
    // 01.09.2026 + 6 months − 1 day = 28.02.2027: five months are refused.
    await page.getByLabel(/^Zatrudnienie do/).fill('2027-01-31');
    await page.getByRole('button', { name: 'Zapisz skierowanie i umowę' }).click();
    await page.getByRole('alert').getByText('co najmniej do 28.02.2027').waitFor();
    await page.getByLabel(/^Zatrudnienie do/).fill('2027-02-28');
    await page.getByRole('button', { name: 'Zapisz skierowanie i umowę' }).click();
    await page.getByRole('button', { name: 'Popraw skierowanie i umowę' }).waitFor();
    await page.getByText('ZW/3/2026, 2026-08-28').waitFor();
    await page.getByText('Refundacja miesiąc po miesiącu (2026-09 – 2027-02)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Correcting it opens the form with what was recorded, the employer chosen in its list.
    await page.getByRole('button', { name: 'Popraw skierowanie i umowę' }).click();
    expect(
      await page
        .getByLabel('Pracodawca (partner)')
        .evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe('Malbud sp. z o.o.');
    expect(await page.getByLabel(/^Zatrudnienie do/).inputValue()).toBe('2027-02-28');
    await page.getByRole('button', { name: 'Anuluj' }).click();
    await page.getByRole('button', { name: 'Popraw skierowanie i umowę' }).waitFor();
  });

  it('takes the employer’s monthly claims within 100 % of the zasiłek and sums them', async () => {
    const claim = async (
      month: string,
      receivedOn: string,
      wage: string,
      refund: string,
      contributions: string,
    ) => {
      await page.getByRole('combobox', { name: /^Miesiąc/ }).selectOption(month);
      await page.getByLabel('Data wpływu wniosku').fill(receivedOn);
      await page.getByLabel('Wynagrodzenie brutto').fill(wage);
      await page.getByLabel('Refundacja części wynagrodzenia').fill(refund);
      await page.getByLabel('Składki na ubezpieczenia społeczne').fill(contributions);
      await page.getByRole('button', { name: 'Zapisz wniosek pracodawcy' }).click();
    };
    // A wrong input first: contributions with a fraction of a grosz — said at the field by the browser,
    // nothing is sent.
    let claimPosts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/claims')) claimPosts += 1;
    });
    await claim('2026-09', '2026-10-05', '4666,00', '1783,90', '319,855');
    await page.locator('[id$="refundContributions-error"]').getByText('Podaj kwotę w złotych').waitFor();
    expect(claimPosts).toBe(0);
    // September: 1 800,00 zł is over the zasiłek of 1 783,90 zł — refused at the field, nothing saved.
    await claim('2026-09', '2026-10-05', '4666,00', '1800,00', '319,85');
    await page.locator('[id$="refundWage-error"]').getByText(money('najwyżej 1783,90 zł')).waitFor();
    // 1 783,90 + 319,85 = 2 103,75 zł; received 05.10.2026, due 30 days later: 04.11.2026.
    await page.getByLabel('Refundacja części wynagrodzenia').fill('1783,90');
    await page.getByRole('button', { name: 'Zapisz wniosek pracodawcy' }).click();
    await page.getByText('wpłynął 2026-10-05').waitFor();
    await page.getByText('termin wypłaty 2026-11-04').waitFor();
    await claim('2026-10', '2026-11-04', '4666,00', '1783,90', '319,85');
    await page.getByText('wpłynął 2026-11-04').waitFor();
    await page.getByText('termin wypłaty 2026-12-04').waitFor();
    // November: a wage of 1 200,00 zł (sick leave) caps the refund at the wage: 1 200,00 + 215,16 = 1 415,16 zł.
    await page.getByRole('combobox', { name: /^Miesiąc/ }).selectOption('2026-11');
    await page.getByLabel('Wynagrodzenie brutto').fill('1200,00');
    await page.getByText(money('Najwyżej 1200,00 zł')).waitFor();
    await claim('2026-11', '2026-12-02', '1200,00', '1200,00', '215,16');
    await page.getByText('wpłynął 2026-12-02').waitFor();
    await page.getByText('termin wypłaty 2027-01-01').waitFor();

    const rows = page.getByRole('table', { name: /Refundacja miesiąc po miesiącu/ }).getByRole('row');
    const row = async (label: RegExp) =>
      (
        await rows
          .filter({ has: page.getByRole('rowheader', { name: label }) })
          .getByRole('cell')
          .allTextContents()
      )
        .join(' ')
        .replace(/\s+/g, ' ');
    expect(await row(/^2026-09/)).toMatch(money('4666,00 zł 1783,90 zł 319,85 zł 2103,75 zł'));
    expect(await row(/^2026-10/)).toMatch(money('4666,00 zł 1783,90 zł 319,85 zł 2103,75 zł'));
    expect(await row(/^2026-11/)).toMatch(money('1200,00 zł 1200,00 zł 215,16 zł 1415,16 zł'));
    expect(await row(/^2026-12/)).toContain('brak wniosku pracodawcy');
    // Wages 4 666,00 × 2 + 1 200,00 = 10 532,00; refunds 1 783,90 × 2 + 1 200,00 = 4 767,80;
    // contributions 319,85 × 2 + 215,16 = 854,86; in total 4 767,80 + 854,86 = 5 622,66 zł.
    expect(await row(/^Razem/)).toMatch(money('10 532,00 zł 4767,80 zł 854,86 zł 5622,66 zł 3 wnioski'));
    const saved = await call('GET', `/api/v1/supported-employment?participantId=${personId}`);
    expect(saved.items[0].refundedTotal).toBe(562266);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Karta uczestnika' }).click();
    await page
      .getByRole('region', { name: 'Zatrudnienie wspierane' })
      .getByText(money('zrefundowano 5622,66 zł (3 mies.)'))
      .waitFor();
  });
});
