/** Lower-cases and strips Polish (and other Latin) diacritics so that "Łukasz Żółć" matches "lukasz zolc". */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
}

/** A comparable key for a person's name: folded, single-spaced, "last first". */
export function personNameKey(firstName: string, lastName: string): string {
  return foldDiacritics(`${lastName} ${firstName}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
