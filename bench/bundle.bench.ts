/**
 * First-load JavaScript of the web client, gzip-compressed, per page: the entry chunk with what it
 * imports statically, plus the page's own lazy chunk and its imports (from Vite's build manifest).
 * Builds the client first when dist/web is missing. Goal (issue #10): login and attendance ≤ 120 kB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  src?: string;
}

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist/web');

function closure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const k of keys) visit(k);
  return files;
}

const gzipKb = (files: Iterable<string>) =>
  [...files]
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;

export async function benchBundle() {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath))
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const page = (name: string) =>
    Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && k.endsWith(`pages/${name}.tsx`));
  const all = Object.values(manifest).map((c) => c.file);
  return [
    { name: 'web: all JavaScript (gzip)', value: gzipKb(all), unit: 'kB' },
    {
      name: 'web: first load of the login page (gzip)',
      value: gzipKb(closure(manifest, [entry, ...page('login')])),
      unit: 'kB',
      target: '≤ 120',
    },
    {
      name: 'web: first load of the attendance register (gzip)',
      value: gzipKb(closure(manifest, [entry, ...page('attendance')])),
      unit: 'kB',
      target: '≤ 120',
    },
  ];
}
