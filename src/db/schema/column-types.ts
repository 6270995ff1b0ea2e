import type { ColumnType } from 'kysely';

/** A timestamp column: read as a Date, written as a Date or an ISO string (the database default if left out). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column of a known shape: written as the value or its JSON text. */
export type Json<T> = ColumnType<T, string | T, string | T>;
