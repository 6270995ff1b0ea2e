import type { Actor } from '../domain/access/policies';

/** Who is calling and from where; passed to every use case that reads or writes personal data. */
export interface CallContext {
  actor: Actor;
  actorEmail: string;
  ip: string | null;
}

/** The caller before a centre is chosen (login, setup, CLI). */
export interface Origin {
  ip: string | null;
  userAgent?: string | null;
}
