import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../support/api';

/**
 * The routes anyone may call without a session. Every other operation in the OpenAPI document must
 * answer 401 to an anonymous caller — before its body or parameters are looked at.
 */
const PUBLIC_OPERATIONS = new Set([
  'GET /api/health',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  'POST /api/v1/auth/login',
  'GET /api/v1/teryt/gminas',
  'GET /api/v1/teryt/gminas/{code}',
  'GET /api/v1/law', // the rules of the Act, no personal data
  // A network's joint service catalogue and its enquiry form: the cluster's public promotion (issue 19).
  'GET /api/v1/public/networks/{id}/catalogue',
  'POST /api/v1/public/networks/{id}/enquiries',
]);

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

describe('every operation but the public ones demands a session', () => {
  let h: ApiHarness;
  let operations: { method: Method; path: string }[];
  beforeAll(async () => {
    h = await createApiHarness();
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase() as Method, path })),
    );
  });
  afterAll(() => h.close());

  it('walks the whole OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  it('answers 401 UNAUTHENTICATED to an anonymous caller on every non-public operation', async () => {
    const open: string[] = [];
    for (const { method, path } of operations) {
      const key = `${method} ${path}`;
      if (PUBLIC_OPERATIONS.has(key)) continue;
      const url = path.replace(/\{[^}]+\}/g, SAMPLE_ID);
      const response = await h.app.inject({
        method,
        url,
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      if (response.statusCode !== 401 || response.json().error?.code !== 'UNAUTHENTICATED')
        open.push(`${key} → ${response.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('lists only operations that exist as public', () => {
    const known = new Set(operations.map((o) => `${o.method} ${o.path}`));
    expect([...PUBLIC_OPERATIONS].filter((k) => !known.has(k))).toEqual([]);
  });
});
