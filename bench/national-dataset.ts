/**
 * The synthetic national dataset (issue 15, reused by the networks bench of issue 19): ≈ 200 CIS and
 * 250 KIS spread over the 16 voivodeships by population (TERYT codes), ten years of people with
 * realistic sizes (a CIS 30–70 places, a KIS 20–40; about one intake of the places a year, 5–12 months
 * of participation), exits of every kind with outcomes and follow-ups, staff, workshops with class
 * programmes and locked months, a closed payroll per CIS month, the finance register (grants, own
 * income, expenses) with the estimate of the current year, and the daily attendance (CIS five days a
 * week, KIS three) — about 25 million rows at the default size.
 *
 * Built in PostgreSQL with set-based INSERT … SELECT over generate_series (no row leaves the server);
 * the attendance table's indexes are dropped while it fills and rebuilt after, and foreign keys and
 * triggers are not fired row by row (session_replication_role; the data is made consistent by
 * construction). Deterministic (setseed).
 * Needs a migrated, empty database. Fictional data only (no PESEL, invented names).
 */
import pg from 'pg';

export interface NationalOptions {
  cis?: number;
  kis?: number;
  firstYear?: number;
  years?: number;
  /** Today as the dataset sees it: programmes running past it are active, months before it are closed. */
  today?: string;
  attendance?: boolean;
  log?: (line: string) => void;
}

export interface NationalDataset {
  centres: { id: string; type: 'CIS' | 'KIS'; voivodeship: string; capacity: number }[];
  counts: Record<string, number>;
  seconds: number;
  today: string;
}

/** Voivodeship TERYT codes and population weights (millions, 2024, rounded). */
const VOIVODESHIPS: [string, number][] = [
  ['02', 2.87],
  ['04', 2.0],
  ['06', 2.0],
  ['08', 0.97],
  ['10', 2.35],
  ['12', 3.42],
  ['14', 5.5],
  ['16', 0.95],
  ['18', 2.08],
  ['20', 1.15],
  ['22', 2.35],
  ['24', 4.3],
  ['26', 1.18],
  ['28', 1.36],
  ['30', 3.48],
  ['32', 1.65],
];

/** The voivodeship of the i-th of n centres: the population's cumulative share, so the spread follows it. */
function voivodeshipOf(i: number, n: number): string {
  const total = VOIVODESHIPS.reduce((s, [, w]) => s + w, 0);
  const at = ((i * 7919) % n) / n;
  let acc = 0;
  for (const [code, w] of VOIVODESHIPS) {
    acc += w / total;
    if (at < acc) return code;
  }
  return VOIVODESHIPS[VOIVODESHIPS.length - 1]![0];
}

