import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';

/**
 * A refused field is said in the language of the pages: the web client sends it as Accept-Language. The
 * contracts' messages are Polish ("Najwyżej 200 znaków."); in English a check of zod's own is said from
 * its bounds, a code of ours keeps its code (the client translates it) — and nothing is saved either way.
 */
describe('field messages in the reader’s language', () => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  const body = {
    fullName: 'Jan Instruktor',
    function: 'INSTRUCTOR',
    basis: 'EMPLOYMENT_CONTRACT',
    fte: 0.5,
    fromDate: '2026-01-01',
  };
  const wrong = { ...body, fullName: 'J'.repeat(201), fte: 1.5, fromDate: '2026-02-30', notes: 7 };
  const said = (res: { json: () => unknown }) =>
    Object.fromEntries(
      (
        res.json() as { error: { details: { fields: { path: string; code: string; message: string }[] } } }
      ).error.details.fields.map((f) => [f.path, `${f.code}: ${f.message}`]),
    );

  beforeAll(async () => {
    h = await createApiHarness();
    await signInEveryRole(h, c);
  });
  afterAll(() => h.close());

  it('is Polish by default', async () => {
    const res = await c.DIRECTOR.post('/api/v1/staff', wrong);
    expect(res.statusCode).toBe(400);
    expect(said(res)).toEqual({
      fullName: 'TOO_BIG: Najwyżej 200 znaków.',
      fte: 'TOO_BIG: Najwyżej pełny etat (1).',
      fromDate: 'INVALID_FORMAT: Taki dzień nie istnieje w kalendarzu.',
      notes: 'INVALID_TYPE: Podaj tekst.',
    });
  });

  it('is English when the pages are', async () => {
    const res = await c.DIRECTOR.request('POST', '/api/v1/staff', wrong, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(said(res)).toEqual({
      fullName: 'TOO_BIG: At most 200 characters.',
      fte: 'TOO_BIG: At most 1.',
      // A code of ours: the client says it from its code (field.INVALID_FORMAT), the server keeps Polish.
      fromDate: 'INVALID_FORMAT: Taki dzień nie istnieje w kalendarzu.',
      notes: 'INVALID_TYPE: Enter text.',
    });
    const empty = await c.DIRECTOR.request(
      'POST',
      '/api/v1/staff',
      { ...body, fullName: '  ' },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(said(empty)).toEqual({ fullName: 'TOO_SMALL: This field is required.' });
    // A browser asking for Polish first gets Polish.
    const polish = await c.DIRECTOR.request(
      'POST',
      '/api/v1/staff',
      { ...body, fullName: '  ' },
      { 'accept-language': 'pl-PL,en;q=0.8' },
    );
    expect(said(polish)).toEqual({ fullName: 'TOO_SMALL: To pole jest wymagane.' });
    expect((await c.DIRECTOR.get('/api/v1/staff')).json()).toMatchObject({ items: [] });
  });
});
