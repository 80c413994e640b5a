// `npm test`: everything that proves the site works, in one command.
// 1. make sure Chromium is there, 2. build the site with its search index,
// 3. run unit, content and browser tests, then Lighthouse on its own, 4. print "N passed, N failed".
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

console.log('\n== Site bouwen (astro build met zoekindex)');
const started = Date.now();
if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.error('De build is mislukt; tests worden niet gestart.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`Build klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);

console.log('\n== Tests');
const reportDir = mkdtempSync(join(tmpdir(), 'kennisbank-test-'));

/** Runs vitest for some projects and returns its JSON report. */
function vitest(name, projects) {
  const report = join(reportDir, `${name}.json`);
  const status = run(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'test/vitest.config.ts',
      ...projects.flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { CHROMIUM_PATH: chromium },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
    return { passed: json.numPassedTests, failed: status !== 0 && failed === 0 ? 1 : failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const main = vitest('main', ['unit', 'content', 'browser']);
// Lighthouse measures timing, so it runs alone, after everything else.
console.log('\n== Lighthouse');
const lh = vitest('lighthouse', ['lighthouse']);
const passed = main.passed + lh.passed;
const failed = main.failed + lh.failed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
