/** Small helpers that turn data into Dutch sentences for chart summaries. */

/** "a", "a en b", "a, b en c". */
export function lijstInWoorden(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
