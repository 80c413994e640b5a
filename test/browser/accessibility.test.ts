import { describe, expect, it } from 'vitest';
import { axe, baseUrl, openPage, sitePaths } from '../support/browser';

describe('axe-core (WCAG 2.x A and AA) on every page of the sitemap', () => {
  it.each(sitePaths())('%s has no violations and requests nothing from other origins', async (path) => {
    const page = await openPage('', { bypassCSP: true });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseUrl).origin && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    const violations = await axe(page);
    await page.context().close();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
    expect(foreign).toEqual([]);
  });
});
