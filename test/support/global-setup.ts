/**
 * Starts one static server for the built site and one Chromium for all
 * browser test files; each file connects to the same browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { distDir } from './dist-dir';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`${distDir}/ ontbreekt: draai eerst \`npm run build\` (of gewoon \`npm test\`).`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium ontbreekt: draai `npm test`, dat het zoekt of installeert.');
  const { url, server } = await startStaticServer(distDir);
  const browser: BrowserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  };
}
