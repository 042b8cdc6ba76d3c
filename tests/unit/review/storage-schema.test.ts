import { describe, expect, it } from 'vitest';
import {
  detectVersion,
  migrate,
  MigrationError,
  MIGRATIONS,
  migrateV0ToV1,
  migrateV1ToV2,
  migrateV2ToV3,
  STORAGE_VERSION,
  upgradeStored,
  wxtMigrations,
  type SavedReviewV0,
  type SavedReviewV1,
  type SavedReviewV2,
} from '../../../lib/review/storage-schema';
import { setPrivateNote, setToelichting, setVerdict } from '../../../lib/review/model';
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
  it('is version 3 with a migration into every version from 1 up', () => {
    expect(STORAGE_VERSION).toBe(3);
    for (let v = 1; v <= STORAGE_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('wxtMigrations leaves out the migration into v1 (WXT starts at v1) and has the ones into v2 and v3', () => {
    expect(wxtMigrations()).toEqual({ 2: migrateV1ToV2, 3: migrateV2ToV3 });
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

/** A review as version 1 stored it: one `note` per item. */
const v1 = (): SavedReviewV1 => {
  const { schemaVersion: _v, decisions: _d, ...rest } = makeSaved();
  return {
    ...rest,
    schemaVersion: 1,
    decisions: {
      'vertrouwen.inspraak': { verdict: 'deels', note: 'Navragen bij wethouder', updatedAt: T1.toISOString() },
      'passend.wachttijd': { confirmed: true, updatedAt: T1.toISOString() },
      'kwaliteit.uitkomsten': { note: 'Wij lezen dit in hoofdstuk 3.\n\nZie ook de bijlage. 😀', updatedAt: T1.toISOString(), toekomst: 'bewaard' } as never,
    },
  };
};

describe('migrateV1ToV2', () => {
  it('turns every note into the toelichting (it was printed in letters before), and changes nothing else', () => {
    const old = deepFreeze(v1());
    const out = migrateV1ToV2(old);
    expect(out.schemaVersion).toBe(2);
    expect(out.decisions).toEqual({
      'vertrouwen.inspraak': { verdict: 'deels', toelichting: 'Navragen bij wethouder', updatedAt: T1.toISOString() },
      'passend.wachttijd': { confirmed: true, updatedAt: T1.toISOString() },
      'kwaliteit.uitkomsten': { toelichting: 'Wij lezen dit in hoofdstuk 3.\n\nZie ook de bijlage. 😀', updatedAt: T1.toISOString(), toekomst: 'bewaard' },
    });
    for (const d of Object.values(out.decisions)) {
      expect('note' in d).toBe(false);
      expect('privateNote' in d).toBe(false);
    }
    const { schemaVersion: _a, decisions: _b, ...restOut } = out;
    const { schemaVersion: _c, decisions: _d, ...restIn } = old;
    expect(restOut).toEqual(restIn);
  });

  it('never drops text: a toelichting already there (foreign data) is kept, the note follows it', () => {
    const old = v1();
    (old.decisions['vertrouwen.inspraak'] as unknown as Record<string, unknown>).toelichting = 'Eerst dit';
    expect(migrateV1ToV2(old).decisions['vertrouwen.inspraak']?.toelichting).toBe('Eerst dit\n\nNavragen bij wethouder');
  });

  it('leaves data that is not version 1 alone (WXT hands a v0 draft to this step), so upgradeStored can migrate it later', () => {
    const draft = v0();
    expect(migrateV1ToV2(draft as never)).toBe(draft);
    expect(upgradeStored(migrateV1ToV2(draft as never)).decisions['vertrouwen.inspraak']?.toelichting).toBe('Navragen 😀');
  });

  it('a note that is no text is reported by the validator at its new place', () => {
    const old = v1();
    (old.decisions['vertrouwen.inspraak'] as unknown as Record<string, unknown>).note = 5;
    try {
      migrate(old, 1);
      expect.unreachable();
    } catch (e) {
      expect((e as MigrationError).problem).toEqual({ path: 'review.decisions.vertrouwen.inspraak.toelichting', error: { key: 'validation.notText' } });
    }
  });

  it('drops nothing and makes a valid v2 review through migrate()', () => {
    const out = migrate(v1(), 1);
    expect(out.decisions['kwaliteit.uitkomsten']?.toelichting).toBe('Wij lezen dit in hoofdstuk 3.\n\nZie ook de bijlage. 😀');
  });
});

describe('detectVersion', () => {
  it('reads schemaVersion, or 0 when absent', () => {
    expect(detectVersion(makeSaved())).toBe(3);
    expect(detectVersion(v1())).toBe(1);
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
  it('migrates v0 through v1 and v2 to v3 and validates the result', () => {
    const out = migrate(v0(), 0);
    expect(out.schemaVersion).toBe(3);
    expect(out.sources.map((s) => [s.id, s.kind, s.url])).toEqual([['s1', 'page', 'https://Gemeente.nl/regiovisie/?utm_source=x']]);
    expect(out.decisions['vertrouwen.inspraak']?.toelichting).toBe('Navragen 😀');
    expect(out.decisions['vertrouwen.inspraak']?.privateNote).toBeUndefined();
  });

  it('only validates current data (no migration needed)', () => {
    let saved = setToelichting(setVerdict(makeSaved(), 'vertrouwen.inspraak', 'deels', T1), 'passend.wachttijd', 'x', T1);
    saved = setPrivateNote(saved, 'passend.wachttijd', 'privé', T1);
    expect(migrate(saved, 3)).toEqual(saved);
  });

  it('throws a MigrationError with a Dutch message for a newer version', () => {
    expect(() => migrate(makeSaved(), 4)).toThrow(MigrationError);
    try {
      migrate(makeSaved(), 4);
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
    expect(() => migrate(v1(), 1, { 1: migrateV0ToV1 })).toThrow(/No migration to version 2/);
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

  it('runs migrations in order (chain of versions), and none past STORAGE_VERSION', () => {
    const calls: number[] = [];
    const chain = {
      1: (old: unknown) => {
        calls.push(1);
        return migrateV0ToV1(old as SavedReviewV0);
      },
      2: (old: unknown) => {
        calls.push(2);
        return migrateV1ToV2(old as SavedReviewV1);
      },
      3: (old: unknown) => {
        calls.push(3);
        return migrateV2ToV3(old as SavedReviewV2);
      },
      4: () => {
        calls.push(4);
        throw new Error('must not run');
      },
    };
    migrate(v0(), 0, chain);
    expect(calls).toEqual([1, 2, 3]);
  });
});

describe('upgradeStored', () => {
  it('detects the version and migrates', () => {
    expect(upgradeStored(v0()).schemaVersion).toBe(3);
    expect(upgradeStored(v1()).decisions['vertrouwen.inspraak']?.toelichting).toBe('Navragen bij wethouder');
    const saved = makeSaved();
    expect(upgradeStored(saved)).toEqual(saved);
  });

  it('throws for something that is no review', () => {
    expect(() => upgradeStored('hallo')).toThrow(MigrationError);
    expect(() => upgradeStored({})).toThrow(MigrationError);
  });
});
