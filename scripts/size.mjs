// `npm run size`: gzip weight of every built page, summarised per page type,
// with the budgets. Exits with 1 when a page breaks a budget.
import { BUDGETS, budgetBreaches, pagePaths, pageWeight } from './lib/site.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const weights = pagePaths(dist).map((path) => pageWeight(dist, path));
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

const byType = new Map();
for (const w of weights) byType.set(w.type, [...(byType.get(w.type) ?? []), w]);

console.log(
  `Budgetten (gzip): HTML ${kb(BUDGETS.html)} kB (printvellen ${kb(BUDGETS.htmlPrintvellen)} kB), CSS ${kb(BUDGETS.css)} kB, JS tekstpagina ${kb(BUDGETS.jsTekst)} kB, JS interactief ${kb(BUDGETS.jsInteractief)} kB\n`,
);
console.log(
  `${'paginatype'.padEnd(16)} ${'aantal'.padStart(6)} ${'HTML max'.padStart(9)} ${'CSS max'.padStart(8)} ${'JS max'.padStart(8)}  zwaarste pagina`,
);
for (const [type, list] of [...byType].sort()) {
  const max = (key) => Math.max(...list.map((w) => w[key]));
  const heaviest = list.reduce((a, b) => (b.html > a.html ? b : a));
  console.log(
    `${type.padEnd(16)} ${String(list.length).padStart(6)} ${kb(max('html'))} kB ${kb(max('css'))} kB ${kb(max('js'))} kB  ${heaviest.path}`,
  );
}
const breaches = weights.flatMap(budgetBreaches);
console.log(
  breaches.length
    ? `\nBudget overschreden:\n${breaches.join('\n')}`
    : `\nAlle ${weights.length} pagina's binnen budget.`,
);
process.exit(breaches.length ? 1 : 0);
