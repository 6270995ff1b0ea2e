import { useSyncExternalStore } from 'react';
import { zloty, zlotyEnglish } from '../../src/domain/polish-format';
import { ERROR_CATALOG } from '../../src/contracts/errors';
import { pl, type Messages, type PolishMessages } from './i18n-pl';

export type Lang = 'pl' | 'en';
// The core of the Polish dictionary is in the first load and each page's part arrives with the page
// (registerPolish); the English dictionary is its own chunk, loaded when it is chosen.
const polish: Messages = { ...pl };
const dictionaries: Partial<Record<Lang, Messages>> = { pl: polish };

/** A page's Polish texts, registered when its dictionary module is loaded (it calls this itself). */
export function registerPolish(texts: Messages): void {
  Object.assign(polish, texts);
}
const listeners = new Set<() => void>();

const stored: Lang =
  typeof localStorage !== 'undefined' && localStorage.getItem('reintegra.lang') === 'en' ? 'en' : 'pl';
let lang: Lang = 'pl';
document.documentElement.lang = lang;

async function load(next: Lang): Promise<void> {
  if (next === 'en' && !dictionaries.en) dictionaries.en = (await import('./i18n-en')).en;
}

/** Switches the language once its dictionary is loaded, so that no page shows a mix of both. */
export async function setLang(next: Lang): Promise<void> {
  await load(next);
  lang = next;
  localStorage.setItem('reintegra.lang', next);
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

/** The language chosen last time, loaded before the first render. */
export async function loadStoredLanguage(): Promise<void> {
  if (stored === 'en') await setLang('en').catch(() => undefined);
}

/** The language the pages are shown in now (sent with each request, so the server's field messages match). */
export const currentLang = (): Lang => lang;

export function useLang(): Lang {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => lang,
  );
}

/** Every key of the Polish dictionary: a literal key that is not there does not compile. */
export type MessageKey = keyof PolishMessages;
type Key = MessageKey;

/** Translates a key; `{name}` placeholders are filled from params; plural keys take `count`. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const entry = dictionaries[lang]?.[key] ?? polish[key] ?? key;
  let text: string;
  if (typeof entry === 'object') {
    const count = Number(params.count ?? 0);
    const category = new Intl.PluralRules(lang === 'pl' ? 'pl-PL' : 'en-GB').select(
      count,
    ) as keyof typeof entry;
    text = (entry[category] ?? entry.other) as string;
  } else text = entry;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A key made at run time (`jobs.status.${status}`): not checked by the compiler, so keep its prefix literal
 * and the values it takes in the dictionary; a missing one shows the key itself.
 */
export function td(key: string, params: Record<string, string | number> = {}): string {
  return t(key as Key, params);
}

/** The text for an API error code in the current language (the server's Polish message as fallback). */
export function errorText(code: string, serverMessage?: string): string {
  const known = ERROR_CATALOG[code as keyof typeof ERROR_CATALOG];
  if (lang === 'pl') return serverMessage ?? known?.pl ?? code;
  return known?.en ?? (dictionaries.en?.[`field.${code}` as Key] as string) ?? serverMessage ?? code;
}

/** A field error's text: the server's Polish message, or its English translation by code. */
export function fieldErrorText(code: string, serverMessage: string): string {
  if (lang === 'pl') return serverMessage;
  const translated = dictionaries.en?.[`field.${code}` as Key];
  return typeof translated === 'string' ? translated : serverMessage;
}

/** An amount in grosze as the reader's language writes it ("2069,32 zł" / "2,069.32 zł"); null → "—". */
export const formatMoney = (grosze: unknown) => {
  const amount = typeof grosze === 'number' ? grosze : null;
  return lang === 'pl' ? zloty(amount) : zlotyEnglish(amount);
};

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Warsaw',
  }).format(new Date(iso));
