import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The side panel's first-load JavaScript in a build folder (e.g. .output/chrome-mv3): the
 * entry script and the chunks it preloads, as paths relative to the folder. Everything else
 * in chunks/ is loaded lazily.
 */
export function sidepanelInitialScripts(buildDir: string): string[] {
  const html = readFileSync(join(buildDir, 'sidepanel.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}
