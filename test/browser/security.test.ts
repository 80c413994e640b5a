/**
 * The Content Security Policy (meta tag and _headers) allows no inline script.
 * Every interactive part must work under it: no violation, no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage } from '../support/browser';
import { distDir } from '../support/dist-dir';

const INTERACTIEF = [
  '/',
  '/stappen/',
  '/gemeenten/',
  '/wat-werkt/',
  '/cijfers/',
  '/gesprekskaarten/',
  '/gesprekskaarten/printen/?kaarten=i-1,o-1',
  '/zelfscan/',
  '/zoeken/?q=taal',
];

describe('Content Security Policy', () => {
  it('the deployment headers set HSTS, CSP without inline scripts, nosniff, referrer and permissions policy', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    for (const name of [
      'Strict-Transport-Security',
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(headers).toContain(`${name}:`);
    }
    const scriptSrc = /script-src ([^;]+)/.exec(headers)?.[1] ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it('every page carries a CSP meta tag whose script-src has no unsafe-inline', () => {
    for (const path of ['index.html', 'zoeken/index.html', 'zelfscan/index.html', 'cijfers/index.html']) {
      const html = readFileSync(join(distDir, path), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });

  it.each(INTERACTIEF)('%s works under the policy without violations or console errors', async (path) => {
    const page = await openPage('');
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    // Use search too, so Pagefind's worker and WebAssembly load under the policy.
    await page.fill('#kop-zoek', 'werkervaringsplek');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
