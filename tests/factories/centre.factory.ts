import type { CentreInputRaw } from '../../src/contracts/centre.contract';

let counter = 0;

/** A REGON-9 with a correct check digit, unique within the test run. */
export function uniqueRegon(): string {
  const prefix = String(
    10_000_000 + (((Date.now() % 1_000_000) * 37 + process.pid * 101 + ++counter * 7919) % 89_999_999),
  ).padStart(8, '0');
  const weights = [8, 9, 2, 3, 4, 5, 6, 7];
  const sum = [...prefix].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return prefix + String((sum % 11) % 10);
}

/** A NIP with a correct check digit. */
export function validNip(seed = ++counter): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (let n = seed; ; n++) {
    const prefix = String(100_000_000 + ((n * 7_654_321) % 899_999_999)).padStart(9, '0');
    const check = [...prefix].reduce((s, d, i) => s + Number(d) * weights[i]!, 0) % 11;
    if (check !== 10) return prefix + String(check);
  }
}

/** Valid input for a centre form; override any field. */
export function buildCentreInput(overrides: Partial<CentreInputRaw> = {}): CentreInputRaw {
  return {
    type: 'CIS',
    name: `Centrum Integracji Społecznej nr ${++counter}`,
    regon: uniqueRegon(),
    nip: validNip(),
    street: 'ul. Zielona',
    buildingNo: '12',
    flatNo: null,
    postalCode: '59-700',
    city: 'Bolesławiec',
    gminaCode: '0201011',
    email: 'biuro@cis.example.pl',
    phone: '75 123 45 67',
    foundingInstitutionName: 'Gmina Miejska Bolesławiec',
    foundingInstitutionType: 'JST',
    statusDate: '2024-02-15',
    ...overrides,
  };
}
