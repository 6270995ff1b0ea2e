/**
 * Options of `useApiQuery` for a read of participants' personal data: nothing is kept in the cache once the
 * page is left, so each visit reads anew — the server audits it and refuses it at once when the reader's
 * authorisation is revoked (art. 8b ust. 4), as it did before reads went through the query cache.
 */
export const personalRead = { gcTime: 0 } as const;
