import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// The integration benefit is granted by the director on the participant's application (art. 15 ust. 4,
// Dz.U. 2025 poz. 1718): the application's date and the director's grant, on the programme.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table programmes add column benefit_application_on date;
    alter table programmes add column benefit_granted_on date;
    alter table programmes add column benefit_granted_by uuid references users (id);
    alter table programmes add constraint programmes_benefit_grant_after_application check (
      benefit_granted_on is null or (benefit_application_on is not null and benefit_granted_on >= benefit_application_on)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table programmes drop constraint programmes_benefit_grant_after_application;
    alter table programmes drop column benefit_granted_by;
    alter table programmes drop column benefit_granted_on;
    alter table programmes drop column benefit_application_on;
  `.execute(db);
}
