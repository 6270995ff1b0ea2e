import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness } from '../support/api';

/**
 * The web client against the OpenAPI document: every call the pages make with a written path (`api('GET',
 * '/api/v1/…')`, `apiUpload('/api/v1/…')`, `useApiQuery('/api/v1/…')`) must name an operation the
 * server documents, with that method.
 * A renamed route or a mistyped path fails here, not in a centre. Template parts (`${id}`) stand for any
 * part of the path.
 */
const WEB = join(import.meta.dirname, '../../web/src');
type Call = { file: string; method: string; path: string };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [full] : [];
  });
}

function callsIn(file: string): Call[] {
  const text = readFileSync(file, 'utf8');
  const out: Call[] = [];
  const literal = String.raw`(\x60(?:[^\x60\\]|\\.)*\x60|'[^']*')`;
  const json = new RegExp(
    String.raw`\bapi(?:<[\s\S]{0,300}?>)?\(\s*'(GET|POST|PUT|PATCH|DELETE)'\s*,\s*${literal}`,
    'g',
  );
  const upload = new RegExp(String.raw`\bapiUpload(?:<[\s\S]{0,300}?>)?\(\s*${literal}`, 'g');
  const read = new RegExp(String.raw`\buseApiQuery(?:<[\s\S]{0,300}?>)?\(\s*${literal}`, 'g');
  const name = relative(WEB, file);
  for (const m of text.matchAll(read)) out.push({ file: name, method: 'GET', path: m[1]!.slice(1, -1) });
  for (const m of text.matchAll(json)) out.push({ file: name, method: m[1]!, path: m[2]!.slice(1, -1) });
  for (const m of text.matchAll(upload)) out.push({ file: name, method: 'POST', path: m[1]!.slice(1, -1) });
  return out;
}

/**
 * A written path as a pattern: its literal parts exactly, each template part as anything within the path
 * (a segment, several, or nothing); the query string is cut off.
 */
function pattern(path: string): RegExp {
  const parts = path.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
  const literal = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const cut = parts.findIndex((p) => p.includes('?'));
  const kept = cut === -1 ? parts : [...parts.slice(0, cut), parts[cut]!.split('?')[0]!];
  return new RegExp(`^${kept.map(literal).join('[^?]*')}/?$`);
}

describe('the web client calls only operations the OpenAPI document has', () => {
  let h: ApiHarness;
  let operations: { method: string; path: string }[];
  beforeAll(async () => {
    h = await createApiHarness();
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      // A documented parameter stands as one concrete segment.
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'P') })),
    );
  });
  afterAll(() => h.close());

  it('finds the calls of every page', () => {
    const calls = files(WEB).flatMap(callsIn);
    // A floor, so that a change in how pages call the API cannot make this test check nothing.
    expect(calls.length).toBeGreaterThan(150);
  });

  it('matches each written path and method to a documented operation', () => {
    const unknown = files(WEB)
      .flatMap(callsIn)
      .filter((c) => c.path.startsWith('/api/'))
      .filter((c) => {
        const written = pattern(c.path);
        return !operations.some((o) => o.method === c.method && written.test(o.path));
      })
      .map((c) => `${c.file}: ${c.method} ${c.path}`);
    expect(unknown).toEqual([]);
  });
});
