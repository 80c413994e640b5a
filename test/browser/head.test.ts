import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser';

describe('page metadata', () => {
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
