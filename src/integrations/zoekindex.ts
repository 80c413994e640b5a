/**
 * Builds the Pagefind index after every `astro build`. Each page is indexed
 * with the synonyms it lacks appended (at low weight) to its main content, so
 * a search for one word finds pages that use another word for the same thing.
 * The HTML files on disk stay as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content-dir';
import { controleerSynoniemen, ontbrekendeSynoniemen } from '../lib/search/synonyms';

function mainText(html: string): string {
  const body = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return body.replace(/<[^>]+>/g, ' ');
}

export function zoekindex(): AstroIntegration {
  return {
    name: 'kennisbank-zoekindex',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const out = fileURLToPath(dir);
        const groepen = controleerSynoniemen(JSON.parse(readFileSync(join(contentDir, 'synoniemen.json'), 'utf8')));
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        let pages = 0;
        for (const file of files) {
          const html = readFileSync(join(out, file), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          // Synonyms of title words weigh like the title; the rest like ordinary text.
          const titel = ontbrekendeSynoniemen(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '', groepen, 1);
          const tekst = ontbrekendeSynoniemen(mainText(html), groepen);
          const extra = [
            titel.length ? `<p data-pagefind-weight="7">${titel.join(' ')}</p>` : '',
            tekst.length ? `<p data-pagefind-weight="1">${tekst.join(' ')}</p>` : '',
          ].join('');
          const content = extra ? html.replace('</main>', `${extra}</main>`) : html;
          const result = await index.addHTMLFile({ sourcePath: relative(out, join(out, file)), content });
          if (result.errors.length) throw new Error(`Pagefind: ${file}: ${result.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Zoekindex: ${pages} pagina's in ${Date.now() - started} ms`);
      },
    },
  };
}
