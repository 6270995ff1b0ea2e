import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connection';
import * as m0001 from './migrations/20261123_0001_foundation';
import * as m0002 from './migrations/20261123_0002_participants';
import * as m0003 from './migrations/20261123_0003_pathway';
import * as m0004 from './migrations/20261123_0004_workshops_attendance';
import * as m0005 from './migrations/20261123_0005_payroll';
import * as m0006 from './migrations/20261202_0006_benefit_application';
import * as m0008 from './migrations/20261202_0008_records';
import * as m0009 from './migrations/20261202_0009_integrity';
import * as m0010 from './migrations/20261202_0010_auth_hardening';
import * as m0011 from './migrations/20261202_0011_personal_data';
import * as m0012 from './migrations/20261202_0012_partners';
import * as m0013 from './migrations/20261202_0013_partner_work';
import * as m0014 from './migrations/20261202_0014_reports';
import * as m0015 from './migrations/20261202_0015_finance';
import * as m0016 from './migrations/20261202_0016_placements_projects';
import * as m0017 from './migrations/20261202_0017_services';
import * as m0018 from './migrations/20261202_0018_events';
import * as m0019 from './migrations/20261202_0019_networks';
import * as m0020 from './migrations/20261202_0020_retention';
import * as m0024 from './migrations/20261202_0024_placements';
import * as m0025 from './migrations/20261202_0025_services_stands';
import * as m0027 from './migrations/20261202_0027_network_transfers';
import * as m0030 from './migrations/20261203_0030_volunteer_versions';
import * as m0035 from './migrations/20261203_0035_art200';
import * as m0036 from './migrations/20261203_0036_network_transfer_expiry';
import * as m0037 from './migrations/20261203_0037_other_people_retention';

/** Static list: Kysely's FileMigrationProvider cannot import .ts files under vitest (native import). */
const migrations: Record<string, Migration> = {
  '20261123_0001_foundation': m0001,
  '20261123_0002_participants': m0002,
  '20261123_0003_pathway': m0003,
  '20261123_0004_workshops_attendance': m0004,
  '20261123_0005_payroll': m0005,
  '20261202_0006_benefit_application': m0006,
  '20261202_0008_records': m0008,
  '20261202_0009_integrity': m0009,
  '20261202_0010_auth_hardening': m0010,
  '20261202_0011_personal_data': m0011,
  '20261202_0012_partners': m0012,
  '20261202_0013_partner_work': m0013,
  '20261202_0014_reports': m0014,
  '20261202_0015_finance': m0015,
  '20261202_0016_placements_projects': m0016,
  '20261202_0017_services': m0017,
  '20261202_0018_events': m0018,
  '20261202_0019_networks': m0019,
  '20261202_0020_retention': m0020,
  '20261202_0024_placements': m0024,
  '20261202_0025_services_stands': m0025,
  '20261202_0027_network_transfers': m0027,
  '20261203_0030_volunteer_versions': m0030,
  '20261203_0035_art200': m0035,
  '20261203_0036_network_transfer_expiry': m0036,
  '20261203_0037_other_people_retention': m0037,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the newest schema; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
