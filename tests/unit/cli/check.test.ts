import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { SPEC_ITEM_IDS } from '@/lib/checklist';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function check(...args: string[]) {
  const r = spawnSync(TSX, ['cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run check (cli/check.ts)', () => {
  it('prints only the contract JSON with --json, for every checklist item', () => {
    const r = check('tests/fixtures/checker/regiovisie-breed.html', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ file: 'regiovisie-breed.html' });
    expect(out.source.title.length).toBeGreaterThan(5);
    expect(out.source.blocks).toBeGreaterThan(20);
    expect(out.source.characters).toBeGreaterThan(5000);
    expect(out.checklist.id).toBeTruthy();
    expect(out.checklist.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.items.map((i: { id: string }) => i.id)).toEqual([...SPEC_ITEM_IDS]);
    for (const item of out.items) {
      expect(['aanwezig', 'deels', 'ontbreekt']).toContain(item.verdict);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.title).toBeTruthy();
      if (item.id !== 'algemeen.begrijpelijk') expect(item.evidence.length === 0, item.id).toBe(item.verdict === 'ontbreekt');
      for (const e of item.evidence) {
        expect(typeof e.quote).toBe('string');
        expect(e.block).toMatch(/^b\d+$/);
      }
    }
    expect(out.readability.fleschDouma).toEqual(expect.any(Number));
  });

  it('reads a .txt file with Markdown-style headings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'visie.txt');
    writeFileSync(file, '# Onze visie\n\nWe zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp.\n\n## Meedoen\n\nJongeren praten mee in de jongerenraad.\n');
    const r = check(file, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.title).toBe('Onze visie');
    expect(out.source.blocks).toBe(4);
  });

  it('prints a Dutch summary per theme without --json', () => {
    const r = check('examples/regiovisie-voorbeeldregio.html');
    expect(r.code).toBe(0);
    for (const theme of ['Vertrouwen als basis', 'Organiseer de zorg passend en toegankelijk', 'Kwaliteit van zorg', 'Kinderen, jongeren en ouders zijn experts']) {
      expect(r.stdout).toContain(theme);
    }
    expect(r.stdout).toMatch(/\d+ aanwezig, \d+ deels, \d+ ontbreekt/);
    expect(r.stdout).toContain('Leesbaarheid: Flesch-Douma');
  });

  it.each([
    [['niet-bestaand.html'], 'bestaat niet'],
    [['README.md'], 'Dit soort bestand kan ik niet lezen'],
    [['examples/regiovisie-voorbeeldregio.html', '--onzin'], 'Onbekende optie'],
    [[], 'Gebruik:'],
    [['examples/regiovisie-voorbeeldregio.html', '--docx'], 'Na --docx hoort een bestandsnaam'],
  ])('exits with 2 and one Dutch line for bad input %j', (args, message) => {
    const r = check(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('rejects settings that are not valid, naming the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'raad.json');
    writeFileSync(bad, JSON.stringify({ council: { name: '' } }));
    const r = check('examples/regiovisie-voorbeeldregio.html', '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('klopt niet');
  });

  it('writes the advice letter with --docx and --settings, readable by Word tools', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'brief.docx');
    const r = check('examples/regiovisie-voorbeeldregio.html', '--json', '--docx', out, '--settings', 'examples/council-settings.json');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).toContain('Cliëntenraad Sociaal Domein Voorbeeldstad');
    expect(text).toContain('Aan de gemeenteraad van Voorbeeldstad');
    expect(text).toContain('Regiovisie Jeugd Voorbeeldland');
    expect(text).toContain('Bijlage 1');
    expect(text).toContain('A. de Vries');
  });

  it('marks missing council details clearly when no settings are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'brief.docx');
    expect(check('examples/regiovisie-voorbeeldregio.html', '--docx', out).code).toBe(0);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).toMatch(/\[[^\]]*cliëntenraad[^\]]*\]/i);
  });
});
