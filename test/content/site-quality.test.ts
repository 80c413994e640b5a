/**
 * Quality gates on the built site, read from disk: budgets, links, HTML
 * validity and no requests to other origins in the markup.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.mjs';
import { budgetBreaches, htmlFile, pagePaths, pageWeight } from '../../scripts/lib/site.mjs';
import { distDir } from '../support/dist-dir';

const paths: string[] = pagePaths(distDir);
const html = (path: string) => readFileSync(htmlFile(distDir, path), 'utf8');

describe('budgets', () => {
  it('every page stays within its HTML, CSS and JavaScript budget (gzip)', () => {
    expect(paths.flatMap((p) => budgetBreaches(pageWeight(distDir, p)))).toEqual([]);
  });
});

describe('links', () => {
  const { checked, broken, vague } = checkLinks(distDir);
  it('every internal link and anchor resolves', () => {
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
  it('no link text is vague ("klik hier", "lees meer")', () => {
    expect(vague).toEqual([]);
  });
});

describe('HTML validity', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Checkbox groups share a name by design (filters, card selection).
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
      // Astro writes void elements as <meta ... />; that is valid HTML.
      'void-style': 'off',
    },
  });
  it('every page validates without errors', async () => {
    const errors: string[] = [];
    for (const path of paths) {
      const report = await validator.validateString(html(path), path);
      for (const result of report.results) {
        for (const m of result.messages)
          if (m.severity === 2) errors.push(`${path}:${m.line}: ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('privacy in the markup', () => {
  it('no page loads anything from another origin (scripts, styles, images, frames, fonts)', () => {
    const foreign = paths.flatMap((path) =>
      [
        ...html(path).matchAll(
          /<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g,
        ),
      ]
        .filter((m) => !(m[1] === 'link' && /rel="(canonical|sitemap)"/.test(m[0])))
        .map((m) => `${path}: ${m[0].slice(0, 120)}`),
    );
    expect(foreign).toEqual([]);
  });
});
