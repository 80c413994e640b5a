/**
 * Checks every link between entries before a page is rendered. Astro only
 * logs a dangling `reference()`; here it stops the build, with the file and
 * the field named so an editor can fix it at once.
 */

interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface BrokenLink {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function isRef(value: unknown): value is { collection: string; id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

function walk(value: unknown, path: string, visit: (ref: { collection: string; id: string }, path: string) => void) {
  if (isRef(value)) return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key, visit);
  }
}

/** Every reference in `collections` whose target does not exist. */
export function vindKapotteVerwijzingen(collections: Record<string, EntryLike[]>): BrokenLink[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const broken: BrokenLink[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      walk(entry.data, '', (ref, field) => {
        if (!ids.get(ref.collection)?.has(ref.id)) {
          broken.push({ file: entry.filePath ?? `${name}/${entry.id}`, field, collection: ref.collection, id: ref.id });
        }
      });
    }
  }
  return broken;
}

export function meldKapotteVerwijzingen(broken: BrokenLink[]): string {
  return broken
    .map((b) => `${b.file}: veld "${b.field}" verwijst naar ${b.collection} "${b.id}", maar die bestaat niet.`)
    .join('\n');
}
