import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { polishDate } from '../../src/domain/calendar';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi } from '../factories/pathway.factory';

const year = Number(polishDate(new Date()).slice(0, 4));

/** Polls a job until it is over. */
async function finished(client: ApiClient, id: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = (await client.get(`/api/v1/jobs/${id}`)).json();
    if (job.status === 'DONE' || job.status === 'FAILED') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(testEngines())('the annual reports job on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    await admitThroughApi(c.DIRECTOR);
    await admitThroughApi(c.DIRECTOR);
  });
  afterAll(() => h.close());

  it("computes the year's report of every centre the caller reports on, the same figures as the report", async () => {
    expect((await c.SOCIAL_WORKER.post('/api/v1/jobs/annual-reports', { year })).statusCode).toBe(403);
    const future = await c.DIRECTOR.post('/api/v1/jobs/annual-reports', { year: year + 1 });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('REPORT_YEAR_NOT_STARTED');
    const queued = await c.DIRECTOR.post('/api/v1/jobs/annual-reports', { year });
    expect(queued.statusCode, queued.body).toBe(202);
    const job = await finished(c.DIRECTOR, queued.json().id);
    expect(job).toMatchObject({ status: 'DONE', progress: { done: 1, total: 1 } });
    const report = (await c.DIRECTOR.get(`/api/v1/reports/annual/${year}`)).json();
    const centreId = (await c.DIRECTOR.get('/api/v1/me')).json().currentCentreId;
    expect(job.result.reports).toEqual([
      {
        centreId,
        centreType: 'CIS',
        participants: 2,
        economicallyIndependent: report.economicallyIndependent.total,
        benefitsPaidGrosze: report.finance.benefitsPaidGrosze,
        bonusesPaidGrosze: report.finance.bonusesPaidGrosze,
        warnings: report.warnings.length,
      },
    ]);
    // Another centre's director gets only their own centre's figures (nobody there).
    const theirs = await finished(
      other,
      (await other.post('/api/v1/jobs/annual-reports', { year })).json().id,
    );
    expect(theirs.result.reports).toHaveLength(1);
    expect(theirs.result.reports[0]).toMatchObject({ participants: 0 });
    expect(theirs.result.reports[0].centreId).not.toBe(centreId);
  });
});
