import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../support/api';

describe('system routes', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness();
  });
  afterAll(() => h.close());

  it('answers health', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI document listing every API route, and a docs page', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/setup',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/centre',
      '/api/v1/audit',
      '/api/v1/teryt/gminas',
    ]) {
      expect(paths).toContain(path);
    }
    expect(
      doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('email');
    const docs = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('finds gminas by name with or without diacritics, and by code', async () => {
    const byName = (await h.app.inject({ method: 'GET', url: '/api/v1/teryt/gminas?q=lodz' })).json();
    expect(byName.items[0]).toMatchObject({ name: 'Łódź', voivodeship: 'łódzkie' });
    const byCode = (await h.app.inject({ method: 'GET', url: '/api/v1/teryt/gminas/0201011' })).json();
    expect(byCode).toMatchObject({ name: 'Bolesławiec', kind: 'gmina miejska' });
    const missing = await h.app.inject({ method: 'GET', url: '/api/v1/teryt/gminas/0000000' });
    expect(missing.statusCode).toBe(404);
  });

  it('answers unknown API paths with the one error shape', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Nie znaleziono.' } });
  });
});