export async function buildNationalDataset(
  databaseUrl: string,
  options: NationalOptions = {},
): Promise<NationalDataset> {
  const cis = options.cis ?? 200;
  const kis = options.kis ?? 250;
  const first = options.firstYear ?? 2017;
  const years = options.years ?? 10;
  const today = options.today ?? `${first + years - 1}-12-02`;
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const t0 = performance.now();
    const r = await client.query(text, values);
    log(`${label}: ${r.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  };
  try {
    // Bulk load: foreign keys and triggers are not checked row by row (superuser only; else they run).
    await client.query('set session_replication_role = replica').catch(() => log('triggers stay on'));
    await client.query('set max_parallel_workers_per_gather = 0');
    await client.query('set synchronous_commit = off');
    await client.query("set work_mem = '256MB'");
    await client.query('select setseed(0.42)');
    await client.query(
      `create temp table params as select $1::date as today, $2::int as first_year,
      $3::int as last_year`,
      [today, first, first + years - 1],
    );

    const n = cis + kis;
    // Exactly `cis` CIS, interleaved with the KIS.
    const types = Array.from({ length: n }, (_, i) =>
      Math.floor((i * cis) / n) !== Math.floor(((i + 1) * cis) / n) ? 'CIS' : 'KIS',
    );
    const voiv = types.map((_, i) => voivodeshipOf(i, n));
    const caps = types.map((t, i) => (t === 'CIS' ? 30 + ((i * 37) % 41) : 20 + ((i * 13) % 21)));
    await step(
      'centres',
      `insert into centres (type, name, regon, nip, street, building_no, postal_code, city, gmina_code,
         founding_institution_name, founding_institution_type, status_date, settings)
       select t, (case t when 'CIS' then 'Centrum Integracji Społecznej nr ' else 'Klub Integracji
         Społecznej nr ' end) || i,
         lpad((100000000 + i)::text, 9, '0'), lpad((5000000000 + i)::text, 10, '0'), 'ul. Przykładowa', (1
           + i % 90)::text,
         v || '-' || lpad((i % 999)::text, 3, '0'), 'Miejscowość ' || i, v || lpad((1 + i % 20)::text, 2,
           '0') || '0' || (1 + i % 3)::text,
         'Gmina ' || i, case when i % 3 = 0 then 'NGO' else 'JST' end, make_date($1, 1, 1) - (i % 2000),
         jsonb_build_object('capacity', c)
       from (select t, v, c, i::int as i from unnest($2::text[], $3::text[], $4::int[]) with ordinality as
         u(t, v, c, i)) u`,
      [first - 1, types, voiv, caps],
    );
    await client.query(`create temp table nc as
      select id, type, (settings->>'capacity')::int as cap, substr(gmina_code, 1, 2) as voiv,
        row_number() over (order by regon) as ord, case when type = 'CIS' then 4 else 2 end as nw from centres`);
    await client.query(`create temp table nw as
      select gen_random_uuid() as id, c.id as centre_id, w from nc c, generate_series(1, c.nw) w`);
    await step(
      'workshops',
      `insert into workshops (id, centre_id, name, type, capacity)
       select id, centre_id, 'Warsztat ' || w, 'OTHER', 15 from nw`,
    );
    await step(
      'staff',
      `insert into staff_members (centre_id, full_name, sex, function, basis, fte_milli, conducts_classes, from_date)
       select c.id, 'Pracownik ' || c.ord || '-' || s, case when s % 2 = 0 then 'F' else 'M' end,
         case when s = 1 then 'DIRECTOR' when s = 2 then 'SOCIAL_WORKER' else 'INSTRUCTOR' end,
         case when s % 5 = 4 then 'CIVIL_CONTRACT' else 'EMPLOYMENT_CONTRACT' end,
         case when s % 4 = 3 then 500 else 1000 end, s > 2, make_date(p.first_year - 1, 1 + s % 12, 1)
       from nc c, params p, generate_series(1, 3 + ceil(c.cap / 8.0)::int) s`,
    );

    // One programme per person; admissions spread over the year, 5–12 months long (KIS 3–12).
    await client.query(`create temp table np as
      select gen_random_uuid() as pid, gen_random_uuid() as prid, c.id as centre_id, c.type, c.ord, y, k, c.nw,
        (make_date(y, 1, 2) + ((k - 1) * 355 / c.cap) + floor(random() * 5)::int) as admission,
        (case when c.type = 'CIS' then 150 + floor(random() * 215) else 90 + floor(random() * 270) end)::int as days,
        random() as r_exit, random() as r_group, random() as r_sex
      from nc c, params p, generate_series(p.first_year, p.last_year) y, generate_series(1, c.cap) k`);
    await client.query(
      `alter table np add column last_day date, add column exit_type text, add column ws uuid`,
    );
    await client.query(`update np set last_day = case when admission + days < (select today from params)
        then admission + days end,
      exit_type = case when admission + days >= (select today from params) then null
        when r_exit < 0.40 then 'COMPLETED' when r_exit < 0.60 then 'EMPLOYMENT'
        when r_exit < 0.63 then 'SOCIAL_COOPERATIVE' when r_exit < 0.66 then 'OWN_BUSINESS'
        when r_exit < 0.70 then 'PERSISTENT_VIOLATION' when r_exit < 0.76 then 'PERMANENT_ABANDONMENT'
        else 'WITHDRAWAL' end`);
    await client.query(
      `update np set ws = w.id from nw w where w.centre_id = np.centre_id and w.w = 1 + np.k % np.nw`,
    );
    await step(
      'participants',
      `insert into participants (id, centre_id, first_name, last_name, name_key, birth_date, sex, status,
         eligibility_groups, status_since)
       select pid, centre_id, 'Osoba', 'Krajowa ' || ord || '-' || y || '-' || k, 'osoba krajowa ' || ord
         || '-' || y || '-' || k,
         make_date(1960 + (k * 7 + y) % 40, 1 + k % 12, 1 + k % 28), case when r_sex < 0.42 then 'F' else 'M' end,
         case when last_day is null then 'ACTIVE' else 'EXITED' end,
         case when r_group < 0.30 then array['LONG_TERM_UNEMPLOYED'] when r_group < 0.45 then array['HOMELESS']
           when r_group < 0.60 then array['ALCOHOL_ADDICTION', 'LONG_TERM_UNEMPLOYED'] when r_group < 0.72
             then array['DISABILITY']
           when r_group < 0.82 then array['MENTAL_DISORDER'] when r_group < 0.88 then array['RELEASED_FROM_PRISON']
           when r_group < 0.92 then array['DRUG_ADDICTION'] when r_group < 0.94 then array['REFUGEE']
           else array['OTHER'] end,
         coalesce(last_day, admission)
       from np`,
    );
    await step(
      'programmes',
      `insert into programmes (id, centre_id, participant_id, kind, number, status, admission_date, planned_end,
         signed_on, workshop, weekly_hours, responsible_persons, exit_type, last_day, exit_event_date, closed_on)
       select prid, centre_id, pid, case when type = 'CIS' then 'IPZS' else 'KIS_CONTRACT' end,
         'P/' || y || '/' || k, case when last_day is null then 'SIGNED' else 'CLOSED' end, admission,
         admission + 364, admission, 'Warsztat ' || (1 + k % nw), 35, '[]', exit_type, last_day,
         case when exit_type in ('EMPLOYMENT', 'SOCIAL_COOPERATIVE', 'OWN_BUSINESS') then last_day + 1 end, last_day
       from np`,
    );
    await step(
      'assignments',
      `insert into workshop_assignments (centre_id, workshop_id, participant_id, from_date, to_date)
       select centre_id, ws, pid, admission, last_day from np`,
    );
    await step(
      'outcomes',
      `insert into participant_outcomes (centre_id, participant_id, programme_id, source, observed_on, work,
         employment_form, contract_type, social_effects)
       select centre_id, pid, prid, 'EXIT', last_day + 1,
         case exit_type when 'EMPLOYMENT' then 'EMPLOYMENT' when 'SOCIAL_COOPERATIVE' then 'SOCIAL_COOPERATIVE'
           when 'OWN_BUSINESS' then 'OWN_BUSINESS' else 'NONE' end,
         case when exit_type = 'EMPLOYMENT' then 'EMPLOYER' end,
         case when exit_type = 'EMPLOYMENT' then 'EMPLOYMENT_CONTRACT' end,
         case when r_sex < 0.5 and exit_type = 'COMPLETED' then array['HOUSING']
           when r_sex < 0.7 and exit_type = 'COMPLETED' then array['THERAPY_COMPLETED', 'SOCIAL_SKILLS']
           else array[]::text[] end
       from np where last_day is not null`,
    );
    await step(
      'follow-ups',
      `insert into follow_ups (centre_id, participant_id, programme_id, label, due_on, done_on, outcome)
       select np.centre_id, pid, prid, f.label, last_day + f.days,
         case when last_day + f.days < (select today from params) - 14 then last_day + f.days end,
         case when last_day + f.days < (select today from params) - 14 then
           case when exit_type = 'EMPLOYMENT' then 'EMPLOYED' else 'UNEMPLOYED' end end
       from np, (values ('WEEKS_4', 28), ('MONTHS_6', 182)) f(label, days)
       where last_day is not null and exit_type not in ('WITHDRAWAL', 'PERMANENT_ABANDONMENT', 'PERSISTENT_VIOLATION')`,
    );

    // Months: class programmes approved and attendance locked for every month before today's.
    await client.query(`create temp table nm as
      select to_char(m, 'YYYY-MM') as month, m::date as m_from, (m + interval '1 month - 1 day')::date as m_to
      from params p, generate_series(make_date(p.first_year, 1, 1), date_trunc('month', p.today) - interval '1 month',
        interval '1 month') m`);
    await step(
      'class programmes',
      `insert into class_programmes (centre_id, workshop_id, month, weekday_hours, status, updated_at)
       select w.centre_id, w.id, m.month, '[7,7,7,7,7,0,0]', 'APPROVED', now() from nw w, nm m`,
    );
    await step(
      'attendance months',
      `insert into attendance_months (centre_id, workshop_id, month, status, locked_at)
       select w.centre_id, w.id, m.month, 'LOCKED', now() from nw w, nm m`,
    );
    // CIS payroll: a line per person in classes in the month (benefit pro rata of days ÷ 30, a bonus for some).
    await client.query(`create temp table npm as
      select gen_random_uuid() as id, c.id as centre_id, m.month, m.m_from, m.m_to
      from nc c, nm m where c.type = 'CIS'`);
    await step(
      'payroll months',
      `insert into payroll_months (id, centre_id, month, status, rule_set, parameters, computed_at)
       select id, centre_id, month, 'DRAFT', 'UZS_2025', '{}', now() from npm`,
    );
    await step(
      'payroll lines',
      `insert into payroll_lines (centre_id, payroll_id, participant_id, kind, status, name, paid_in_cash, inputs,
         benefit_grosze, bonus_grosze, total_grosze)
       select x.centre_id, x.payroll_id, x.pid, 'BENEFIT', 'PAY', x.name, false, '{}', x.benefit, x.bonus,
         x.benefit + x.bonus
       from (
         select pm.centre_id, pm.id as payroll_id, np.pid, 'Osoba ' || np.k as name,
           (206628 * least(30, (least(coalesce(np.last_day, pm.m_to), pm.m_to) - greatest(np.admission,
             pm.m_from) + 1)) / 30)::int as benefit,
           case when (np.k + extract(month from pm.m_from)::int) % 9 = 0 then 15000 else 0 end as bonus
         from npm pm join np on np.centre_id = pm.centre_id
           and np.admission <= pm.m_to and coalesce(np.last_day, pm.m_to) >= pm.m_from
       ) x`,
    );
    await step(
      'payroll close',
      `update payroll_months pm set status = 'CLOSED', closed_at = now(),
         total_grosze = (select coalesce(sum(total_grosze), 0) from payroll_lines l where l.payroll_id = pm.id)`,
    );
    await step(
      'finance entries',
      `insert into finance_entries (centre_id, kind, occurred_on, amount_grosze, grantor_kind, grantor_name, category,
         income_source, description)
       select c.id, e.kind, make_date(y, mo, 10), e.amount * c.cap, e.grantor_kind, e.grantor_name,
         e.category, e.income_source,
         'Dokument ' || y || '/' || mo
       from nc c, params p, generate_series(p.first_year, p.last_year) y, generate_series(1, 12) mo,
         (values ('GRANT_RECEIVED', 250000, 'GMINA', 'Gmina', null, null), ('GRANT_USED', 240000, 'GMINA',
           'Gmina', 'WAGES', null),
           ('OWN_INCOME', 30000, null, null, null, 'SALES'), ('EXPENSE', 180000, null, null, 'WAGES', null),
           ('EXPENSE', 40000, null, null, 'MATERIALS_ENERGY', null), ('EXPENSE', 35000, null, null,
             'RENT_REPAIRS', null),
           ('EXPENSE', 25000, null, null, 'MEALS', null), ('EXPENSE', 8000, null, null, 'INSURANCE', null))
           e(kind, amount, grantor_kind, grantor_name, category, income_source)
       where make_date(y, mo, 10) < p.today`,
    );
    await step(
      'estimate',
      `insert into finance_plan_lines (centre_id, year, line, amount_grosze)
       select c.id, extract(year from p.today)::int, l.line, l.amount * c.cap * 12
       from nc c, params p, (values ('INCOME:GMINA', 250000), ('INCOME:OWN', 30000), ('EXPENSE:WAGES', 180000),
         ('EXPENSE:MEALS', 25000), ('EXPENSE:BENEFITS_BONUSES', 210000)) l(line, amount)`,
    );

    if (options.attendance !== false) {
      const defs = await client.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where tablename = 'attendance_entries'
           and indexname <> 'attendance_entries_pkey'`,
      );
      for (const d of defs.rows) await client.query(`drop index ${d.indexname}`);
      await client.query('alter table attendance_entries drop constraint attendance_entries_pkey');
      for (let y = first; y < first + years; y++)
        await step(
          `attendance ${y}`,
          `insert into attendance_entries (centre_id, participant_id, date, workshop_id, status, hours, meal)
           select np.centre_id, np.pid, d::date, np.ws,
             case when r < 0.90 then 'present' when r < 0.94 then 'sick' when r < 0.97 then 'day_off' else
               'unexcused' end,
             case when r < 0.90 then 7 else 0 end, r < 0.90
           from np, params p,
             lateral generate_series(greatest(np.admission, make_date($1, 1, 1)),
               least(coalesce(np.last_day, p.today - 1), make_date($1, 12, 31), p.today - 1), interval '1 day') d,
             lateral (select random() as r) rr
           where np.admission <= make_date($1, 12, 31) and coalesce(np.last_day, p.today) >= make_date($1, 1, 1)
             and extract(isodow from d) <= case when np.type = 'CIS' then 5 else 3 end`,
          [y],
        );
      const t0 = performance.now();
      await client.query('alter table attendance_entries add primary key (participant_id, date)');
      for (const d of defs.rows) await client.query(d.indexdef);
      log(`attendance indexes rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    await client.query('analyze');

    const counts: Record<string, number> = {};
    for (const t of [
      'centres',
      'participants',
      'programmes',
      'participant_outcomes',
      'follow_ups',
      'staff_members',
      'payroll_lines',
      'attendance_entries',
      'finance_entries',
    ])
      counts[t] = Number((await client.query(`select count(*)::bigint as n from ${t}`)).rows[0].n);
    const centres = (
      await client.query<{ id: string; type: 'CIS' | 'KIS'; voiv: string; cap: number }>(
        'select id, type, voiv, cap from nc order by ord',
      )
    ).rows.map((r) => ({ id: r.id, type: r.type, voivodeship: r.voiv, capacity: r.cap }));
    return { centres, counts, seconds: (performance.now() - started) / 1000, today };
  } finally {
    await client.end();
  }
}
