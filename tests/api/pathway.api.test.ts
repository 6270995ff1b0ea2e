import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import {
  type ApiClient,
  clientFor,
  createApiHarness,
  seedCentre,
  type ApiHarness,
  signInEveryRole,
} from '../support/api';
import { testEngines } from '../support/db';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';

const person = buildPerson;
const referral = buildReferral;
const decision = buildDecision;
const ipzs = buildIpzs;

describe.each(testEngines())('participant pathway on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(() => h.close());

  async function register(overrides: Record<string, unknown> = {}) {
    const r = await c.SOCIAL_WORKER.post('/api/v1/participants', person(overrides));
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  }
  async function toEligible(overrides: Record<string, unknown> = {}) {
    const id = await register(overrides);
    const ref = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/referrals`, referral());
    expect(ref.statusCode, ref.body).toBe(201);
    const dec = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${id}/eligibility-decisions`,
      decision(ref.json().id),
    );
    expect(dec.statusCode, dec.body).toBe(201);
    return { id, referralId: ref.json().id as string, decision: dec.json() };
  }
  async function toActive() {
    const e = await toEligible();
    const p = await c.SOCIAL_WORKER.post(`/api/v1/participants/${e.id}/programmes`, ipzs());
    expect(p.statusCode, p.body).toBe(201);
    const signed = await c.DIRECTOR.post(`/api/v1/participants/${e.id}/programmes/${p.json().id}/sign`, {
      signedOn: '2026-02-02',
      version: p.json().version,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    return { ...e, programme: signed.json() };
  }
  const fieldsOf = (r: { json(): any }) =>
    r.json().error.details.fields as { path: string; code: string; message: string }[];

  it('takes a person from referral to an eligible decision with every reason and article', async () => {
    const { id, decision: d } = await toEligible();
    expect(d.outcome).toBe('ELIGIBLE');
    expect(d.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ effect: 'qualifies', article: expect.stringContaining('art. 1 ust. 2') }),
      ]),
    );
    const pathway = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/pathway`)).json();
    expect(pathway.referrals[0]).toMatchObject({ status: 'ELIGIBLE', opsOpinionRequired: true });
    expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}`)).json()).toMatchObject({
      status: 'ELIGIBLE',
      eligibilityGroups: ['LONG_TERM_UNEMPLOYED'],
    });
  });

  it('refuses a referral by an institution without consent, at the field, saving nothing', async () => {
    const id = await register();
    const r = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${id}/referrals`,
      referral({ consentGiven: false, consentOn: null }),
    );
    expect(r.statusCode).toBe(400);
    expect(fieldsOf(r)).toEqual([
      expect.objectContaining({
        path: 'consentGiven',
        code: 'CONSENT_REQUIRED',
        message: expect.stringContaining('zgody'),
      }),
    ]);
    expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/pathway`)).json().referrals).toEqual([]);
    const own = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${id}/referrals`,
      referral({ applicantType: 'SELF', consentGiven: false, consentOn: null }),
    );
    expect(own.statusCode, own.body).toBe(201);
  });

  it(
    'records a refusal with its reasons (an excluding benefit, a missing OPS ' +
      'opinion, PUP for a non-unemployed person)',
    async () => {
      const id = await register();
      const ref = (
        await c.SOCIAL_WORKER.post(
          `/api/v1/participants/${id}/referrals`,
          referral({
            referringBodyKind: 'PUP',
            referringBody: 'Powiatowy Urząd Pracy w Bolesławcu',
            opsOpinionOn: null,
            opsOpinion: null,
          }),
        )
      ).json();
      const r = await c.SOCIAL_WORKER.post(
        `/api/v1/participants/${id}/eligibility-decisions`,
        decision(ref.id, { groups: ['HOMELESS'], declaredBenefits: ['RETIREMENT_PENSION'] }),
      );
      expect(r.statusCode, r.body).toBe(201);
      const body = r.json();
      expect(body.outcome).toBe('REFUSED');
      expect(
        body.reasons
          .filter((x: { effect: string }) => x.effect === 'blocks')
          .map((x: { code: string }) => x.code),
      ).toEqual(expect.arrayContaining(['OPS_OPINION_MISSING', 'PUP_ONLY_LONG_TERM_UNEMPLOYED']));
      expect(
        body.reasons.some(
          (x: { effect: string; article: string }) =>
            x.effect === 'blocks' && x.article.includes('art. 1 ust. 3'),
        ),
      ).toBe(true);
      expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}`)).json().status).toBe('REFUSED');
      const letter = await c.SOCIAL_WORKER.get(
        `/api/v1/participants/${id}/referrals/${ref.id}/status-letter.pdf`,
      );
      expect(letter.statusCode).toBe(200);
      expect(letter.headers['content-type']).toBe('application/pdf');
      expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it('refuses an IPZS with 29 weekly hours and an admission before the referral', async () => {
    const { id } = await toEligible();
    const r29 = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${id}/programmes`,
      ipzs({ weeklyHours: 29 }),
    );
    expect(r29.statusCode).toBe(400);
    expect(fieldsOf(r29)).toEqual([
      expect.objectContaining({
        path: 'weeklyHours',
        code: 'WEEKLY_HOURS_TOO_LOW',
        message: expect.stringContaining('art. 14'),
      }),
    ]);
    const early = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${id}/programmes`,
      ipzs({ admissionDate: '2026-01-02' }),
    );
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early).map((f) => f.code)).toContain('ADMISSION_BEFORE_REFERRAL');
    expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/pathway`)).json().programmes).toEqual([]);
  });

  it('cannot start before the IPZS is signed; only the director signs', async () => {
    const { id } = await toEligible();
    const p = (await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes`, ipzs())).json();
    expect(p).toMatchObject({
      status: 'DRAFT',
      trialLastDay: '2026-03-01',
      plannedEnd: '2027-02-01',
      number: expect.stringMatching(/^IPZS\/2026\/\d{4}$/),
    });
    expect(
      (
        await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
          type: 'WITHDRAWAL',
          lastDay: '2026-02-10',
          version: p.version,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/sign`, {
          signedOn: '2026-02-02',
          version: p.version,
        })
      ).statusCode,
    ).toBe(403);
    const late = await c.DIRECTOR.post(`/api/v1/participants/${id}/programmes/${p.id}/sign`, {
      signedOn: '2026-02-03',
      version: p.version,
    });
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late)[0]).toMatchObject({ path: 'signedOn', code: 'ADMISSION_BEFORE_SIGNING' });
    const ok = await c.DIRECTOR.post(`/api/v1/participants/${id}/programmes/${p.id}/sign`, {
      signedOn: '2026-01-30',
      version: p.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await c.DIRECTOR.get(`/api/v1/participants/${id}`)).json()).toMatchObject({
      status: 'ACTIVE',
      statusSince: '2026-02-02',
    });
  });

  it('versions amendments (who, when, what, why) and extends up to the legal cap', async () => {
    const { id, programme: p } = await toActive();
    const noReason = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${id}/programmes/${p.id}`, {
      weeklyHours: 38,
      version: p.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)[0]).toMatchObject({ path: 'reason' });
    const amended = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${id}/programmes/${p.id}`, {
      weeklyHours: 38,
      workshop: 'Remontowo-budowlany',
      reason: 'Zmiana warsztatu na wniosek uczestniczki.',
      version: p.version,
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const a = amended.json();
    expect(a.versions.at(-1)).toMatchObject({
      changeKind: 'AMENDMENT',
      changedFields: ['warsztat', 'wymiar tygodniowy'],
      reason: 'Zmiana warsztatu na wniosek uczestniczki.',
      changedBy: expect.stringContaining('@'),
    });
    const stale = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${id}/programmes/${p.id}`, {
      weeklyHours: 36,
      reason: 'x',
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    const tooLong = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/extend`, {
      months: 13,
      reason: 'Potrzeba dalszej reintegracji.',
      version: a.version,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(fieldsOf(tooLong)[0]).toMatchObject({ code: 'EXTENSION_ABOVE_LIMIT' });
    const ext = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/extend`, {
      months: 6,
      reason: 'Potrzeba dalszej reintegracji zawodowej.',
      version: a.version,
    });
    expect(ext.statusCode, ext.body).toBe(200);
    expect(ext.json()).toMatchObject({
      extensionMonths: 6,
      plannedEnd: '2027-08-01',
      maxExtensionMonths: 12,
      limitEnd: '2028-02-01',
    });
    const pdf = await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/programmes/${p.id}/ipzs.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The number already says IPZS: the file is IPZS-2026-0001-…, never IPZS-IPZS-….
    expect(pdf.headers['content-disposition']).toMatch(/filename="?IPZS-\d{4}-\d{4}-/);
    expect(pdf.headers['content-disposition']).not.toContain('IPZS-IPZS');
  });

  it(
    'ends with employment: the IPZS continues up to 6 months without participation, ' +
      'then closes; certificate and follow-ups',
    async () => {
      const { id, programme: p } = await toActive();
      const before = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
        type: 'EMPLOYMENT',
        lastDay: '2026-01-15',
        eventDate: '2026-06-01',
        version: p.version,
      });
      expect(before.statusCode).toBe(400);
      expect(fieldsOf(before).map((f) => f.code)).toContain('EXIT_BEFORE_ADMISSION');
      const tooLong = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
        type: 'EMPLOYMENT',
        lastDay: '2026-05-29',
        eventDate: '2026-06-01',
        continuationUntil: '2026-12-15',
        version: p.version,
      });
      expect(fieldsOf(tooLong)[0]).toMatchObject({
        path: 'continuationUntil',
        code: 'CONTINUATION_TOO_LONG',
      });
      const exit = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
        type: 'EMPLOYMENT',
        lastDay: '2026-05-29',
        eventDate: '2026-06-01',
        continuationUntil: '2026-10-31',
        vocationalSkills: ['Przygotowywanie posiłków zgodnie z HACCP'],
        socialSkills: ['Punktualność'],
        version: p.version,
      });
      expect(exit.statusCode, exit.body).toBe(200);
      // 2026-10-31 is before today (2026-11-23 or later): the continuation has passed, so the
      // programme shows as closed.
      expect(exit.json()).toMatchObject({
        exitType: 'EMPLOYMENT',
        continuationUntil: '2026-10-31',
        certificateNumber: expect.stringMatching(/^ZAS\/\d{4}\/\d{4}$/),
      });
      expect(['CONTINUING', 'CLOSED']).toContain(exit.json().status);
      const pathway = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/pathway`)).json();
      expect(pathway.followUps.map((f: { label: string; dueOn: string }) => [f.label, f.dueOn])).toEqual([
        ['WEEKS_4', '2026-06-26'],
        ['MONTHS_6', '2026-11-29'],
      ]);
      expect(pathway.timeline.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining([
          'REGISTERED',
          'REFERRAL',
          'DECISION',
          'PROGRAMME_CREATED',
          'PROGRAMME_SIGNED',
          'PROGRAMME_EXIT',
        ]),
      );
      const cert = await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/programmes/${p.id}/certificate.pdf`);
      expect(cert.statusCode).toBe(200);
      expect(cert.headers['content-disposition']).toContain('zaswiadczenie-');
      const due = (await c.SOCIAL_WORKER.get('/api/v1/follow-ups?dueBy=2026-07-01')).json();
      const mine = due.items.find((f: { participantId: string }) => f.participantId === id);
      expect(mine).toMatchObject({ label: 'WEEKS_4', doneOn: null });
      const done = await c.SOCIAL_WORKER.post(`/api/v1/follow-ups/${mine.id}`, {
        doneOn: '2026-06-29',
        outcome: 'EMPLOYED',
        note: 'Pracuje w restauracji.',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}`)).json().status).toBe('EXITED');
    },
  );

  it('termination on ground 1–2 needs the director, a decision and the complaint information', async () => {
    const { id, programme: p } = await toActive();
    const missing = await c.DIRECTOR.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
      type: 'PERMANENT_ABANDONMENT',
      lastDay: '2026-04-10',
      version: p.version,
    });
    expect(missing.statusCode).toBe(400);
    expect(
      fieldsOf(missing)
        .map((f) => f.path)
        .sort(),
    ).toEqual(['complaintCourt', 'decisionNumber', 'decisionOn', 'justification']);
    const body = {
      type: 'PERMANENT_ABANDONMENT',
      lastDay: '2026-04-10',
      decisionNumber: 'CIS/D/3/2026',
      decisionOn: '2026-04-14',
      complaintCourt: 'Wojewódzki Sąd Administracyjny we Wrocławiu',
      justification: 'Nieobecność od 10 kwietnia bez kontaktu.',
      version: p.version,
    };
    expect(
      (await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, body)).statusCode,
    ).toBe(403);
    const ok = await c.DIRECTOR.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'CLOSED', closedOn: '2026-04-10' });
    const pdf = await c.DIRECTOR.get(`/api/v1/participants/${id}/programmes/${p.id}/decision.pdf`);
    expect(pdf.statusCode).toBe(200);
  });

  it('stores scans checksummed, refuses oversize and non-PDF/image files, audits each download', async () => {
    const id = await register();
    const upload = (bytes: Buffer, name: string, fields: Record<string, string> = { kind: 'REFERRAL' }) => {
      const boundary = '----reintegra' + Math.random().toString(16).slice(2);
      const parts = Object.entries(fields).map(([k, v]) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
      );
      const file = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ` +
            `application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return c.SOCIAL_WORKER.request(
        'POST',
        `/api/v1/participants/${id}/documents`,
        Buffer.concat([...parts, file]),
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
      );
    };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF\n')]);
    const ok = await upload(pdf, 'skierowanie MOPS.pdf');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'REFERRAL',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      fileName: 'skierowanie MOPS.pdf',
    });
    expect(ok.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const fake = await upload(Buffer.from('MZ\x90\x00 not a pdf at all'), 'wirus.pdf');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.details.fields[0]).toMatchObject({
      path: 'file',
      code: 'UNSUPPORTED_FILE_TYPE',
      message: expect.stringContaining('PDF'),
    });
    const big = await upload(
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 65)]),
      'duzy.pdf',
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    const list = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/documents`)).json().items;
    expect(list).toHaveLength(1);
    const evidence = {
      group: 'LONG_TERM_UNEMPLOYED',
      documentType: 'Zaświadczenie PUP o statusie bezrobotnego',
      documentNumber: 'PUP/123/2026',
      issuedOn: '2026-01-02',
    };
    const linked = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/evidence`, {
      ...evidence,
      documentId: list[0].id,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toMatchObject({ documentId: list[0].id, documentNumber: 'PUP/123/2026' });
    const dangling = await c.SOCIAL_WORKER.post(`/api/v1/participants/${id}/evidence`, {
      ...evidence,
      documentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(dangling.json().error.details.fields[0]).toMatchObject({ path: 'documentId', code: 'NOT_FOUND' });
    const download = await c.DIRECTOR.get(`/api/v1/participants/${id}/documents/${list[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['x-checksum-sha256']).toBe(list[0].sha256);
    const audit = (await c.DIRECTOR.get('/api/v1/audit?action=participant_document.read_sensitive')).json();
    expect(audit.items.some((e: { entityId: string }) => e.entityId === list[0].id)).toBe(true);
  });

  it('shows each role only its part of the pathway and nothing of another centre', async () => {
    const { id, programme: p } = await toActive();
    // Not in the instructor's workshop yet.
    expect((await c.INSTRUCTOR.get(`/api/v1/participants/${id}/pathway`)).statusCode).toBe(404);
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    const w = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: `Kuchnia ${id.slice(0, 8)}`,
        type: 'GASTRONOMY',
        instructorIds: [instructorId],
      })
    ).json();
    expect(
      (
        await c.SOCIAL_WORKER.post(`/api/v1/workshops/${w.id}/assignments`, {
          participantId: id,
          fromDate: '2026-02-02',
        })
      ).statusCode,
    ).toBe(201);
    const instructor = (await c.INSTRUCTOR.get(`/api/v1/participants/${id}/pathway`)).json();
    expect(instructor.referrals).toEqual([]);
    expect(instructor).not.toHaveProperty('decisions');
    expect(instructor.hidden).toEqual(['referrals', 'decisions', 'evidence', 'documents']);
    expect(instructor.programmes[0]).toMatchObject({
      workshop: 'Gastronomia',
      weeklyHours: 35,
      vocationalScope: '',
      socialScope: '',
    });
    expect((await c.INSTRUCTOR.post(`/api/v1/participants/${id}/referrals`, referral())).statusCode).toBe(
      403,
    );
    expect((await c.ACCOUNTANT.get(`/api/v1/participants/${id}/documents`)).statusCode).toBe(403);
    expect(
      (await c.INSTRUCTOR.get(`/api/v1/participants/${id}/programmes/${p.id}/ipzs.pdf`)).statusCode,
    ).toBe(403);
    for (const url of [
      `/api/v1/participants/${id}/pathway`,
      `/api/v1/participants/${id}/documents`,
      `/api/v1/participants/${id}/programmes/${p.id}/ipzs.pdf`,
    ]) {
      expect((await other.get(url)).statusCode).toBe(404);
    }
    expect(
      (
        await other.patch(`/api/v1/participants/${id}/programmes/${p.id}`, {
          workshop: 'x',
          reason: 'x',
          version: p.version,
        })
      ).statusCode,
    ).toBe(404);
    expect((await other.get('/api/v1/follow-ups?all=true')).json().items).toEqual([]);
  });

  it('filters the list by workshop, referrer and period ending soon', async () => {
    const { id } = await toActive();
    const byWorkshop = (await c.DIRECTOR.get('/api/v1/participants?workshop=gastro&pageSize=500')).json();
    expect(byWorkshop.items.map((x: { id: string }) => x.id)).toContain(id);
    expect(byWorkshop.items.find((x: { id: string }) => x.id === id)).toMatchObject({
      workshop: 'Gastronomia',
      plannedEnd: '2027-02-01',
    });
    expect(
      (await c.DIRECTOR.get('/api/v1/participants?workshop=ogrodnicza'))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).not.toContain(id);
    expect(
      (await c.DIRECTOR.get('/api/v1/participants?referrer=bolesławcu&pageSize=500'))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toContain(id);
    expect((await c.INSTRUCTOR.get('/api/v1/participants?referrer=OPS')).statusCode).toBe(403);
    // The programme ends on 2027-02-01; from 2026-11-23 that is within 100 days, and never within 0 days.
    const soon = (await c.DIRECTOR.get('/api/v1/participants?endingWithinDays=366&pageSize=500')).json();
    expect(soon.items.map((x: { id: string }) => x.id)).toContain(id);
  });

  it(
    'puts an eligible person on the waiting list when the centre is full, and ' +
      'refuses signing until a place frees',
    async () => {
      const active = (await c.DIRECTOR.get('/api/v1/participants?status=ACTIVE&pageSize=1')).json()
        .total as number;
      const centre = (await c.ADMIN.get('/api/v1/centre')).json();
      const patched = await c.ADMIN.patch('/api/v1/centre', {
        settings: { capacity: active },
        version: centre.version,
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const e = await toEligible();
      expect(e.decision).toMatchObject({ outcome: 'ELIGIBLE', waitingList: true });
      expect(e.decision.reasons.map((r: { code: string }) => r.code)).toContain('CENTRE_FULL');
      expect((await c.DIRECTOR.get(`/api/v1/participants/${e.id}`)).json().status).toBe('WAITING');
      const p = (await c.SOCIAL_WORKER.post(`/api/v1/participants/${e.id}/programmes`, ipzs())).json();
      const sign = await c.DIRECTOR.post(`/api/v1/participants/${e.id}/programmes/${p.id}/sign`, {
        signedOn: '2026-02-02',
        version: p.version,
      });
      expect(sign.statusCode).toBe(409);
      expect(sign.json().error.message).toContain('Brak wolnych miejsc');
    },
  );
});

describe('KIS: a social contract instead of an IPZS, with an individual duration', () => {
  let h: ApiHarness;
  let director: ApiClient;
  beforeAll(async () => {
    h = await createApiHarness();
    await seedCentre(h.deps, ['ADMIN']);
    director = await clientFor(
      h.app,
      (await seedCentre(h.deps, ['DIRECTOR'], { type: 'KIS', name: 'Klub Integracji Społecznej „Przystań”' }))
        .accounts.DIRECTOR,
    );
  });
  afterAll(() => h.close());

  it(
    'admits on a signed social contract, refuses an IPZS-style extension, and ' +
      'issues the KIS certificate',
    async () => {
      const id = (await director.post('/api/v1/participants', person())).json().id;
      const ref = (await director.post(`/api/v1/participants/${id}/referrals`, referral())).json();
      expect(
        (await director.post(`/api/v1/participants/${id}/eligibility-decisions`, decision(ref.id))).json()
          .outcome,
      ).toBe('ELIGIBLE');
      const missing = await director.post(`/api/v1/participants/${id}/programmes`, {
        admissionDate: '2026-02-02',
      });
      expect(missing.statusCode).toBe(400);
      expect(
        missing
          .json()
          .error.details.fields.map((f: { path: string }) => f.path)
          .sort(),
      ).toEqual(['contractNumber', 'plannedEnd']);
      const created = await director.post(`/api/v1/participants/${id}/programmes`, {
        admissionDate: '2026-02-02',
        contractNumber: 'KS/14/2026',
        contractOps: 'MOPS w Bolesławcu',
        contractFrom: '2026-01-20',
        contractTo: '2026-07-31',
        plannedEnd: '2026-07-31',
        workshop: 'Klub pracy',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        kind: 'KIS_CONTRACT',
        number: expect.stringMatching(/^KS\/2026\//),
        plannedEnd: '2026-07-31',
        trialLastDay: null,
        warnings: [],
      });
      const p = (
        await director.post(`/api/v1/participants/${id}/programmes/${created.json().id}/sign`, {
          signedOn: '2026-02-02',
          version: created.json().version,
        })
      ).json();
      expect(p.status).toBe('SIGNED');
      expect(
        (
          await director.post(`/api/v1/participants/${id}/programmes/${p.id}/extend`, {
            months: 3,
            reason: 'x',
            version: p.version,
          })
        ).statusCode,
      ).toBe(409);
      const longer = await director.patch(`/api/v1/participants/${id}/programmes/${p.id}`, {
        plannedEnd: '2026-10-31',
        reason: 'Kontrakt przedłużony przez OPS.',
        version: p.version,
      });
      expect(longer.statusCode, longer.body).toBe(200);
      expect(longer.json().plannedEnd).toBe('2026-10-31');
      const exit = await director.post(`/api/v1/participants/${id}/programmes/${p.id}/exit`, {
        type: 'COMPLETED',
        lastDay: '2026-10-31',
        socialSkills: ['Aktywne poszukiwanie pracy'],
        version: longer.json().version,
      });
      expect(exit.statusCode, exit.body).toBe(200);
      expect(exit.json()).toMatchObject({
        status: 'CLOSED',
        certificateNumber: expect.stringMatching(/^ZAS\//),
      });
    },
  );
});
