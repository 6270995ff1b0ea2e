import { createRequire } from 'node:module';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../app-error';
import { checkPassword, PASSWORD_MESSAGES } from '../../domain/access/password-policy';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Parameters<typeof hash>[1];

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown e-mail cannot be told from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('reintegra-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

let common: Set<string> | undefined;
/**
 * The ~49,000 most common passwords of the zxcvbn project (MIT), bundled as a package; loaded on the
 * first password check (~0.3 s), not at start-up.
 */
function isCommonPassword(candidate: string): boolean {
  if (!common) {
    const require = createRequire(import.meta.url);
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    common = new Set(dictionary['passwords-common']);
  }
  return common.has(candidate);
}

/** Throws VALIDATION_FAILED at `path` when the password breaks the policy. */
export function assertPasswordAcceptable(
  password: string,
  path: string,
  email?: string,
  options: { allowDemoPassword?: boolean } = {},
): void {
  const problem = checkPassword(password, {
    ...(email ? { email } : {}),
    isCommon: isCommonPassword,
    allowDemoPassword: options.allowDemoPassword ?? false,
  });
  if (problem) throw AppError.fields([{ path, code: problem, message: PASSWORD_MESSAGES[problem] }]);
}
