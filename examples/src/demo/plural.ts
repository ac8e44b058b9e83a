/** `1 key`, `3 keys`; `plural(2, "entry", "entries")` for irregular words. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
