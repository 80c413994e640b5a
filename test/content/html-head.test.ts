/** Every built page carries the basics for search engines and link previews. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../support/browser-free';
import { distDir } from '../support/dist-dir';

function attr(html: string, pattern: RegExp): string {
  return pattern.exec(html)?.[1] ?? '';
}

describe('page metadata in the built HTML', () => {
  const paths = sitePaths().filter((p) => p !== '/404.html');
  it('covers every page of the sitemap', () => {
    expect(paths.length).toBeGreaterThan(20);
  });
  it('every page has lang nl, one h1, a unique title, a description, a canonical URL and Open Graph tags', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const path of paths) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const title = attr(html, /<title>([^<]*)<\/title>/);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      if (attr(html, /<html lang="([^"]+)"/) !== 'nl') problems.push(`${path}: lang`);
      if (attr(html, /<meta name="description" content="([^"]*)"/).length < 20) problems.push(`${path}: description`);
      if (!canonical || new URL(canonical).pathname !== path) problems.push(`${path}: canonical ${canonical}`);
      if (!attr(html, /<meta property="og:title" content="([^"]+)"/)) problems.push(`${path}: og:title`);
      if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push(`${path}: number of h1`);
      if (titles.has(title)) problems.push(`${path}: same title as ${titles.get(title)}`);
      titles.set(title, path);
    }
    expect(problems).toEqual([]);
  });
  it('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
