import { describe, expect, it } from 'vitest';
import { computeIndicators } from './indicators';
import { checkMonitoringPerson, missingSummary, type MonitoringPerson } from './monitoring-fields';
import { smEfsCsv, type SmEfsRow } from './sm-efs-export';

const project = { startDate: '2026-01-01', endDate: '2027-12-31' };
const complete: MonitoringPerson = {
  projectNumber: 'FEDS.07.05-IP.02-0012/26',
  firstName: 'Anna',
  lastName: 'Nowak',
  pesel: '85022512345',
  sex: 'F',
  birthDate: '1985-02-25',
  citizenship: 'PL',
  educationLevel: '2',
  voivodeship: 'lubuskie',
  powiat: 'świebodziński',
  gmina: 'Świebodzin',
  city: 'Świebodzin',
  postalCode: '66-200',
  degurba: '2',
  phone: '600 100 200',
  email: 'anna.nowak@example.pl',
  projectStart: '2026-03-02',
  projectEnd: null,
  labourMarketStatus: 'UNEMPLOYED',
  longTermUnemployed: true,
  educationEndPlanned: null,
  exitSituation: null,
  exitAsPlanned: null,
  supportForms: ['Reintegracja zawodowa', 'Reintegracja społeczna'],
  supportStart: '2026-03-02',
  supportEnd: null,
  businessStartedOn: null,
  foreignOrigin: 'NO',
  thirdCountryNational: 'NO',
  minority: 'REFUSED',
  homeless: 'YES',
  disability: 'NO',
  notes: null,
};
// A valid PESEL for a woman born 1985-02-25 (checksum computed once).
complete.pesel = (() => {
  const base = '850225' + '1234';
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...base].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return base + String((10 - (sum % 10)) % 10);
})();

describe('SM EFS participant data', () => {
  it('accepts a complete record', () => {
    expect(checkMonitoringPerson(complete, project)).toEqual([]);
  });

  it('lists what is missing in Polish, once per field', () => {
    const problems = checkMonitoringPerson(
      { ...complete, labourMarketStatus: null, longTermUnemployed: null, phone: null, disability: null },
      project,
    );
    expect(missingSummary(problems)).toBe(
      'brakuje: telefon kontaktowy, status na rynku pracy, osoba z niepełnosprawnościami',
    );
  });

  it.each([
    [{ postalCode: '66200' }, 'postalCode', 'INVALID'],
    [{ email: 'anna.żak@example.pl' }, 'email', 'INVALID'],
    [{ sex: 'M' as const }, 'sex', 'INCONSISTENT'],
    [{ pesel: '85022512340' }, 'pesel', 'INVALID'],
    [{ labourMarketStatus: 'INACTIVE' as const }, 'longTermUnemployed', 'INCONSISTENT'],
    [{ supportStart: '2025-12-31' }, 'supportStart', 'INVALID'],
    [{ projectEnd: '2026-06-30' }, 'exitSituation', 'REQUIRED'],
    [
      {
        exitSituation: 'SELF_EMPLOYED' as const,
        projectEnd: '2026-06-30',
        exitAsPlanned: true,
        supportEnd: '2026-06-30',
      },
      'businessStartedOn',
      'REQUIRED',
    ],
  ])('refuses %o at %s (%s)', (change, field, code) => {
    const problems = checkMonitoringPerson({ ...complete, ...change }, project);
    expect(problems.some((p) => p.field === field && p.code === code)).toBe(true);
  });

  it('writes the import layout: BOM, semicolons, CRLF, quoted cells, dictionaries with the en dash', () => {
    const row: SmEfsRow = {
      ...complete,
      educationLevel: '6',
      notes: 'ma "uwagi"; dwie',
      addedOn: '2026-03-02',
      addedBy: 'Ewa Kierownik',
      modifiedOn: '2026-03-03',
      modifiedBy: 'Ewa Kierownik',
    };
    const csv = smEfsCsv([row]);
    expect(csv.startsWith('\uFEFFNumer projektu;Obywatelstwo;')).toBe(true);
    const [, line] = csv.split('\r\n');
    expect(line).toContain(';Obywatelstwo polskie;Indywidualny;;Anna;Nowak;');
    expect(line).toContain(';Kobieta;41;Wyższe (ISCED 5–8);Polska;lubuskie;świebodziński;');
    expect(line).toContain(';Osoba bezrobotna;Osoba długotrwale bezrobotna;');
    expect(line).toContain(';Reintegracja zawodowa|Reintegracja społeczna;');
    expect(line).toContain(';Nie;Nie;Odmowa podania informacji;Tak;Nie;');
    expect(line?.endsWith(';"ma ""uwagi""; dwie"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('counts the indicators by sex, results only for those who left', () => {
    const man = {
      ...complete,
      sex: 'M' as const,
      birthDate: '1960-01-01',
      labourMarketStatus: 'INACTIVE' as const,
    };
    const leftEmployed = { ...complete, projectEnd: '2026-09-30', exitSituation: 'EMPLOYED' as const };
    const stillIn = { ...complete, exitSituation: 'EMPLOYED' as const };
    const values = computeIndicators([man, leftEmployed, stillIn], { EECO01: 10 });
    const by = (code: string) => values.find((v) => v.code === code);
    expect(by('EECO01')).toMatchObject({ women: 2, men: 1, total: 3, target: 10 });
    expect(by('EECO03')).toMatchObject({ total: 2 });
    expect(by('EECO04')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECO08')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECO16')).toMatchObject({ total: 3 });
    expect(by('EECR04')).toMatchObject({ women: 1, total: 1 });
  });
});
