/** With JavaScript off, every page still shows its heading, its text and its links. */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, sitePaths } from '../support/browser';

describe('without JavaScript', () => {
  it('every page shows a heading, text and working links', async () => {
    const page = await openPage('', { javaScriptEnabled: false });
    const problems: string[] = [];
    for (const path of sitePaths()) {
      await page.goto(new URL(path, baseUrl).href);
      const state = await page.evaluate(() => {
        const main = document.querySelector('main');
        const h1 = main?.querySelector('h1');
        const visible = (el: Element | null | undefined) => !!el && (el as HTMLElement).offsetParent !== null;
        return {
          h1: visible(h1) ? h1!.textContent!.trim() : '',
          text: (main?.innerText ?? '').length,
          links: [...(main?.querySelectorAll('a[href]') ?? [])].filter(visible).length,
          svgs: main?.querySelectorAll('svg').length ?? 0,
          tables: main?.querySelectorAll('table').length ?? 0,
        };
      });
      if (!state.h1) problems.push(`${path}: geen zichtbare kop`);
      if (state.text < 150) problems.push(`${path}: weinig tekst (${state.text} tekens)`);
      if (state.links < 1) problems.push(`${path}: geen links`);
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
