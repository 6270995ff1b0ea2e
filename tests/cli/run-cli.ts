import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliCommand, CliIo } from '../../src/cli/io';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `node bin/reintegra.mjs …` as a child process (~0.8 s each: use sparingly). */
export function runCli(
  args: string[],
  stdin = '',
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/reintegra.mjs', ...args],
      { cwd: root, timeout: 30_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : error
              ? -1
              : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

/** Runs a command function in-process with a fake terminal. */
export async function runInProcess(
  command: CliCommand,
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: async () => stdin,
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: (t) => {
      stderr += `${t}\n`;
    },
  };
  const code = await command(args, io);
  return { code, stdout, stderr };
}
