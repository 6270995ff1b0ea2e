import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 19, third part: a transfer left unanswered expires (the sending centre's setting, fixed on the
// transfer when it is sent); the data sent is then removed, as on any answer.
export async function up(db: Kysely<any>): Promise<void> {
  // Transfers sent before this migration get the default of the time: 30 days from sending.
  await sql`
    alter table network_transfers add column expires_at timestamptz;
    update network_transfers set expires_at = sent_at + interval '30 days';
    alter table network_transfers alter column expires_at set not null;
    alter table network_transfers drop constraint network_transfers_status;
    alter table network_transfers add constraint network_transfers_status
      check (status in ('SENT', 'ACCEPTED', 'REFUSED', 'WITHDRAWN', 'EXPIRED'));
    create index network_transfers_waiting_expiry_idx on network_transfers (expires_at) where status = 'SENT';
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index network_transfers_waiting_expiry_idx;
    update network_transfers set status = 'WITHDRAWN' where status = 'EXPIRED';
    alter table network_transfers drop constraint network_transfers_status;
    alter table network_transfers add constraint network_transfers_status
      check (status in ('SENT', 'ACCEPTED', 'REFUSED', 'WITHDRAWN'));
    alter table network_transfers drop column expires_at;
  `.execute(db);
}
