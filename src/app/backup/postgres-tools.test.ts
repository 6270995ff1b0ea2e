import { describe, expect, it } from 'vitest';
import { libpqEnv } from './postgres-tools';

describe('libpqEnv: the connection for pg_dump in its environment, not on its command line', () => {
  it.each([
    [
      'postgres://reintegra:p%40ss%3Aw%2Frd@db.gmina.pl:6432/cis_boleslawiec?sslmode=require',
      {
        PGHOST: 'db.gmina.pl',
        PGPORT: '6432',
        PGUSER: 'reintegra',
        PGPASSWORD: 'p@ss:w/rd',
        PGDATABASE: 'cis_boleslawiec',
        PGSSLMODE: 'require',
      },
    ],
    [
      'postgres://postgres@127.0.0.1:5433/postgres',
      { PGHOST: '127.0.0.1', PGPORT: '5433', PGUSER: 'postgres', PGDATABASE: 'postgres' },
    ],
    [
      'postgresql:///reintegra?host=/var/run/postgresql',
      { PGHOST: '/var/run/postgresql', PGDATABASE: 'reintegra' },
    ],
  ])('%s', (url, env) => {
    expect(libpqEnv(url)).toEqual(env);
  });
});
