import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app';
import { WEB_DIR } from '../../src/main';
import { admitThroughApi } from '../factories/pathway.factory';
import { type ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';

describe('security headers and malformed uploads', () => {
  let h: ApiHarness;
  let director: ApiClient;
  let participantId: string;
  beforeAll(async () => {
    h = await createApiHarness();
    const { accounts } = await seedCentre(h.deps);
    director = await clientFor(h.app, accounts.DIRECTOR);
    participantId = (await admitThroughApi(director)).id;
  });
  afterAll(() => h.close());

  const csp = (header: string | string[] | number | undefined) =>
    Object.fromEntries(
      String(header)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );

  it('sends a CSP without inline scripts, no framing, nosniff and a referrer policy on every answer', async () => {
    for (const url of ['/api/v1/me', '/api/health', '/api/docs/', '/nowhere']) {
      const response = await h.app.inject({ method: 'GET', url });
      const policy = csp(response.headers['content-security-policy']);
      expect(policy['script-src'], url).toEqual(["'self'"]);
      expect(policy['frame-ancestors'], url).toEqual(["'none'"]);
      expect(policy['object-src'], url).toEqual(["'none'"]);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('keeps no copy of API answers (personal data) in any cache', async () => {
    for (const url of ['/api/v1/participants', `/api/v1/participants/${participantId}`, '/api/v1/me']) {
      const response = await director.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await h.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only over HTTPS, as told by a listed proxy', async () => {
    const proxied = await buildApp(h.deps, { logLevel: 'silent', trustProxy: ['127.0.0.1'] });
    try {
      const https = await proxied.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const http = await proxied.inject({ method: 'GET', url: '/api/health' });
      expect(http.headers['strict-transport-security']).toBeUndefined();
      // An unlisted sender cannot claim HTTPS.
      const forged = await h.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(forged.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('serves Swagger UI with its scripts from files only (the CSP lets it run)', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="/);
      expect(body!.trim()).toBe('');
    }
    const initializer = await h.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
  });

  it.runIf(existsSync(join(WEB_DIR, 'index.html')))('the built web client has no inline script', () => {
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  const upload = (url: string, contentType: string, payload: string) =>
    h.app.inject({
      method: 'POST',
      url,
      payload,
      headers: {
        'content-type': contentType,
        cookie: `reintegra_session=${director.cookie}`,
        'x-csrf-token': director.csrf!,
      },
    });

  const part = (name: string, value: string, file?: string) =>
    `--B\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n` +
    `${file ? 'Content-Type: application/pdf\r\n' : ''}\r\n${value}\r\n`;

  it('answers malformed multipart with 400 or 413, never 500', async () => {
    const pdf = '%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF';
    const routes = [`/api/v1/participants/${participantId}/documents`, '/api/v1/participants/import/preview'];
    const cases: [string, string, string][] = [
      ['no boundary', 'multipart/form-data', part('file', pdf, 'a.pdf')],
      ['truncated', 'multipart/form-data; boundary=B', part('file', pdf, 'a.pdf').slice(0, 60)],
      [
        'no closing boundary',
        'multipart/form-data; boundary=B',
        part('kind', 'OTHER') + part('file', pdf, 'a.pdf'),
      ],
      [
        'too many fields',
        'multipart/form-data; boundary=B',
        `${Array.from({ length: 40 }, (_, i) => part(`f${i}`, 'x')).join('')}--B--\r\n`,
      ],
      [
        'too many files',
        'multipart/form-data; boundary=B',
        `${part('file', pdf, 'a.pdf')}${part('file2', pdf, 'b.pdf')}--B--\r\n`,
      ],
      ['garbage', 'multipart/form-data; boundary=B', '\u0000\u0001--B\r\n\r\n\r\n--B'],
      ['empty', 'multipart/form-data; boundary=B', ''],
    ];
    const answers: string[] = [];
    for (const url of routes)
      for (const [label, type, body] of cases) {
        // The scan upload reads the first file and ignores any after it (request.file()): not an error.
        if (label === 'too many files' && url.endsWith('/documents')) continue;
        const response = await upload(url, type, body);
        answers.push(
          `${label} ${url.split('/').pop()} → ${response.statusCode} ${response.json().error?.code}`,
        );
      }
    expect(answers.filter((a) => !/→ (400|413) [A-Z_]+$/.test(a))).toEqual([]);
  });
});
