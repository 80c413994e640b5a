/**
 * Reads content/ the way the Astro loaders do (JSON files, MDX frontmatter,
 * JSON arrays) and validates every entry with the real schemas, so content
 * rules can be tested in milliseconds without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections';
import { reference } from './schema-reference';

export interface LoadedEntry {
  id: string;
  filePath: string;
  // Entries are checked against their schema on load; tests read fields by name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

export interface LoadProblem {
  file: string;
  message: string;
}

function filesIn(dir: string, recursive: boolean, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive }).flatMap((d) =>
    d.isFile() && d.name.endsWith(ext) ? [join(d.parentPath, d.name)] : [],
  );
}

function frontmatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parseYaml(match[1]!) : {};
}

export function loadContent(root = process.env['CONTENT_DIR'] ?? 'content') {
  const problems: LoadProblem[] = [];
  const collections = {} as Record<CollectionName, LoadedEntry[]>;
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const schema = spec.schema(reference);
    const raw: { id: string; filePath: string; data: unknown }[] = [];
    try {
      if (spec.loader === 'file') {
        const filePath = join(root, spec.file);
        for (const item of JSON.parse(readFileSync(filePath, 'utf8')) as { id: string }[]) {
          raw.push({ id: item.id, filePath, data: item });
        }
      } else {
        const base = join(root, spec.folder);
        const ext = spec.pattern.endsWith('.json') ? '.json' : '.mdx';
        for (const filePath of filesIn(base, spec.pattern.startsWith('**'), ext)) {
          const text = readFileSync(filePath, 'utf8');
          const id = relative(base, filePath).slice(0, -ext.length).toLowerCase();
          raw.push({ id, filePath, data: ext === '.json' ? JSON.parse(text) : frontmatter(text) });
        }
      }
    } catch (error) {
      problems.push({ file: `${root}/${name}`, message: String(error) });
    }
    collections[name] = raw.flatMap((entry) => {
      const result = schema.safeParse(entry.data);
      if (result.success) return [{ ...entry, data: result.data }];
      for (const issue of result.error.issues) {
        problems.push({ file: entry.filePath, message: `${entry.id}: ${issue.path.join('.')}: ${issue.message}` });
      }
      return [];
    });
  }
  return { collections, problems };
}
