#!/usr/bin/env node
// Fails when a source line (tracked, or new and not ignored) is longer than 120 characters (issue #10).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const LIMIT = 120;
// Frozen migrations are not edited, even for layout (their SQL is what ran on every database).
// New files count before they are added (a helper's first commit once carried a 121-character line).
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mts', '*.mjs'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((f) => f && !f.startsWith('src/db/migrations/') && existsSync(f));
let count = 0;
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if ([...line].length > LIMIT) {
        count++;
        if (count <= 40) console.error(`${file}:${i + 1}: ${[...line].length} characters`);
      }
    });
}
if (count) {
  console.error(`${count} lines over ${LIMIT} characters (limit: ${LIMIT}).`);
  process.exit(1);
}
