import { describe, expect, it } from 'vitest';
import { openPage, sitePaths } from '../support/browser';

describe('page metadata', () => {
  it('every page has lang nl, a unique title, a description, a canonical URL and Open Graph tags', async () => {
    const titles = new Map<string, string>();
    for (const path of sitePaths().filter((p) => p !== '/404.html')) {
      const page = await openPage(path);
      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
        h1: document.querySelectorAll('h1').length,
      }));
      await page.context().close();
      expect(head.lang, path).toBe('nl');
      expect(head.description.length, path).toBeGreaterThan(20);
      expect(new URL(head.canonical).pathname, path).toBe(path);
      expect(head.ogTitle, path).not.toBe('');
      expect(head.h1, path).toBe(1);
      expect(titles.get(head.title), `${path} shares its title`).toBeUndefined();
      titles.set(head.title, path);
    }
  });

  it('prints without navigation and shows link targets', async () => {
    const page = await openPage('/stappen/intake/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const after = await page.evaluate(() => {
      const a = document.querySelector('main .bronnen-kort a');
      return a ? getComputedStyle(a, '::after').content : '';
    });
    expect(after).toContain('/bronnen/');
    await page.context().close();
  });
});
