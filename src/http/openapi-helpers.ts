import { ErrorResponseSchema } from '../contracts/error-response';

/** Documented error answers of a route (all share the one error shape). */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponseSchema.describe(`Błąd ${s}`)]));
}

export const cookieAuth = [{ cookieAuth: [] }];
