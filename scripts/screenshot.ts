// Takes a screenshot of a page of the built site, to look at a layout at a given width.
// Usage: npx node scripts/screenshot.ts /stappen/intake/ 375 /tmp/intake.png (DIST_DIR picks another build)
import { chromium } from 'playwright-core';
import { distDir } from '../test/support/dist-dir.ts';
import { startStaticServer } from '../test/support/static-server.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [path = '/', width = '375', out = 'screenshot.png'] = process.argv.slice(2);
const { url, server } = await startStaticServer(distDir);
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium ontbreekt: draai eerst `npm test` of zet CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(new URL(path, url).href);
const overflowing = await page.evaluate(() =>
  [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
);
if (overflowing.length) console.log('Breder dan het scherm:', overflowing.slice(0, 10));
await page.screenshot({ path: out, fullPage: true });
console.log(`Screenshot: ${out}`);
await browser.close();
server.close();
