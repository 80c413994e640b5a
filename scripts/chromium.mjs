// Finds the Chromium that browser tests drive, or installs Debian's package when
// allowed. Playwright's own browser download cannot be used here, so the system
// browser is the one dependency that npm does not bring.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that keep a headless Chromium quiet on a machine without network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstall() {
  return process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
}

/** Returns the path to Chromium, installing it with apt-get if needed and possible. */
export function ensureChromium() {
  const found = findChromium();
  if (found) {
    console.log(`Chromium gevonden: ${found}`);
    return found;
  }
  if (!canInstall()) {
    throw new Error(
      'Chromium ontbreekt. Installeer het (Debian/Ubuntu: sudo apt-get install -y chromium) of zet CHROMIUM_PATH naar een Chromium of Chrome.',
    );
  }
  console.log('Chromium ontbreekt; installeren met apt-get install -y chromium (eenmalig, een paar minuten)...');
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get meldde succes, maar Chromium is niet gevonden.');
  console.log(`Chromium geïnstalleerd: ${installed}`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
