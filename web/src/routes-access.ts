import { type ComponentType, lazy } from 'react';
import type { MeResponse } from '../../src/contracts/auth.contract';

// What each part of the page table needs: a lazy page, and the caller's allowed actions.

/** A named export of a page module as a lazy component (its own chunk). */
// biome-ignore lint/suspicious/noExplicitAny: the constraint React's own lazy() uses.
export function page<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

export type Action = MeResponse['allowedActions'][number];
export const may = (me: MeResponse, action: Action) => me.allowedActions.includes(action);
export const always = () => true;
/** A KIS pays no integration benefit: payroll is not offered there. */
export const isKis = (me: MeResponse) => me.centres.find((c) => c.id === me.currentCentreId)?.type === 'KIS';

export function servicesAccess(me: MeResponse) {
  return {
    catalogue: may(me, 'services.catalogue'),
    orders: may(me, 'services.orders'),
    jobDays: may(me, 'services.jobDays'),
    income: may(me, 'services.income'),
  };
}
