/** Type errors, lint errors and unformatted files count as failures of the whole project. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[]) {
  const result = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('static checks', () => {
  it('astro check reports no errors or warnings', () => {
    const { status, output } = run(['astro', 'check']);
    expect(status, output).toBe(0);
    expect(output).toMatch(/- 0 errors\s+- 0 warnings/);
  });
  it('eslint finds nothing', () => {
    const { status, output } = run(['eslint', '--config', 'scripts/eslint.config.js', '.']);
    expect(status, output).toBe(0);
  });
  it('every file is formatted with prettier', () => {
    const { status, output } = run(['prettier', '--check', '.']);
    expect(status, output).toBe(0);
  });
});
