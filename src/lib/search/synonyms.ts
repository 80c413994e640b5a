/**
 * Synonyms are added to the search index, not to the query: a page that says
 * "werkervaringsplek" is also indexed under "werkervaringsplaats". One index
 * query then finds both, and filter counts stay exact.
 */

/** Words of a text, lower case, split on anything that is not a letter or digit. */
export function woorden(tekst: string): Set<string> {
  return new Set(
    tekst
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** The synonyms a text lacks for every synonym group it uses. */
export function ontbrekendeSynoniemen(tekst: string, groepen: readonly (readonly string[])[]): string[] {
  const aanwezig = woorden(tekst);
  const extra = new Set<string>();
  for (const groep of groepen) {
    if (groep.some((w) => aanwezig.has(w))) groep.filter((w) => !aanwezig.has(w)).forEach((w) => extra.add(w));
  }
  return [...extra];
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
