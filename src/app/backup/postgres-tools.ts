import { spawn } from 'node:child_process';
import { AppError } from '../app-error';

/**
 * libpq's environment for a `postgres://` URL. The password travels in the child's environment,
 * never on its command line (which any local user can read in `ps`).
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {};
  const host = u.searchParams.get('host') ?? decodeURIComponent(u.hostname);
  if (host) env.PGHOST = host;
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/**
 * Runs `pg_dump` or `pg_restore` against the database of `url`, feeding `input` to its stdin and
 * collecting its stdout in memory (the unencrypted dump never touches the disk). A missing program is
 * BACKUP_TOOL_MISSING (naming the Debian package), a failure BACKUP_TOOL_FAILED with its last words.
 */
export function runPgTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  url: string,
  input?: Buffer,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // The child inherits this process's environment (PATH, locale) plus the connection.
    const child = spawn(tool, args, {
      env: { ...process.env, ...libpqEnv(url) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new AppError('BACKUP_TOOL_MISSING'));
      else reject(error);
    });
    // A tool that exits early closes its stdin; the exit code tells what happened.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const last = err.trim().split('\n').slice(-3).join(' ');
      reject(new AppError('BACKUP_TOOL_FAILED', { message: `${tool}: ${last || `kod wyjścia ${code}`}` }));
    });
    child.stdin.end(input);
  });
}
