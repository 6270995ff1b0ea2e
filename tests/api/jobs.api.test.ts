import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { JOB_HANDLERS } from '../../src/jobs/handlers';
import { insertJobRun, runJob } from '../../src/jobs/job-runs';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

function multipart(file: { name: string; bytes: Buffer }, fields: Record<string, string>) {
  const boundary = `----reintegra${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          'Content-Type: text/csv\r\n\r\n',
      ),
      file.bytes,
      Buffer.from('\r\n'),
      ...parts,
      Buffer.from(`--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const CSV = Buffer.from(
  [
    'Imię;Nazwisko;PESEL;Data urodzenia;Płeć (K/M);Miejscowość',
    'Teresa;Kolejkowa;;12.06.1975;K;Bolesławiec',
    'Marek;Zadaniowy;;03.04.1979;M;Gromadka',
  ].join('\r\n') + '\r\n',
);

/** Polls a job until it is over. */
async function finished(client: ApiClient, id: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = (await client.get(`/api/v1/jobs/${id}`)).json();
    if (job.status === 'DONE' || job.status === 'FAILED' || Date.now() > deadline) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(testEngines())('long jobs on %s: queued, followed, run once', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(async () => {
    await h.deps.jobs?.stop();
    await h.close();
  });

  it('imports a previewed file in the background: 202 at once, then progress and the result', async () => {
    const form = (fields: Record<string, string>) => multipart({ name: 'lista.csv', bytes: CSV }, fields);
    const previewBody = form({});
    const preview = (
      await c.SOCIAL_WORKER.request(
        'POST',
        '/api/v1/participants/import/preview',
        previewBody.payload,
        previewBody.headers,
      )
    ).json();
    expect(preview).toMatchObject({ validCount: 2, errorCount: 0 });

    const wrong = form({ mapping: JSON.stringify(preview.mapping), sha256: '0'.repeat(64) });
    const refused = await c.SOCIAL_WORKER.request(
      'POST',
      '/api/v1/jobs/participant-import',
      wrong.payload,
      wrong.headers,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'sha256', code: 'FILE_CHANGED' });

    const body = form({ mapping: JSON.stringify(preview.mapping), sha256: preview.fileSha256 });
    const queued = await c.SOCIAL_WORKER.request(
      'POST',
      '/api/v1/jobs/participant-import',
      body.payload,
      body.headers,
    );
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json()).toMatchObject({ kind: 'participant-import', status: 'QUEUED', attempts: 0 });

    const job = await finished(c.SOCIAL_WORKER, queued.json().id);
    expect(job).toMatchObject({
      status: 'DONE',
      progress: { done: 1, total: 1 },
      result: { imported: 2, fileSha256: preview.fileSha256 },
      error: null,
      attempts: 1,
    });
    const list = (await c.DIRECTOR.get('/api/v1/participants?q=Kolejkowa')).json();
    expect(list.total).toBe(1);
    const row = await h.deps.db
      .selectFrom('job_runs')
      .select('payload')
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(row.payload).toBeNull(); // the uploaded file (personal data) is not kept

    expect((await other.get(`/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await c.INSTRUCTOR.get(`/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await c.DIRECTOR.get(`/api/v1/jobs/${job.id}`)).statusCode).toBe(200);
  });

  it('a failed import is a FAILED job with the same error the synchronous import gives', async () => {
    const previewBody = multipart({ name: 'lista.csv', bytes: CSV }, {});
    const preview = (
      await c.SOCIAL_WORKER.request(
        'POST',
        '/api/v1/participants/import/preview',
        previewBody.payload,
        previewBody.headers,
      )
    ).json();
    const body = multipart(
      { name: 'lista.csv', bytes: CSV },
      { mapping: JSON.stringify(preview.mapping), sha256: preview.fileSha256 },
    );
    const queued = await c.SOCIAL_WORKER.request(
      'POST',
      '/api/v1/jobs/participant-import',
      body.payload,
      body.headers,
    );
    const job = await finished(c.SOCIAL_WORKER, queued.json().id);
    // The same two people are in the centre now: the look-alikes must be acknowledged first.
    expect(job).toMatchObject({ status: 'FAILED', error: { code: 'POSSIBLE_DUPLICATE' }, result: null });
  });

  it('computes the payroll of every CIS of the caller in the background; staff without the role get 403', async () => {
    expect((await c.INSTRUCTOR.post('/api/v1/jobs/network-payroll', { month: '2026-05' })).statusCode).toBe(
      403,
    );
    expect((await c.ACCOUNTANT.post('/api/v1/jobs/network-payroll', { month: '2026-13' })).statusCode).toBe(
      400,
    );
    const queued = await c.ACCOUNTANT.post('/api/v1/jobs/network-payroll', { month: '2026-05' });
    expect(queued.statusCode, queued.body).toBe(202);
    const job = await finished(c.ACCOUNTANT, queued.json().id);
    expect(job).toMatchObject({ status: 'DONE', progress: { done: 1, total: 1 } });
    expect(job.result.computed).toHaveLength(1);
    expect((await c.ACCOUNTANT.get('/api/v1/payroll/2026-05')).statusCode).toBe(200);
  });

  it('a job delivered twice at once (two workers, a queue retry) runs exactly once', async () => {
    const me = (await c.ACCOUNTANT.get('/api/v1/me')).json();
    const ctx = {
      actor: { userId: me.user.id, centreId: me.currentCentreId, roles: ['ACCOUNTANT' as const] },
      actorEmail: me.user.email,
      ip: null,
    };
    const audits = async () =>
      Number(
        (
          await h.deps.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', 'payroll.compute')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await audits();
    const job = await insertJobRun(h.deps.db, {
      kind: 'network-payroll',
      ctx,
      params: { month: '2026-06', centreIds: [ctx.actor.centreId] },
    });
    await Promise.all(Array.from({ length: 5 }, () => runJob(h.deps, job.id, JOB_HANDLERS)));
    expect(await audits()).toBe(before + 1);
    const row = await h.deps.db
      .selectFrom('job_runs')
      .selectAll()
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });
  });
  it(
    'lists each user their own jobs, newest first with the failure in Polish; ' +
      'the director sees the centre’s',
    async () => {
      const worker = (await c.SOCIAL_WORKER.get('/api/v1/me')).json().user.email;
      const mine = (await c.SOCIAL_WORKER.get('/api/v1/jobs')).json();
      expect(mine.everyone).toBe(false);
      expect(mine.items.map((j: { kind: string }) => j.kind)).toEqual([
        'participant-import',
        'participant-import',
      ]);
      // Newest first: the second import (the look-alikes) failed with the synchronous import's message.
      expect(mine.items[0]).toMatchObject({
        status: 'FAILED',
        startedBy: worker,
        error: { code: 'POSSIBLE_DUPLICATE' },
      });
      expect(mine.items[0].error.message).toMatch(/[ąćęłńóśźż]/);
      expect(mine.items[1]).toMatchObject({
        status: 'DONE',
        result: { imported: 2 },
        progress: { done: 1, total: 1 },
      });
      for (const j of mine.items) expect(Object.keys(j)).not.toContain('payload');

      const accountant = (await c.ACCOUNTANT.get('/api/v1/jobs')).json();
      expect(new Set(accountant.items.map((j: { kind: string }) => j.kind))).toEqual(
        new Set(['network-payroll']),
      );
      expect(accountant.items).toHaveLength(2);

      const director = (await c.DIRECTOR.get('/api/v1/jobs')).json();
      expect(director.everyone).toBe(true);
      expect(director.items).toHaveLength(4);
      const times = director.items.map((j: { createdAt: string }) => j.createdAt);
      expect([...times].sort().reverse()).toEqual(times);

      expect((await c.INSTRUCTOR.get('/api/v1/jobs')).json().items).toEqual([]);
      expect((await other.get('/api/v1/jobs')).json().items).toEqual([]);
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/jobs' })).statusCode).toBe(401);
    },
  );
});
