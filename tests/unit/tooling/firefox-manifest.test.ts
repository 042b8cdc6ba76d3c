import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/**
 * The Firefox build's manifest, built here (wxt build -b firefox, about 2 s) into a folder of
 * its own so the build in .output is left alone. WXT writes `sidebar_action` from the sidepanel
 * entrypoint and would drop what wxt.config.ts asks for: this reads what Firefox gets.
 */
describe('the Firefox build (wxt build -b firefox)', () => {
  const outBase = mkdtempSync(join(tmpdir(), 'rt-firefox-'));
  const outDir = join(outBase, 'firefox-mv2');
  let manifest: Record<string, any>;

  beforeAll(() => {
    const script = "import { build } from 'wxt'; await build({ browser: 'firefox', outDir: process.argv[1] });";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, outBase], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  }, 90_000);

  afterAll(() => rmSync(outBase, { recursive: true, force: true }));

  it('opens no sidebar by itself at install, and gives it a translated title', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false, default_title: '__MSG_extName__' });
    expect(existsSync(join(outDir, manifest.sidebar_action.default_panel))).toBe(true);
  });

  it('has every __MSG_…__ it names in every locale it ships', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toContain('extName');
    const locales = readdirSync(join(outDir, '_locales'));
    expect(locales).toEqual(expect.arrayContaining(['nl', 'en']));
    expect(locales).toContain(manifest.default_locale);
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(outDir, '_locales', locale, 'messages.json'), 'utf8'));
      for (const key of keys) expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('still asks for the fewest permissions: no host permissions, no sidePanel, no content script at install', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: expect.any(String), data_collection_permissions: { required: ['none'] } });
    expect(manifest.content_security_policy).toContain("connect-src 'self'");
  });
});
