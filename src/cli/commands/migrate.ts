import { loadConfig } from '../../config';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import type { CliCommand } from '../io';

export const migrateCommand: CliCommand = async (_args, io) => {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const applied = await migrateToLatest(handle.db);
    io.out(
      applied.length
        ? `Wykonano migracje: ${applied.join(', ')}`
        : 'Baza jest aktualna — brak nowych migracji.',
    );
    return 0;
  } finally {
    await handle.close();
  }
};
