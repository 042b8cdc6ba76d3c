import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_ITEM_IDS } from '@/lib/checklist';
import { setVerdict } from '@/lib/review/model';
import { main } from '@/cli/compare';
import { checkFiles } from '@/cli/sources';
import { expectRefused, ROOT, runMain, runProcess, writeExport } from './run-cli';

const compare = (...args: string[]) => runMain(main, ...args);
const CONCEPT = 'tests/fixtures/compare/regiovisie-proefland-concept.html';
const FINAL = 'tests/fixtures/compare/regiovisie-proefland-definitief.html';
const OTHER_REGION = 'tests/fixtures/overview/regio-west.html';

interface JsonItem {
  id: string;
  title: string;
  old: string;
  new: string;
  change: string;
  added: string[];
  removed: string[];
  oldByHand?: boolean;
}

describe('npm run compare (cli/compare.ts)', () => {
  it('compares a concept and the final version: every item, the summary, what is new (a real process, --json)', () => {
    const r = runProcess('cli/compare.ts', CONCEPT, FINAL, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.old).toMatchObject({ title: 'Regiovisie jeugdhulp Proefland (concept)', file: 'regiovisie-proefland-concept.html' });
    expect(out.new).toMatchObject({ title: 'Regiovisie jeugdhulp Proefland', file: 'regiovisie-proefland-definitief.html' });
    expect(out.related).toBe(true);
    expect(out.items.map((i: JsonItem) => i.id)).toEqual([...SPEC_ITEM_IDS]);
    expect(out.summary.better + out.summary.worse + out.summary.same).toBe(SPEC_ITEM_IDS.length);
    // The final version adds a complaints procedure and a say for young people: better, never worse.
    expect(out.summary.better).toBeGreaterThan(0);
    expect(out.summary.worse).toBe(0);
    const better = out.items.filter((i: JsonItem) => i.change === 'better');
    expect(better.length).toBe(out.summary.better);
    expect(better.flatMap((i: JsonItem) => i.added).some((q: string) => q.includes('vertrouwenspersoon'))).toBe(true);
    for (const i of out.items as JsonItem[]) {
      expect(i.title).toBeTruthy();
      expect(['aanwezig', 'deels', 'ontbreekt']).toContain(i.old);
      expect(['aanwezig', 'deels', 'ontbreekt']).toContain(i.new);
    }
  });

  it('prints a Dutch summary and the changed items without --json', async () => {
    const r = await compare(CONCEPT, FINAL);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ punt(en)? beter, 0 slechter, \d+ gelijk/);
    expect(r.stdout).toContain('Beter:');
    expect(r.stdout).toMatch(/ontbreekt → aanwezig|deels → aanwezig|ontbreekt → deels/);
    expect(r.stdout).toContain('+ “');
    expect(r.stdout).not.toContain('Let op');
  });

  it('takes the council’s own verdict from an exported review, and compares a review with a document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
    const { saved } = await checkFiles([join(ROOT, CONCEPT)], new Date());
    const first = saved.automatic.items.find((it) => it.verdict === 'aanwezig')!;
    const file = writeExport(dir, setVerdict(saved, first.id, 'ontbreekt', new Date()), 'concept.json');
    const r = await compare(file, FINAL, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.old.file).toBe('concept.json');
    const item = out.items.find((i: JsonItem) => i.id === first.id);
    expect(item).toMatchObject({ old: 'ontbreekt', oldByHand: true, new: 'aanwezig', change: 'better' });
    const text = await compare(file, FINAL);
    expect(text.stdout).toContain('ontbreekt (oordeel van de raad) → aanwezig');
  });

  it('still compares two unrelated documents, with a warning', async () => {
    const r = await compare(CONCEPT, OTHER_REGION);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Let op: deze twee lijken niet over hetzelfde document te gaan.');
    const json = await compare(CONCEPT, OTHER_REGION, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).related).toBe(false);
    expect(json.stderr.trim().split('\n')).toHaveLength(1);
    expect(json.stderr).toContain('Let op');
  });

  it.each([
    [[CONCEPT], 'Gebruik:'],
    [[CONCEPT, FINAL, 'derde.html'], 'Gebruik:'],
    [[CONCEPT, 'niet-bestaand.html'], 'bestaat niet'],
    [[CONCEPT, 'README.md'], 'Dit soort bestand kan ik niet lezen'],
    [[CONCEPT, FINAL, '--onzin'], 'Onbekende optie'],
    [[CONCEPT, 'package.json'], 'geen document en geen opgeslagen toetsing'],
  ])('exits with 2 and one Dutch line for bad input %j', async (args, message) => {
    const r = await compare(...args);
    expectRefused(r, message);
  });

  it('says so in one line when a .json is a damaged review', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
    const bad = join(dir, 'kapot.json');
    writeFileSync(bad, '{ "format": "regiovisie-toets/review", "formatVersion": 1, "review": { "schemaVersion": 3 } }');
    const r = await compare(bad, FINAL);
    expectRefused(r, 'kapot.json');
  });
});
