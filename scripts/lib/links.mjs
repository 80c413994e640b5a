// Checks the links of the built site: every internal link and anchor must
// resolve, and link texts must say where they lead ("klik hier" does not).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFile, pagePaths } from './site.mjs';

/** Link texts that say nothing on their own. */
export const VAGE_TEKSTEN = [
  'klik hier',
  'hier',
  'lees meer',
  'meer',
  'lees verder',
  'verder',
  'link',
  'deze link',
  'meer info',
  'meer informatie',
  'klik',
];

const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

function idsOf(html) {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
}

/** Resolves an internal URL to a file of the built site, or undefined. */
function targetFile(dist, pathname) {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((f) => existsSync(f));
}

export function checkLinks(dist, site = 'http://localhost') {
  const broken = [];
  const vague = [];
  let checked = 0;
  const idCache = new Map();
  const ids = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file);
  };
  for (const path of pagePaths(dist)) {
    const html = readFileSync(htmlFile(dist, path), 'utf8');
    const base = new URL(path, site);
    for (const m of html.matchAll(/<(a|link|script|img|source|form)\b([^>]*)>/g)) {
      const attr = /\s(?:href|src|action)="([^"]*)"/.exec(m[2])?.[1];
      if (attr === undefined || attr.startsWith('mailto:') || attr.startsWith('data:')) continue;
      const url = new URL(decode(attr), base);
      if (url.origin !== base.origin) continue;
      checked += 1;
      const file = targetFile(dist, url.pathname);
      if (!file) broken.push(`${path}: ${attr} (bestaat niet)`);
      else if (url.hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path}: ${attr} (anker ontbreekt)`);
      }
    }
    for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = decode(m[1].replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
      const label = /aria-label="([^"]+)"/.exec(m[0])?.[1];
      if (!label && VAGE_TEKSTEN.includes(text.replace(/[.:!…]+$/, ''))) vague.push(`${path}: "${text}"`);
    }
  }
  return { checked, broken, vague };
}
