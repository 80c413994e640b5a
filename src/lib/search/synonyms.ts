/**
 * Synonyms are added to the search index, not to the query: a page that says
 * "werkervaringsplek" is also indexed under "werkervaringsplaats". One index
 * query then finds both, and filter counts stay exact.
 */

/** Words of a text, lower case, split on anything that is not a letter or digit. */
export function woorden(tekst: string): string[] {
  return tekst
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The synonyms a text lacks, for every synonym group it uses, each repeated as
 * often as the group's words occur (at most `max` times), so a page that is
 * about a word ranks as well under its synonym as under the word itself.
 */
export function ontbrekendeSynoniemen(tekst: string, groepen: readonly (readonly string[])[], max = 8): string[] {
  const telling = new Map<string, number>();
  for (const w of woorden(tekst)) telling.set(w, (telling.get(w) ?? 0) + 1);
  const extra: string[] = [];
  for (const groep of groepen) {
    const keer = Math.min(
      max,
      groep.reduce((som, w) => som + (telling.get(w) ?? 0), 0),
    );
    if (keer === 0) continue;
    for (const w of groep) if (!telling.has(w)) for (let i = 0; i < keer; i++) extra.push(w);
  }
  return extra;
}

/** Checks the synonym file: a list of groups of at least two distinct lower-case words. */
export function controleerSynoniemen(data: unknown): string[][] {
  if (!Array.isArray(data)) throw new Error('content/synoniemen.json: verwacht een lijst met groepen.');
  return data.map((groep, i) => {
    if (!Array.isArray(groep) || groep.length < 2) {
      throw new Error(`content/synoniemen.json: groep ${i + 1} moet minstens twee woorden hebben.`);
    }
    for (const woord of groep) {
      if (typeof woord !== 'string' || woord !== woord.toLowerCase() || !/^[\p{L}\p{N}]+$/u.test(woord)) {
        throw new Error(
          `content/synoniemen.json: groep ${i + 1}: "${String(woord)}" moet één woord in kleine letters zijn.`,
        );
      }
    }
    return groep as string[];
  });
}
