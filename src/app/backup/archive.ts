import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { AppError } from '../app-error';

/**
 * The backup file: `MAGIC`, a 4-byte big-endian header length, the header (JSON, readable without the
 * passphrase but authenticated as AES-GCM's additional data), the encrypted payload and the 16-byte tag.
 * The key comes from the passphrase through scrypt with a random salt; every file has its own nonce.
 */
export const MAGIC = Buffer.from('REINTEGRA-BACKUP\n', 'ascii');
export const FORMAT_VERSION = 1;
export const MIN_PASSPHRASE_LENGTH = 12;

const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;
/** scrypt cost: ~128 MiB and a few hundred ms per file; a file asking for more is refused. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 };
const MAX_SCRYPT_N = 2 ** 20;

export type BackupEngine = 'pglite' | 'postgres';

const HeaderSchema = z.object({
  format: z.literal('reintegra-backup'),
  version: z.number().int().positive(),
  engine: z.enum(['pglite', 'postgres']),
  createdAt: z.string(),
  /** What the payload is: PGlite's gzipped data-directory tarball or a pg_dump custom-format archive. */
  payload: z.object({
    kind: z.enum(['pglite-datadir-tar-gz', 'pg-dump-custom']),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  migrations: z.array(z.string()),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2).max(MAX_SCRYPT_N),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().min(16),
  }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), nonce: z.string().min(16) }),
  /** HMAC of a fixed text under the key: tells a wrong passphrase apart from a damaged file. */
  keyCheck: z.string().min(16),
});
export type BackupHeader = z.infer<typeof HeaderSchema>;

export interface BackupContents {
  engine: BackupEngine;
  payload: Buffer;
  migrations: string[];
  createdAt: Date;
}

const kindOf = (engine: BackupEngine) => (engine === 'pglite' ? 'pglite-datadir-tar-gz' : 'pg-dump-custom');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** The key from the passphrase; asynchronous, so a running server keeps answering meanwhile. */
function deriveKey(passphrase: string, kdf: BackupHeader['kdf']): Promise<Buffer> {
  return scryptAsync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 16 * 1024 * 1024,
  });
}

const keyCheckOf = (key: Buffer) =>
  createHmac('sha256', key).update('reintegra-backup-key-check').digest('base64');

/** Refuses a passphrase too short to protect special-category data (a field error for the form). */
export function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw AppError.fields(
      [
        {
          path: 'passphrase',
          code: 'BACKUP_PASSPHRASE_TOO_SHORT',
          message: `Hasło musi mieć co najmniej ${MIN_PASSPHRASE_LENGTH} znaków.`,
        },
      ],
      'BACKUP_PASSPHRASE_TOO_SHORT',
    );
}

/** Encrypts and frames a payload into the bytes of a backup file. */
export async function sealBackup(contents: BackupContents, passphrase: string): Promise<Buffer> {
  checkNewPassphrase(passphrase);
  const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(16).toString('base64') };
  const nonce = randomBytes(12);
  const key = await deriveKey(passphrase, kdf);
  const header: BackupHeader = {
    format: 'reintegra-backup',
    version: FORMAT_VERSION,
    engine: contents.engine,
    createdAt: contents.createdAt.toISOString(),
    payload: {
      kind: kindOf(contents.engine),
      bytes: contents.payload.length,
      sha256: sha256(contents.payload),
    },
    migrations: contents.migrations,
    kdf,
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
    keyCheck: keyCheckOf(key),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const prefix = Buffer.concat([MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(contents.payload), cipher.final()]);
  return Buffer.concat([prefix, body, cipher.getAuthTag()]);
}

const invalid = () => new AppError('BACKUP_FILE_INVALID');

/** Reads the header of a backup file without the passphrase (format, engine, date, sizes). */
export function readBackupHeader(file: Buffer): { header: BackupHeader; prefixBytes: number } {
  if (file.length < MAGIC.length + 4 + TAG_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw invalid();
  const headerLength = file.readUInt32BE(MAGIC.length);
  const prefixBytes = MAGIC.length + 4 + headerLength;
  if (headerLength > MAX_HEADER_BYTES || prefixBytes + TAG_BYTES > file.length) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(file.subarray(MAGIC.length + 4, prefixBytes).toString('utf8'));
  } catch {
    throw invalid();
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > FORMAT_VERSION)
    throw new AppError('BACKUP_FORMAT_UNSUPPORTED');
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) throw invalid();
  if (parsed.data.payload.kind !== kindOf(parsed.data.engine)) throw invalid();
  if (file.length !== prefixBytes + parsed.data.payload.bytes + TAG_BYTES) throw invalid();
  return { header: parsed.data, prefixBytes };
}

/**
 * Checks and decrypts a backup file: a wrong passphrase, a damaged or altered file and a checksum
 * mismatch each throw their own error, and nothing is returned unless all of it verified.
 */
export async function openBackup(
  file: Buffer,
  passphrase: string,
): Promise<{ header: BackupHeader; payload: Buffer }> {
  const { header, prefixBytes } = readBackupHeader(file);
  const key = await deriveKey(passphrase, header.kdf);
  if (keyCheckOf(key) !== header.keyCheck) throw new AppError('BACKUP_PASSPHRASE_WRONG');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.cipher.nonce, 'base64'));
  decipher.setAAD(file.subarray(0, prefixBytes));
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  let payload: Buffer;
  try {
    payload = Buffer.concat([
      decipher.update(file.subarray(prefixBytes, file.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw invalid();
  }
  if (sha256(payload) !== header.payload.sha256) throw invalid();
  return { header, payload };
}
