import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { testEngines } from '../support/db';
import { closeMay, preparePayrollMonth } from '../factories/payroll.factory';
import { createApiHarness, type ApiHarness } from '../support/api';

/**
 * Requests generated from the OpenAPI document itself: every operation, with values that follow the
 * schema and values that break it in the ways that once produced 500s (NUL, lone surrogates, year 0000,
 * integers past int4 and 2^53, wrong types). Sent as an administrator, a director and an anonymous
 * caller on a centre with a closed payroll month, so ids in paths reach real records.
 * The only assertion: no answer is ≥ 500.
 */

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  const?: unknown;
};
type Parameter = { in: 'query' | 'path'; name: string; required?: boolean; schema: Schema };
type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
  multipart: boolean;
};
type FuzzRequest = { method: string; url: string; body: unknown };

/**
 * About this many requests per engine in all (each operation × each client gets its share, between 4 and 12
 * generated requests), so that the run stays near a minute as the API grows.
 */
const REQUEST_BUDGET = 9000;
const runsPerOperation = (operations: number, clients: number) =>
  Math.max(4, Math.min(12, Math.floor(REQUEST_BUDGET / Math.max(1, operations * clients))));
const SEED = 20261202;

const NASTY_STRINGS = [
  '\u0000',
  'Jan\u0000Kowalski',
  '\uD800',
  'a\uDC00b',
  '\uDBFF',
  '',
  ' ',
  'x'.repeat(5000),
  '0000-01',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '0001-01-01',
  '-2026-01-01',
  '2026-13',
  "' or 1=1 --",
  '../../etc/passwd',
  'Zażółć gęślą jaźń 😀',
  'null',
  '1e309',
];
const NASTY_NUMBERS = [
  0,
  -1,
  0.5,
  2147483647,
  2147483648,
  -2147483649,
  3000000000,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  1e308,
  -1e308,
];
const NASTY_ANY: unknown[] = [null, true, [], {}, '1', 1, [null], { a: '\u0000' }];

const nasty = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom(...NASTY_ANY),
);

function types(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/**
 * A value for the schema: mostly well-formed (so a request gets past the first check and reaches the
 * database), now and then hostile but of the right type (NUL, year 0000, int4 overflow), rarely of the
 * wrong type.
 */
function valueFor(schema: Schema, ids: () => string[], depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: wellFormed(schema, ids, depth) },
    { weight: 3, arbitrary: hostile(schema) },
    { weight: 1, arbitrary: nasty },
  );
}

const HOSTILE_TEXT = ['\u0000', 'Jan\u0000Kowalski', '\uD800', 'a\uDC00b', 'Anna \uDBFF', 'x'.repeat(5000)];
const HOSTILE_DATES = ['0000-01-01', '0001-01-01', '0000-02-29', '9999-12-31', '1899-12-31', '2101-01-01'];
const HOSTILE_MONTHS = ['0000-01', '0001-12', '9999-12', '1899-12', '2101-01'];

/** A value of the schema's own type that the database or a document cannot take. */
function hostile(schema: Schema): fc.Arbitrary<unknown> {
  const kinds = types(schema);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map(hostile));
  if (kinds.includes('integer') || kinds.includes('number')) return fc.constantFrom(...NASTY_NUMBERS);
  if (kinds.includes('string')) {
    if (schema.format === 'date') return fc.constantFrom(...HOSTILE_DATES);
    if (schema.pattern?.includes('(0[1-9]|1[0-2])$')) return fc.constantFrom(...HOSTILE_MONTHS);
    return fc.constantFrom(...HOSTILE_TEXT);
  }
  return nasty;
}

function stringFor(schema: Schema, ids: () => string[]): fc.Arbitrary<string> {
  if (schema.format === 'uuid')
    return fc.oneof(
      fc.constant(null).map(() => {
        const pool = ids();
        return pool[Math.floor(Math.random() * pool.length)] ?? '00000000-0000-0000-0000-000000000000';
      }),
      fc.uuid(),
    );
  if (schema.format === 'date')
    return fc.oneof(
      fc.constantFrom('2026-05-04', '2026-05-31', '2026-01-01', '2025-12-31', '1990-02-28'),
      fc
        .date({ min: new Date('1850-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length < 300);
    } catch {
      /* a pattern fast-check cannot read: fall back to plain text */
    }
  }
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  return fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength });
}

