import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each page's Polish texts arrive with the page (its dictionary registers itself when imported), so the
 * login page and the attendance register load only what they show. That holds only if every file that uses
 * a page dictionary's key imports that dictionary: a forgotten import would show the raw key to staff.
 * The navigation and the shared components use only the core dictionary (web/src/i18n-pl.ts).
 */
const WEB = join(import.meta.dirname, '../../web/src');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
const all = walk(WEB).filter((f) => /\.tsx?$/.test(f));
const keysOf = (file: string) =>
  new Set([...readFileSync(file, 'utf8').matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]!));
const dictionaries = all.filter((f) => /\.i18n\.ts$/.test(f)).map((file) => ({ file, keys: keysOf(file) }));
const core = keysOf(join(WEB, 'i18n-pl.ts'));
const users = all.filter((f) => !/\.i18n(-en)?\.ts$|\/i18n(-pl|-en)?\.ts$|\.check\.ts$/.test(f));

function used(text: string) {
  const literals = new Set([...text.matchAll(/['"`]([a-zA-Z][\w.-]*\.[\w.-]+)['"`]/g)].map((m) => m[1]!));
  const prefixes = [...text.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);
  return { literals, prefixes };
}
/** The dictionaries a file imports, directly or through the files it imports (relative imports only). */
function importedDictionaries(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const out = new Set<string>();
  for (const m of readFileSync(file, 'utf8').matchAll(/^import (?:[^'"]*from )?'(\.[^']+)';/gm)) {
    const base = resolve(dirname(file), m[1]!);
    const target = [`${base}.ts`, `${base}.tsx`, base].find((p) => all.includes(p));
    if (!target) continue;
    if (/\.i18n\.ts$/.test(target)) out.add(target);
    else for (const d of importedDictionaries(target, seen)) out.add(d);
  }
  return out;
}

describe('the Polish texts each page needs arrive with it', () => {
  it('finds the page dictionaries and the core', () => {
    expect(dictionaries.length).toBeGreaterThan(20);
    expect(core.size).toBeGreaterThan(100);
  });

  it('every file that uses a page dictionary key imports that dictionary', () => {
    const missing: string[] = [];
    for (const file of users) {
      const { literals, prefixes } = used(readFileSync(file, 'utf8'));
      const imported = importedDictionaries(file);
      for (const d of dictionaries) {
        const needs =
          [...literals].some((k) => d.keys.has(k) && !core.has(k)) ||
          prefixes.some(
            (p) => [...d.keys].some((k) => k.startsWith(p)) && ![...core].some((k) => k.startsWith(p)),
          );
        if (needs && !imported.has(d.file)) missing.push(`${relative(WEB, file)} → ${relative(WEB, d.file)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the first load (app, routes, main) needs no page dictionary', () => {
    for (const name of ['app.tsx', 'routes.tsx', 'routes-centre.tsx', 'routes-areas.tsx', 'main.tsx']) {
      const { literals } = used(readFileSync(join(WEB, name), 'utf8'));
      const outside = [...literals].filter((k) => !core.has(k) && dictionaries.some((d) => d.keys.has(k)));
      expect(outside, name).toEqual([]);
    }
  });
});
