import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate';
import { runCli, runInProcess } from './run-cli';

describe('reintegra validate (child process)', () => {
  it('PESEL --json: valid, with birth date and sex, exit 0', async () => {
    const { code, stdout } = await runCli(['validate', 'pesel', '02211307589', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      valid: true,
      reason: null,
      normalized: '02211307589',
      birthDate: '2002-01-13',
      sex: 'F',
    });
  });

  it('invalid NIP: exit 1 and says why', async () => {
    const { code, stdout } = await runCli(['validate', 'nip', '8567346216']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Nieprawidłowy NIP: błędna cyfra kontrolna/);
  });

  it('usage error: exit 2', async () => {
    const { code, stderr } = await runCli(['validate', 'iban']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Użycie/);
  });
});

describe('reintegra validate (in process)', () => {
  it.each([
    [['pesel', '44051401358', '--json'], 1, { valid: false, reason: 'PESEL_CHECKSUM' }],
    [['pesel', '02381307589', '--json'], 1, { valid: false, reason: 'PESEL_DATE' }],
    [['regon', '12345678512347', '--json'], 0, { valid: true, reason: null, normalized: '12345678512347' }],
    [['regon', '000000000', '--json'], 1, { valid: false, reason: 'REGON_ZERO' }],
    [['nip', 'PL 856-734-62-15', '--json'], 0, { valid: true, normalized: '8567346215' }],
    [['nrb', 'PL30114020050000310012345678', '--json'], 1, { valid: false, reason: 'NRB_SORT_CODE' }],
    [
      ['nrb', 'PL55', '1140', '2004', '0000', '3100', '1234', '5678', '--json'],
      0,
      { valid: true, sortCode: '11402004' },
    ],
  ])('%j → exit %i', async (args, code, json) => {
    const r = await runInProcess(validateCommand, args);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout)).toMatchObject(json);
  });

  it('prints a Polish sentence without --json', async () => {
    const r = await runInProcess(validateCommand, ['pesel', '44051401359']);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('1944-05-14') });
  });

  it.each([[[]], [['pesel']], [['pesel', '1', '--bogus']]])('usage %j → exit 2', async (args) => {
    expect((await runInProcess(validateCommand, args)).code).toBe(2);
  });
});
