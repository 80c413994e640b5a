/**
 * Bad content must fail the build with a message that names the file and the
 * field. Each fixture under test/fixtures/broken/ is laid over a copy of the
 * real content in a temporary folder; content/ itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURES = 'test/fixtures/broken';
const work = mkdtempSync(join(tmpdir(), 'kennisbank-kapot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Expectation {
  /** What the fixture breaks, for the test name. */
  beschrijving: string;
  /** Path of the broken file, relative to the content folder. */
  bestand: string;
  /** Text the error must contain besides the file, e.g. the field name. */
  melding: string[];
}

const fixtures = readdirSync(FIXTURES).map((name) => ({
  name,
  expect: JSON.parse(readFileSync(join(FIXTURES, name, 'verwacht.json'), 'utf8')) as Expectation,
}));

describe('broken content fails the build', () => {
  it.each(fixtures)('$name: $expect.beschrijving', ({ name, expect: verwacht }) => {
    const content = join(work, name, 'content');
    cpSync('content', content, { recursive: true });
    cpSync(join(FIXTURES, name, 'content'), content, { recursive: true });
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_OUT_DIR: join(work, name, 'dist'),
        ASTRO_CACHE_DIR: join(work, name, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(verwacht.bestand);
    for (const tekst of verwacht.melding) expect(output).toContain(tekst);
  });
});
