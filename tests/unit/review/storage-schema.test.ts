import { describe, expect, it } from 'vitest';
import {
  detectVersion,
  migrate,
  MigrationError,
  MIGRATIONS,
  migrateV0ToV1,
  STORAGE_VERSION,
  upgradeStored,
  wxtMigrations,
  type SavedReviewV0,
} from '../../../lib/review/storage-schema';
import { setNote, setVerdict } from '../../../lib/review/model';
import { translate } from '../../../lib/i18n';
import { deepFreeze, makeReview, makeSaved, T0, T1, T2 } from './factory';

const v0 = (): SavedReviewV0 => ({
  url: 'https://Gemeente.nl/regiovisie/?utm_source=x',
  title: 'Regiovisie',
  municipality: 'Gemeente Voorbeeld',
  createdAt: T0.toISOString(),
  savedAt: T2.toISOString(),
  checkedAt: T1.toISOString(),
  automatic: makeReview(),
  overrides: { 'vertrouwen.inspraak': 'deels', 'passend.maatwerk': 'ontbreekt' },
  notes: { 'vertrouwen.inspraak': 'Navragen 😀', 'kwaliteit.uitkomsten': 'Goed punt', 'leeg.punt': '' },
  confirmed: ['vertrouwen.contactpersoon', 'passend.maatwerk'],
});

describe('STORAGE_VERSION and MIGRATIONS', () => {
  it('is version 1 with a migration into every version from 1 up', () => {
    expect(STORAGE_VERSION).toBe(1);
    for (let v = 1; v <= STORAGE_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('wxtMigrations leaves out the migration into v1 (WXT starts at v1)', () => {
    expect(wxtMigrations()).toEqual({});
  });
});

describe('migrateV0ToV1', () => {
  it('gathers overrides, notes and confirmations into decisions and renames savedAt', () => {
    const out = migrateV0ToV1(deepFreeze(v0()));
    const at = T2.toISOString();
    expect(out).toEqual({
      schemaVersion: 1,
      key: 'https://gemeente.nl/regiovisie',
      url: 'https://Gemeente.nl/regiovisie/?utm_source=x',
      title: 'Regiovisie',
      municipality: 'Gemeente Voorbeeld',
      createdAt: T0.toISOString(),
      updatedAt: at,
      checkedAt: T1.toISOString(),
      automatic: makeReview(),
      decisions: {
        'vertrouwen.inspraak': { verdict: 'deels', note: 'Navragen 😀', updatedAt: at },
        // A hand verdict wins over a confirmation.
        'passend.maatwerk': { verdict: 'ontbreekt', updatedAt: at },
        'kwaliteit.uitkomsten': { note: 'Goed punt', updatedAt: at },
        'vertrouwen.contactpersoon': { confirmed: true, updatedAt: at },
      },
    });
  });

  it('works without the optional maps and without checkedAt', () => {
    const { overrides: _o, notes: _n, confirmed: _c, checkedAt: _k, municipality: _m, ...bare } = v0();
    const out = migrateV0ToV1(bare);
    expect(out.decisions).toEqual({});
    expect(out.checkedAt).toBe(T0.toISOString());
    expect('municipality' in out).toBe(false);
  });

  it('skips damaged values instead of failing', () => {
    const old = { ...v0(), overrides: { a: 'ja' }, notes: { b: 42 }, confirmed: [7] } as unknown as SavedReviewV0;
    expect(migrateV0ToV1(old).decisions).toEqual({});
  });
});

describe('detectVersion', () => {
  it('reads schemaVersion, or 0 when absent', () => {
    expect(detectVersion(makeSaved())).toBe(1);
    expect(detectVersion(v0())).toBe(0);
    expect(detectVersion({ schemaVersion: 7 })).toBe(7);
  });

  it('is undefined for things that are no review', () => {
    for (const x of [null, undefined, 'x', 3, [], { schemaVersion: 'een' }, { schemaVersion: 1.5 }, { schemaVersion: -1 }]) {
      expect(detectVersion(x)).toBeUndefined();
    }
  });
});

describe('migrate', () => {
  it('migrates v0 and validates the result', () => {
    const out = migrate(v0(), 0);
    expect(out.schemaVersion).toBe(1);
    expect(out.decisions['vertrouwen.inspraak']?.note).toBe('Navragen 😀');
  });

  it('only validates current data (no migration needed)', () => {
    const saved = setNote(setVerdict(makeSaved(), 'vertrouwen.inspraak', 'deels', T1), 'passend.wachttijd', 'x', T1);
    expect(migrate(saved, 1)).toEqual(saved);
  });

  it('throws a MigrationError with a Dutch message for a newer version', () => {
    expect(() => migrate(makeSaved(), 2)).toThrow(MigrationError);
    try {
      migrate(makeSaved(), 2);
    } catch (e) {
      expect((e as MigrationError).userMessage).toEqual({ key: 'storedError.tooNew' });
      expect(translate('nl', 'storedError.tooNew')).toMatch(/nieuwere versie/);
      expect(translate('en', 'storedError.tooNew')).toMatch(/newer version/);
    }
  });

  it('throws for a negative or broken version', () => {
    expect(() => migrate(makeSaved(), -1)).toThrow(MigrationError);
    expect(() => migrate(makeSaved(), 0.5)).toThrow(MigrationError);
  });

  it('throws when a migration is missing', () => {
    expect(() => migrate(v0(), 0, {})).toThrow(/No migration to version 1/);
  });

  it('throws when a migration fails', () => {
    const failing = {
      1: () => {
        throw new Error('kapot');
      },
    };
    expect(() => migrate(v0(), 0, failing)).toThrow(/kapot/);
  });

  it('throws with the place of the problem when the result is invalid', () => {
    const broken = { ...v0(), automatic: { ...makeReview(), items: 'geen lijst' } };
    try {
      migrate(broken, 0);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MigrationError);
      expect((e as MigrationError).problem).toEqual({ path: 'review.automatic.items', error: { key: 'validation.notList' } });
      const { key, params } = (e as MigrationError).userMessage;
      expect(translate('nl', key, params)).toBe('De opgeslagen gegevens zijn beschadigd of onvolledig: dit moet een lijst zijn (bij review.automatic.items).');
    }
  });

  it('runs migrations in order (chain of versions)', () => {
    // A made-up chain to show the mechanism: with STORAGE_VERSION 1 only step 1 runs.
    const calls: number[] = [];
    const chain = {
      1: (old: unknown) => {
        calls.push(1);
        return migrateV0ToV1(old as SavedReviewV0);
      },
      2: () => {
        calls.push(2);
        throw new Error('must not run');
      },
    };
    migrate(v0(), 0, chain);
    expect(calls).toEqual([1]);
  });
});

describe('upgradeStored', () => {
  it('detects the version and migrates', () => {
    expect(upgradeStored(v0()).schemaVersion).toBe(1);
    const saved = makeSaved();
    expect(upgradeStored(saved)).toEqual(saved);
  });

  it('throws for something that is no review', () => {
    expect(() => upgradeStored('hallo')).toThrow(MigrationError);
    expect(() => upgradeStored({})).toThrow(MigrationError);
  });
});
