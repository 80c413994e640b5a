import { describe, expect, it } from 'vitest';
import { axe, openPage, sitePaths } from '../support/browser';

describe('axe-core (WCAG 2.x A and AA) on every page of the sitemap', () => {
  it.each(sitePaths())('%s has no violations', async (path) => {
    const page = await openPage(path, { bypassCSP: true });
    const violations = await axe(page);
    await page.context().close();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });
});
