// `npm test`: everything that proves the site works, in one command.
// 1. make sure Chromium is there, 2. build the site with its search index,
// 3. run unit, content and browser tests, 4. print "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const chromium = ensureChromium();

console.log('\n== Site bouwen (astro build + pagefind)');
const started = Date.now();
if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.error('De build is mislukt; tests worden niet gestart.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`Build klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);

console.log('\n== Tests');
const report = join(mkdtempSync(join(tmpdir(), 'kennisbank-test-')), 'vitest.json');
const status = run(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'test/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { CHROMIUM_PATH: chromium },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = 1;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
