import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { MAGIC, openBackup, readBackupHeader, sealBackup } from './archive';

const PASS = 'zielony-ogród-nocą-2026';
const payload = Buffer.concat([Buffer.from('PESEL 85010112345 Zofia Pełna\n'), randomBytes(4096)]);
const contents = {
  engine: 'pglite' as const,
  payload,
  migrations: ['20261123_0001_foundation'],
  createdAt: new Date('2026-12-02T01:30:00Z'),
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'NO_ERROR';
}

describe('backup archive (AES-256-GCM, scrypt key)', () => {
  it('round-trips the payload and keeps the personal data unreadable in the file', async () => {
    const file = await sealBackup(contents, PASS);
    expect(file.includes(Buffer.from('85010112345'))).toBe(false);
    expect(file.includes(Buffer.from('Pełna'))).toBe(false);
    const opened = await openBackup(file, PASS);
    expect(opened.payload.equals(payload)).toBe(true);
    expect(opened.header).toMatchObject({ engine: 'pglite', version: 1, migrations: contents.migrations });
    expect(readBackupHeader(file).header.createdAt).toBe('2026-12-02T01:30:00.000Z');
  });

  it('uses a fresh salt and nonce for every file', async () => {
    const [a, b] = [await sealBackup(contents, PASS), await sealBackup(contents, PASS)];
    const [ha, hb] = [readBackupHeader(a).header, readBackupHeader(b).header];
    expect(ha.kdf.salt).not.toBe(hb.kdf.salt);
    expect(ha.cipher.nonce).not.toBe(hb.cipher.nonce);
    expect(a.subarray(-64).equals(b.subarray(-64))).toBe(false);
  });

  it('tells a wrong passphrase from a damaged file, and refuses both', async () => {
    const file = await sealBackup(contents, PASS);
    expect(await codeOf(openBackup(file, 'zielony-ogród-nocą-2025'))).toBe('BACKUP_PASSPHRASE_WRONG');
    const flipped = Buffer.from(file);
    flipped[flipped.length - 100]! ^= 1;
    expect(await codeOf(openBackup(flipped, PASS))).toBe('BACKUP_FILE_INVALID');
    expect(await codeOf(openBackup(file.subarray(0, file.length - 1), PASS))).toBe('BACKUP_FILE_INVALID');
    expect(await codeOf(openBackup(Buffer.from('not a backup at all'), PASS))).toBe('BACKUP_FILE_INVALID');
  });

  it('authenticates the header: changing the engine or the date breaks the file', async () => {
    const file = await sealBackup(contents, PASS);
    const text = file.toString('latin1');
    const edited = Buffer.from(text.replace('2026-12-02T01:30', '2026-12-03T01:30'), 'latin1');
    expect(await codeOf(openBackup(edited, PASS))).toBe('BACKUP_FILE_INVALID');
    const engine = Buffer.from(text.replace('"engine":"pglite"', '"engine":"postgre"'), 'latin1');
    expect(await codeOf(openBackup(engine, PASS))).toBe('BACKUP_FILE_INVALID');
  });

  it('refuses a newer format version with its own message', async () => {
    const file = await sealBackup(contents, PASS);
    const newer = Buffer.from(file.toString('latin1').replace('"version":1', '"version":9'), 'latin1');
    expect(await codeOf(openBackup(newer, PASS))).toBe('BACKUP_FORMAT_UNSUPPORTED');
    expect(newer.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
  });

  it('refuses a passphrase shorter than 12 characters when making a backup', async () => {
    expect(await codeOf(sealBackup(contents, 'krótkie'))).toBe('BACKUP_PASSPHRASE_TOO_SHORT');
  });
});
