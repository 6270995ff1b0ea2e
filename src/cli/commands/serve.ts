import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { startServer } from '../../main';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../app/setup/seed-demo';
import { getSetupStatus } from '../../app/setup/complete-setup';
import type { CliCommand, CliIo } from '../io';

const ROLE_PL: Record<string, string> = {
  ADMIN: 'administrator',
  DIRECTOR: 'kierownik',
  SOCIAL_WORKER: 'pracownik socjalny',
  INSTRUCTOR: 'instruktor',
  ACCOUNTANT: 'księgowość',
};

async function run(io: CliIo, demo: boolean): Promise<number> {
  const env = { ...process.env };
  // The demo keeps its own embedded database so it never mixes with a real centre's data.
  if (demo && !env.DATA_DIR && !env.DATABASE_URL) env.DATA_DIR = './data-demo';
  const config = loadConfig(env);
  const started = Date.now();
  const server = await startServer(config, {
    beforeListen: async (deps) => {
      if (demo) await seedDemo(deps);
    },
  });
  const url = `http://localhost:${config.port}`;
  const status = await getSetupStatus(server.deps);
  const where =
    server.engine === 'pglite' ? `wbudowana baza PGlite w ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  io.out(`\nReintegra działa: ${url}   (${where}, start ${Date.now() - started} ms)`);
  if (status.setupRequired)
    io.out(`Pierwsze uruchomienie: otwórz ${url} i utwórz centrum oraz konto administratora.`);
  if (demo) {
    io.out(`\nTRYB DEMO — centrum fikcyjne. Konta (hasło dla wszystkich: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) io.out(`  ${ROLE_PL[a.role]?.padEnd(20)} ${a.email}`);
  }
  io.out(`Dokumentacja API: ${url}/api/docs   ·   Zatrzymanie: Ctrl+C\n`);

  await new Promise<void>((resolve) => {
    const shutdown = () => resolve();
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  await server.stop();
  return 0;
}

export const serveCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: { demo: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  return run(io, values.demo ?? false);
};

export const demoCommand: CliCommand = async (_args, io) => run(io, true);
