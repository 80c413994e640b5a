/** Helpers for browser tests: a fresh page on the shared Chromium, and axe-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

async function shared(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

/** Opens a page in a new context; the test closes it with `page.context().close()`. */
export async function openPage(path = '/', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (await shared()).newContext({ locale: 'nl-NL', ...options });
  const page = await context.newPage();
  if (path) await page.goto(new URL(path, baseUrl).href);
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core with the WCAG 2.x A and AA rules and returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs outside the page's Content Security Policy, which (rightly) forbids inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export { sitePaths } from './browser-free';
