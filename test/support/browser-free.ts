/** Helpers for tests that read the built site from disk, without a browser. */
import { readFileSync } from 'node:fs';
import { distDir } from './dist-dir';

/** All page paths of the built site, from its sitemap, plus the 404 page. */
export function sitePaths(): string[] {
  const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html'];
}
