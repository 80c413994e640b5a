// `npm run bench`: builds the site with 1,000 and 5,000 synthetic entries
// (municipal examples and cards) and reports pages per second, peak memory and
// index size, to show that the cost of a build grows about linearly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthetischeContent } from './bench/synthetic-content.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);

function dirSize(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

const rows = [];
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `kennisbank-bench-${n}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  synthetischeContent(content, n);
  console.log(`Bouwen met ${n} extra items...`);
  const result = spawnSync('node', ['scripts/bench/build-once.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const meting = JSON.parse(result.stdout.trim().split('\n').at(-1));
  const paginas = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  rows.push({ n, paginas, ...meting, index: dirSize(join(out, 'pagefind')) });
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `\n${'items'.padStart(6)} ${"pagina's".padStart(9)} ${'seconden'.padStart(9)} ${'pag/s'.padStart(7)} ${'piek MB'.padStart(8)} ${'index MB'.padStart(9)}`,
);
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(6)} ${String(r.paginas).padStart(9)} ${r.seconden.toFixed(1).padStart(9)} ${(r.paginas / r.seconden).toFixed(0).padStart(7)} ${r.piekGeheugenMB.toFixed(0).padStart(8)} ${(r.index / 1048576).toFixed(1).padStart(9)}`,
  );
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows.at(-1)];
  const groei = b.seconden / a.seconden / (b.paginas / a.paginas);
  console.log(`\nTijd per pagina bij ${b.n} items t.o.v. ${a.n}: ${groei.toFixed(2)}x (1,0 = precies lineair)`);
}
