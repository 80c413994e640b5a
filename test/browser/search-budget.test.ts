/**
 * The first search may transfer at most 150 kB. Sizes are what a static host
 * sends: text files gzip-compressed, Pagefind's own files (already gzipped)
 * as they are on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser';
import { distDir } from '../support/dist-dir';

function bytesOnWire(path: string): number {
  const file = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
  return /\.(js|css|html|json|svg|txt)$/.test(path) || path.endsWith('/')
    ? gzipSync(file, { level: 9 }).length
    : file.length;
}

describe('search budget', () => {
  it('transfers at most 150 kB for the first search from the header', async () => {
    const page = await openPage('/stappen/intake/');
    await page.waitForLoadState('networkidle');
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await page.click('#kop-zoek');
    await page.keyboard.type('werkervaringsplek');
    await page.waitForSelector('#kop-zoek-lijst [role="option"]');
    await page.waitForLoadState('networkidle');
    await page.context().close();
    const totaal = [...new Set(paths)].reduce((som, p) => som + bytesOnWire(p), 0);
    console.log(`Eerste zoekopdracht: ${paths.length} verzoeken, ${(totaal / 1024).toFixed(1)} kB`);
    expect(paths.some((p) => p.includes('/pagefind/'))).toBe(true);
    expect(totaal).toBeLessThanOrEqual(150 * 1024);
  });
});