function wellFormed(schema: Schema, ids: () => string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => wellFormed(s, ids, depth)));
  if (schema.allOf?.length) return wellFormed(schema.allOf[0]!, ids, depth);
  const kinds = types(schema);
  if (kinds.length > 1) return fc.oneof(...kinds.map((type) => wellFormed({ ...schema, type }, ids, depth)));
  switch (kinds[0]) {
    case 'string':
      return stringFor(schema, ids);
    case 'integer':
      return fc.oneof(
        fc.integer({
          min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
          max: Math.min(schema.maximum ?? 1000, 2 ** 31 - 1),
        }),
        fc.constantFrom(...NASTY_NUMBERS),
      );
    case 'number':
      return fc.oneof(
        fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true }),
        fc.constantFrom(...NASTY_NUMBERS),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4 || !schema.items) return fc.constant([]);
      const min = schema.minItems ?? 0;
      return fc.array(valueFor(schema.items, ids, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, 3),
      });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) record[key] = valueFor(value, ids, depth + 1);
      const requiredKeys = Object.keys(properties).filter((k) => required.has(k));
      const base = fc.record(record, { requiredKeys });
      if (!Object.keys(properties).length && typeof schema.additionalProperties === 'object') {
        const keys = schema.propertyNames
          ? stringFor(schema.propertyNames, ids)
          : fc.string({ maxLength: 10 });
        return fc.dictionary(keys, valueFor(schema.additionalProperties, ids, depth + 1), { maxKeys: 3 });
      }
      return fc.oneof(
        { weight: 5, arbitrary: base },
        { weight: 1, arbitrary: base.map((o) => ({ ...o, 'unexpected\u0000': 1 })) },
      );
    }
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

const asParameter = (value: unknown): string =>
  typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate goes out as its raw (WTF-8) bytes, as
 * an attacker would.
 */
function encode(text: string): string {
  return text.replace(/[\s\S]/gu, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  });
}

function requestFor(op: Operation, ids: () => string[]): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => valueFor(p.schema, ids)));
  const queryArb = fc.tuple(
    ...queryParams.map((p) => (p.required ? valueFor(p.schema, ids) : fc.option(valueFor(p.schema, ids)))),
  );
  const bodyArb = op.body ? valueFor(op.body, ids) : fc.constant(undefined);
  return fc.tuple(pathArb, queryArb, bodyArb).map(([pathValues, queryValues, body]) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, encode(asParameter(pathValues[i]) || 'x'));
    });
    const search = queryParams
      .flatMap((p, i) => {
        const value = queryValues[i];
        return value === null || value === undefined ? [] : [`${p.name}=${encode(asParameter(value))}`];
      })
      .join('&');
    return { method: op.method, url: search ? `${url}?${search}` : url, body };
  });
}

function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }) {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
        ?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: content?.['application/json']?.schema,
        multipart:
          !!content?.['multipart/form-data'] || path.includes('/import') || path.endsWith('/documents'),
      });
    }
  }
  return operations;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// Signed-in fuzzing must not end its own sessions; anonymous callers are sent everything.
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-all']);

describe.each(testEngines())('fuzzing the API from its OpenAPI document (%s)', (engine) => {
  let h: ApiHarness;
  let clients: { name: string; client: ApiClient; relogin?: () => Promise<void> }[];
  const protectedIds = new Set<string>();
  const pool = new Set<string>();
  beforeAll(async () => {
    h = await createApiHarness(engine);
    const { c, workshopId } = await preparePayrollMonth(h.app, h.deps);
    await closeMay(c, workshopId);
    for (const role of ['ADMIN', 'DIRECTOR'] as const) {
      const me = (await c[role].get('/api/v1/me')).json();
      protectedIds.add(me.user.id);
    }
    clients = [
      { name: 'ADMIN', client: c.ADMIN },
      { name: 'DIRECTOR', client: c.DIRECTOR },
      { name: 'anonymous', client: new ApiClient(h.app) },
    ];
    // Harvest real ids (participants, programmes, referrals, workshops, assignments) for the paths.
    for (const url of ['/api/v1/participants', '/api/v1/workshops', '/api/v1/follow-ups?all=true']) {
      const body = (await c.DIRECTOR.get(url)).body;
      for (const id of body.match(UUID) ?? []) pool.add(id);
    }
    const people = (await c.DIRECTOR.get('/api/v1/participants')).json().items as { id: string }[];
    for (const person of people.slice(0, 3))
      for (const id of (await c.DIRECTOR.get(`/api/v1/participants/${person.id}/pathway`)).body.match(UUID) ??
        [])
        pool.add(id);
    for (const id of protectedIds) pool.delete(id);
  }, 180_000);
  afterAll(() => h?.close());

  it('answers every generated request below 500', async () => {
    const started = Date.now();
    const document = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(50);
    const ids = () => [...pool];
    const failures: string[] = [];
    let sent = 0;
    const statuses: Record<number, number> = {};

    const runs = runsPerOperation(operations.length, clients.length);
    for (const [index, op] of operations.entries()) {
      const requests = fc.sample(requestFor(op, ids), { numRuns: runs, seed: SEED + index });
      for (const { name, client } of clients) {
        if (name !== 'anonymous' && SESSION_ENDING.has(`${op.method} ${op.path}`)) continue;
        for (const request of requests) {
          const response = await client.request(
            request.method as 'GET',
            request.url,
            op.multipart ? undefined : request.body,
          );
          sent++;
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
          if (response.statusCode >= 500)
            failures.push(
              `${name} ${request.method} ${request.url} ${JSON.stringify(request.body)?.slice(0, 300)} → ` +
                `${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          else if (response.statusCode < 300) for (const id of response.body.match(UUID) ?? []) pool.add(id);
          for (const id of protectedIds) pool.delete(id);
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz (${engine}): ${sent} requests, ${failures.length} ≥ 500, ${seconds.toFixed(1)} s`,
      statuses,
    );
    expect(failures).toEqual([]);
  }, 240_000);
});
