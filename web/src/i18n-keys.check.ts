/**
 * Compile-time check, never imported: the dictionary's keys are a closed set. `npx tsc -p web` fails if a
 * key that is not in the dictionary compiles (the directive below would then be unused).
 */
import { t } from './i18n';

export function keysAreChecked() {
  // @ts-expect-error a key missing from the dictionary is a type error
  return t('no.such.key');
}
