// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { zoekindex } from './src/integrations/zoekindex';

/** Public address of the site; set SITE_URL when deploying so canonical URLs and the sitemap point there. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Separate output and cache folders let tests build broken fixture content without touching dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), zoekindex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Every page gets a Content Security Policy in a <meta> tag with hashes of its scripts: no inline
  // script can run. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly. frame-ancestors only
  // works as an HTTP header, so it lives in public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
