import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLED } from '../../src/app/privacy/anonymise-participant';
import { ANONYMISATION_STEPS, STEP_TABLES } from '../../src/app/privacy/anonymisation-steps';
import { OTHER_KIND_DEFS, OTHER_KINDS } from '../../src/app/privacy/others/other-kinds';
import type { DbHandle } from '../../src/db/connection';
import { createTestDb, testEngines } from '../support/db';

/**
 * Decision 0023: every module tells the privacy use cases about its own person data. A table added later
 * that holds a participant (a `participant_id` column) or a person's name or contact must be named by the
 * core anonymiser, a module's step (`src/app/privacy/steps/`) or a kind of non-participant
 * (`src/app/privacy/others/other-kinds.ts`) — or be listed below with the reason it is not a data subject's.
 */

/** Tables with a participant id whose rows hold no text about the person (ids, dates, hours, codes). */
const PARTICIPANT_LINKS_WITHOUT_TEXT: Record<string, string> = {
  workshop_assignments: 'przydział do warsztatu: daty i identyfikatory',
  social_activity_participants: 'udział w zajęciach: identyfikatory',
  retention_anonymisations: 'zatwierdzenia anonimizacji: pseudonim i daty',
};

/** Tables with name/contact columns that are not a data subject's of issue #14 (staff, institutions …). */
const NOT_SUBJECTS: Record<string, string> = {
  users: 'konta pracowników (rejestr upoważnień)',
  centres: 'dane centrum',
  partners: 'instytucje i firmy z rejestru partnerów',
  partner_contacts: 'osoby kontaktowe partnerów (dane służbowe)',
  staff_members: 'kadra centrum',
  audit_log: 'dziennik zdarzeń (czyszczony przez anonimizację po identyfikatorach i wartościach)',
  payroll_lines: 'listy wypłat (rdzeń anonimizacji)',
};

const PERSON_COLUMNS = new Set([
  'first_name',
  'last_name',
  'full_name',
  'guest_name',
  'donor_name',
  'holder_name',
  'pesel',
  'email',
  'phone',
]);

describe.each(testEngines())('privacy module steps cover every table of person data on %s', (engine) => {
  let handle: DbHandle;
  let columns: { t: string; c: string }[];
  beforeAll(async () => {
    handle = await createTestDb(engine);
    columns = (
      await sql<{ t: string; c: string }>`select c.table_name as t, c.column_name as c
        from information_schema.columns c join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = current_schema()`.execute(handle.db)
    ).rows;
  });
  afterAll(() => handle.close());

  it('names every table with a participant_id in the core, a step, or the list of links without text', () => {
    const tables = [...new Set(columns.filter((c) => c.c === 'participant_id').map((c) => c.t))].sort();
    expect(tables.length).toBeGreaterThan(15);
    const unnamed = tables.filter(
      (t) => !HANDLED.has(t) && !STEP_TABLES.has(t) && !(t in PARTICIPANT_LINKS_WITHOUT_TEXT),
    );
    expect(unnamed, 'a table holds participants but no privacy step names it (decision 0023)').toEqual([]);
  });

  it(
    'names every table with a name or contact column in a step, a kind of non-participant, ' +
      'or the list of non-subjects',
    () => {
      const kindTables = new Set(OTHER_KINDS.flatMap((k) => OTHER_KIND_DEFS[k].tables));
      const tables = [...new Set(columns.filter((c) => PERSON_COLUMNS.has(c.c)).map((c) => c.t))].sort();
      expect(tables).toEqual(expect.arrayContaining(['volunteers', 'art200_enrolments', 'event_persons']));
      const unnamed = tables.filter(
        (t) =>
          !HANDLED.has(t) &&
          t !== 'participants' &&
          !STEP_TABLES.has(t) &&
          !kindTables.has(t) &&
          !(t in NOT_SUBJECTS),
      );
      expect(unnamed, 'a table holds names or contacts that no privacy step or kind handles').toEqual([]);
    },
  );

  it(
    'lists each table once per step, every step with a module name, every kind ' +
      'with a dated rule and its source',
    () => {
      for (const step of ANONYMISATION_STEPS) {
        expect(step.module).toMatch(/^[a-z-]+$/);
        expect(new Set(step.tables).size).toBe(step.tables.length);
      }
      const existing = new Set(columns.map((c) => c.t));
      for (const t of [
        ...STEP_TABLES,
        ...OTHER_KINDS.flatMap((k) => [...OTHER_KIND_DEFS[k].tables, OTHER_KIND_DEFS[k].table]),
      ])
        expect(existing.has(t), `${t} does not exist`).toBe(true);
      for (const kind of OTHER_KINDS) {
        const { rule, label } = OTHER_KIND_DEFS[kind];
        expect(label.length).toBeGreaterThan(3);
        expect(rule.years).toBeGreaterThan(0);
        expect(rule.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(rule.source.length).toBeGreaterThan(40);
        // Uncertain rules say so in the words the director reads.
        if (!rule.certain) expect(rule.source).toMatch(/do potwierdzenia/);
      }
    },
  );
});
