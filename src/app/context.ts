import type { Actor } from '../domain/access/policies';
import { type Action, can } from '../domain/access/permissions';
import { forbidden } from './app-error';

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

/** Whether the one permission table (`domain/access/permissions.ts`) allows the caller the action. */
export const allows = (ctx: CallContext, action: Action): boolean => can(ctx.actor, action);

/** Throws FORBIDDEN unless the permission table allows the caller the action. */
export function requireAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}
