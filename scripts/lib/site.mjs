// Facts about the built site on disk: its pages, their type, and what each
// page loads. Shared by `npm run size`, the budget test and the link check.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes, gzip-compressed, as agreed for the site. */
export const BUDGETS = {
  html: 14.6 * 1024,
  /**
   * The print sheet is the one exception: it carries the full text of every
   * card, front and back, so that printing all cards works without JavaScript.
   * Its text alone is about 10 kB compressed with the current 59 cards.
   */
  htmlPrintvellen: 20 * 1024,
  css: 12 * 1024,
  /** Text pages carry only the loader of the header search. */
  jsTekst: 2 * 1024,
  /** Pages with infographics, card selection or the zelfscan. */
  jsInteractief: 25 * 1024,
};

/** Page paths of the built site: the sitemap plus the 404 page. */
export function pagePaths(dist) {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...paths, '/404.html'];
}

export function htmlFile(dist, path) {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

/** Kind of page, for reporting and for the JavaScript budget. */
export function pageType(path) {
  const parts = path.split('/').filter(Boolean);
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const [first, second] = parts;
  const detail = {
    stappen: 'stap',
    aandachtspunten: 'aandachtspunt',
    'wat-werkt': 'thema',
    gemeenten: 'gemeente',
    werkwijzen: 'werkwijze',
    gesprekskaarten: second === 'printen' ? 'printen' : 'gesprekskaart',
  };
  if (second && detail[first]) return detail[first];
  if (
    ['stappen', 'wat-werkt', 'gemeenten', 'cijfers', 'zelfscan', 'zoeken', 'data', 'gesprekskaarten'].includes(first)
  ) {
    return first;
  }
  return first === 'aandachtspunten' || first === 'werkwijzen' ? 'overzicht' : 'pagina';
}

/** Page types whose purpose needs more than the search loader. */
export const INTERACTIEF = new Set([
  'home',
  'stappen',
  'wat-werkt',
  'gemeenten',
  'cijfers',
  'zelfscan',
  'zoeken',
  'gesprekskaarten',
  'printen',
]);

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

function staticImports(dist, file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import ... from "./x.js"` and `import "./x.js"`; dynamic import() loads later, on demand.
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
    staticImports(dist, join(dirname(file), m[1]), seen);
  }
}

/** What a page costs on first load: gzip sizes of its HTML, stylesheets and scripts. */
export function pageWeight(dist, path) {
  const html = readFileSync(htmlFile(dist, path));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const jsFiles = new Set();
  for (const src of scripts) staticImports(dist, join(dist, posix.normalize(src)), jsFiles);
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return {
    path,
    type: pageType(path),
    html: gz(html),
    css: css.reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0),
    js: [...jsFiles].reduce((sum, f) => sum + gz(readFileSync(f)), 0) + (inline ? gz(Buffer.from(inline)) : 0),
  };
}

/** Budget breaches of one page, as readable lines. */
export function budgetBreaches(weight) {
  const breaches = [];
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const htmlBudget = weight.type === 'printen' ? BUDGETS.htmlPrintvellen : BUDGETS.html;
  if (weight.html > htmlBudget) breaches.push(`${weight.path}: HTML ${kb(weight.html)} > ${kb(htmlBudget)}`);
  if (weight.css > BUDGETS.css) breaches.push(`${weight.path}: CSS ${kb(weight.css)} > ${kb(BUDGETS.css)}`);
  const jsBudget = INTERACTIEF.has(weight.type) ? BUDGETS.jsInteractief : BUDGETS.jsTekst;
  if (weight.js > jsBudget) breaches.push(`${weight.path}: JS ${kb(weight.js)} > ${kb(jsBudget)}`);
  return breaches;
}
