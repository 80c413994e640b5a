// Builds the site once (content from CONTENT_DIR, output to ASTRO_OUT_DIR) and
// prints its own peak memory, so the bench can measure each build separately.
import { build } from 'astro';

const started = performance.now();
await build({ logLevel: 'error' });
console.log(
  JSON.stringify({
    seconden: (performance.now() - started) / 1000,
    piekGeheugenMB: process.resourceUsage().maxRSS / 1024,
  }),
);
