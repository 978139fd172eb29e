import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser; flags keep it off the network and the GPU. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
