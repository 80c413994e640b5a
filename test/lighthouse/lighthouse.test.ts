/**
 * Lighthouse (mobile, simulated throttling) on one page of each type: 100 for
 * accessibility, best practices and SEO, at least 95 for performance. Runs on
 * its own, after the other tests, so CPU contention cannot skew the scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { distDir } from '../support/dist-dir';
import { startStaticServer } from '../support/static-server';

const PAGES = [
  '/',
  '/stappen/',
  '/stappen/matching/',
  '/aandachtspunten/gezondheid/',
  '/wat-werkt/',
  '/wat-werkt/taalvaardigheid/',
  '/gemeenten/',
  '/gemeenten/den-haag/',
  '/werkwijzen/werkervaringsplek/',
  '/gesprekskaarten/',
  '/gesprekskaarten/i-1/',
  '/cijfers/',
  '/zoeken/',
  '/bronnen/',
];

let chrome: chromeLauncher.LaunchedChrome;
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  server = await startStaticServer(distDir);
  chrome = await chromeLauncher.launch({ chromePath: findChromium()!, chromeFlags: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  chrome?.kill();
  server?.server.close();
});

describe('Lighthouse (mobile)', () => {
  it.each(PAGES)('%s scores 100/100/100 and performance >= 95', async (path) => {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const scores = Object.fromEntries(
      Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
    );
    const failing = Object.values(categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => result!.lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => `${c.id}: ${a.id} ${a.displayValue ?? ''}`),
    );
    console.log(`Lighthouse ${path}: ${JSON.stringify(scores)}`);
    expect(scores['accessibility'], failing.join('\n')).toBe(100);
    expect(scores['best-practices'], failing.join('\n')).toBe(100);
    expect(scores['seo'], failing.join('\n')).toBe(100);
    expect(scores['performance'], failing.join('\n')).toBeGreaterThanOrEqual(95);
  });
});
