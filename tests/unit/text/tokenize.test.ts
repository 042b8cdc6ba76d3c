import { describe, expect, it } from 'vitest';
import { GAP_SEMICOLON, TOKEN_DIAERESIS, WordInterner, createTokenBuffer, joinSeparableVerbs, joinTrailingParticles, scanTokens, tokenize, tokenizeMany, words } from '../../../lib/text/tokenize';
import { SEPARABLE_PARTICLES } from '../../../lib/text/tokenize';
import { foldDiacritics } from '../../../lib/text/normalize';
import { mulberry32 } from '../seeded-random';

describe('tokenize', () => {
  it('keeps offsets into the original string', () => {
    const text = 'De  regio gaat   wachttijden verkorten.';
    for (const t of tokenize(text)) {
      expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    }
  });

  it('removes soft hyphens inside words but keeps the original span', () => {
    const text = 'ervarings\u00ADdeskundigen helpen';
    const [first] = tokenize(text);
    expect(first!.norm).toBe('ervaringsdeskundigen');
    expect(text.slice(first!.start, first!.end)).toBe('ervarings\u00ADdeskundigen');
  });

  it('joins a word broken over a line with a hyphen', () => {
    expect(words('De jeugd-\nzorg is er voor iedereen')).toEqual(['de', 'jeugdzorg', 'is', 'er', 'voor', 'iedereen']);
  });

  it('does not join a suspended compound part ("jeugd- en gezinsteams")', () => {
    const toks = tokenize('de jeugd- en gezinsteams');
    expect(toks.map((t) => t.norm)).toEqual(['de', 'jeugd', 'en', 'gezinsteams']);
    expect(toks[1]!.suspended).toBe(true);
  });

  it('marks hyphen-joined parts ("zorg-aanbieders")', () => {
    const toks = tokenize('alle zorg-aanbieders');
    expect(toks.map((t) => t.norm)).toEqual(['alle', 'zorg', 'aanbieders']);
    expect(toks[1]!.hyphenNext).toBe(true);
  });

  it('folds case and diacritics, drops the apostrophe-s', () => {
    expect(words('Cliëntenraden van regio’s en Één café')).toEqual(['clientenraden', 'van', 'regio', 'en', 'een', 'cafe']);
  });

  it('keeps numbers with separators as one token', () => {
    const toks = tokenize('Het kost 1.000 euro in 2025.');
    expect(toks.filter((t) => t.num).map((t) => t.norm)).toEqual(['1.000', '2025']);
  });
});

describe('normalisation', () => {
  it('folds diacritics', () => {
    expect(foldDiacritics('Continuïteit één ÉÉN')).toBe('continuiteit een een');
  });
});

describe('tokenize (character scanner)', () => {
  it('handles apostrophes, line-break hyphens, non-ASCII digits and astral letters like the word pattern', () => {
    expect(words("regio's en ‘x’ jeugd-\n  zorg A-\nB 𝐀bc")).toEqual(['regio', 'en', 'x', 'jeugdzorg', 'a', 'b', '𝐀bc']);
    const toks = tokenize('1.000,50 euro en 2025. 3,');
    expect(toks.filter((t) => t.num).map((t) => t.norm)).toEqual(['1.000,50', '2025', '3']);
  });

  it('marks exactly the words written with a diaeresis, at the start, inside or after a line-break hyphen', () => {
    const text = 'Ëen ideeën, reïntegratie en coördinatie; geen idee, café, co- \nördinatie, Noël 2025';
    const buf = createTokenBuffer(2);
    const n = scanTokens(text, buf);
    const marked: string[] = [];
    for (let k = 0; k < n; k++) if (buf.flags[k]! & TOKEN_DIAERESIS) marked.push(text.slice(buf.start[k]!, buf.end[k]!));
    expect(marked).toEqual(['Ëen', 'ideeën', 'reïntegratie', 'coördinatie', 'co- \nördinatie', 'Noël']);
  });

  it('gives one id per normalised word, the same from the text scanner and from a string, also after it has grown', () => {
    const interner = new WordInterner();
    const buf = createTokenBuffer(4);
    const idsOf = (text: string) => {
      const n = scanTokens(text, buf, interner);
      return Array.from(buf.id.subarray(0, n));
    };
    const [a, b, c, d, e] = idsOf('Jeugd jeugd JEUGD jeugdhulp Cliënt');
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(d).not.toBe(a);
    expect(interner.norms[a!]).toBe('jeugd');
    expect(interner.intern('jeugd')).toBe(a);
    expect(interner.intern('client')).toBe(e);
    // thousands of words: the tables and the character pool grow and are rehashed
    const many = Array.from({ length: 5000 }, (_, i) => `woord${i.toString(36)}x`);
    const first = idsOf(many.join(' '));
    expect(new Set(first).size).toBe(5000);
    expect(idsOf(many.map((w) => w.toUpperCase()).join(' '))).toEqual(first);
    expect(many.map((w) => interner.intern(w))).toEqual(first);
    expect(idsOf('Jeugd jeugdhulp')).toEqual([a, d]);
    expect(interner.size).toBe(5003);
  });
});

describe('the word interner against a plain map of normalised words', () => {
  it('one id per normalised word, whether scanned or given as a string, for words of every length (random, replayable)', () => {
    // short words are found by their six-bit codes (at most 16 characters), longer ones by hash and
    // characters: words of 1 to 24 letters and digits, in either case, with some that share long
    // beginnings or endings, and some with a diacritic or an apostrophe (the string path)
    const random = mulberry32(2424);
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const stems = ['jeugdhulpaanbie', 'samenwerkingsaf', 'gezin', 'ab', 'zz9'];
    const word = (): string => {
      const len = 1 + Math.floor(random() * 24);
      let w = random() < 0.3 ? stems[Math.floor(random() * stems.length)]! : '';
      while (w.length < len) w += letters[Math.floor(random() * (random() < 0.8 ? 26 : letters.length))]!;
      w = w.slice(0, len);
      // words that end alike (the low code words the same) and differ only in front
      if (random() < 0.2) w = w.slice(0, 1 + Math.floor(random() * 7)) + (random() < 0.5 ? 'aanbieders' : 'samenwerking');
      if (/^\d/.test(w)) w = 'q' + w.slice(1);
      const r = random();
      if (r < 0.05) w += 'é';
      else if (r < 0.08) w = w + "'" + 's';
      return w;
    };
    const cased = (w: string): string => Array.from(w, (ch) => (random() < 0.3 ? ch.toUpperCase() : ch)).join('');
    const interner = new WordInterner();
    const plain = new Map<string, number>();
    const buf = createTokenBuffer(4);
    for (let round = 0; round < 400; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 30) }, word);
      const text = words.map(cased).join(random() < 0.5 ? ' ' : ', ');
      const n = scanTokens(text, buf, interner);
      for (let k = 0; k < n; k++) {
        const norm = buf.norm[k]!;
        const id = buf.id[k]!;
        expect(interner.norms[id]).toBe(norm);
        const known = plain.get(norm);
        if (known === undefined) plain.set(norm, id);
        else expect(id, norm).toBe(known);
        expect(interner.intern(norm), norm).toBe(id);
      }
      // a word given as a string first, scanned after
      const fresh = word();
      const id = interner.intern(fresh.toLowerCase());
      scanTokens(cased(fresh), buf, interner);
      if (buf.length === 1 && buf.norm[0] === fresh.toLowerCase()) expect(buf.id[0]).toBe(id);
    }
    // distinct words, distinct ids
    expect(new Set(plain.values()).size).toBe(plain.size);
    expect(interner.size).toBeGreaterThanOrEqual(plain.size);
    expect(plain.size).toBeGreaterThan(3000);
  });
});

describe('the gap bits hold every mark between tokens', () => {
  it('a ";" in the text of tokens [from, to) is in the gap bits of those tokens or the gap after them (random texts)', () => {
    // (the analyzer reads "; " in a passage only with this bit: a token never holds a ";")
    const random = mulberry32(2323);
    const pieces = ['jeugd', 'zorg', ';', '; ', ' ', '-', "'", '’', 'ë', '\u00AD', '-\n', '1', '2.5', ',', '.', 'A', '×', '\u037E', '\n', '  '];
    const buf = createTokenBuffer(4);
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const len = Math.floor(random() * 14);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(random() * pieces.length)]!;
      const n = scanTokens(text, buf, new WordInterner());
      for (let from = 0; from < n; from++) {
        for (let to = from + 1; to <= n; to++) {
          let gaps = 0;
          for (let k = from; k < to; k++) gaps |= buf.gap[k]!;
          gaps |= to < n ? buf.gap[to]! : buf.gapAfter;
          // the text from the first token's start to the next token's start (or the end)
          const passage = text.slice(buf.start[from]!, to < n ? buf.start[to]! : text.length);
          if (passage.includes(';')) expect(gaps & GAP_SEMICOLON, JSON.stringify(text)).not.toBe(0);
        }
      }
    }
  });
});

describe('joinSeparableVerbs', () => {
  const joined = (text: string): string[] => {
    const buf = createTokenBuffer();
    const n = scanTokens(text, buf);
    joinSeparableVerbs(buf, n);
    return buf.norm.slice(0, n);
  };
  it('gives the verb after "te" the joined form, keeping its offsets', () => {
    expect(joined('We vragen de teams om hun werk beter af te stemmen.')).toContain('afstemmen');
    expect(joined('Het plan is om de hulp tijdig bij te sturen')).toContain('bijsturen');
    const buf = createTokenBuffer();
    const text = 'ouders mee te laten denken';
    const n = scanTokens(text, buf);
    joinSeparableVerbs(buf, n);
    expect(buf.norm[3]).toBe('meelaten');
    expect(text.slice(buf.start[3]!, buf.end[3]!)).toBe('laten');
  });
  it('leaves "om te", numbers and words that are no verb alone', () => {
    expect(joined('Zij komen om te horen wat er speelt.')).toContain('horen');
    expect(joined('Zij komen om te horen wat er speelt.')).not.toContain('omhoren');
    expect(joined('Zij werken in te kleine teams.')).toEqual(['zij', 'werken', 'in', 'te', 'kleine', 'teams']);
    expect(joined('De groei was 3 op te weinig plekken.')).toContain('weinig');
  });
});

/** The words of `text` after joining trailing particles to the separable verbs in `verbs`. */
function joinedWith(verbs: ReadonlySet<string>): (text: string) => string[] {
  return (text) => {
    const buf = createTokenBuffer();
    const n = scanTokens(text, buf);
    joinTrailingParticles(text, buf, n, (particle, rest) => verbs.has(particle + rest));
    return buf.norm.slice(0, n);
  };
}

describe('joinTrailingParticles', () => {
  const run = joinedWith(new Set(['bijsturen', 'bijstuurt', 'afstemmen']));
  it('joins a particle at the end of a clause to its verb earlier in that clause', () => {
    expect(run('We sturen de hulp elk halfjaar bij.')).toContain('bijsturen');
    expect(run('De coach stuurt de hulp bij, samen met het gezin.')).toContain('bijstuurt');
    expect(run('Zij stemmen hun aanpak op elkaar af')).toContain('afstemmen');
  });
  it('joins a particle followed by a short phrase of a preposition to the end of the clause', () => {
    expect(run('Zij stemmen hun aanpak op elkaar af in één plan.')).toContain('afstemmen');
    expect(run('De coach stuurt de hulp bij in overleg met het gezin, als dat nodig is.')).toContain('bijstuurt');
    // not when the phrase runs on past the reach, nor when no preposition follows
    expect(run('Zij stemmen hun aanpak op elkaar af in de nieuwe werkwijze van de zes gemeenten van de regio.')).not.toContain('afstemmen');
    expect(run('We sturen de hulp bij het gezin thuis.')).not.toContain('bijsturen');
  });
  it('does not join across a clause boundary, nor a particle inside a clause, nor to an unknown verb', () => {
    expect(run('We sturen een brief, en kijken dan bij.')).not.toContain('bijsturen');
    expect(run('We sturen de hulp bij het gezin thuis.')).not.toContain('bijsturen');
    expect(run('We lopen de hulp bij.')).toEqual(['we', 'lopen', 'de', 'hulp', 'bij']);
  });
});

describe('the joins with a WordInterner (particles found by word id)', () => {
  const verbs = new Set(['bijsturen', 'afstemmen']);
  const joinBoth = (text: string, interner?: WordInterner) => {
    const buf = createTokenBuffer();
    const n = scanTokens(text, buf, interner);
    const joins = joinSeparableVerbs(buf, n, interner) + joinTrailingParticles(text, buf, n, (particle, rest) => verbs.has(particle + rest), interner);
    return { joins, norms: buf.norm.slice(0, n), ids: Array.from(buf.id.subarray(0, n)) };
  };
  it('joins exactly as without one, and gives each joined token the id of its joined form', () => {
    const interner = new WordInterner();
    // words first seen before the particles are interned, so their ids differ from the particles'
    interner.intern('gemeenten');
    for (const text of ['We sturen de hulp bij.', 'Wij vragen hen af te stemmen, en we kijken mee.', 'Zij komen om te horen, in te kleine teams.', 'bij te sturen in 2025 op te']) {
      const withIds = joinBoth(text, interner);
      const plain = joinBoth(text);
      expect(withIds.norms).toEqual(plain.norms);
      expect(withIds.joins).toBe(plain.joins);
      expect(withIds.ids.map((id) => interner.norms[id])).toEqual(plain.norms);
    }
    expect(joinBoth('We sturen de hulp bij.', interner).norms).toContain('bijsturen');
    expect(joinBoth('hun werk af te stemmen', interner).norms).toContain('afstemmen');
  });
});

describe('the joins read only the particles and "te" scanTokens noted', () => {
  it('no particle is itself a particle joined with a verb of four letters or more in "en" (so joinSeparableVerbs makes no new particle)', () => {
    for (const q of SEPARABLE_PARTICLES) {
      for (const p of SEPARABLE_PARTICLES) {
        const verb = q.startsWith(p) ? q.slice(p.length) : '';
        expect(verb.length >= 4 && verb.endsWith('en'), `${p} + ${verb}`).toBe(false);
      }
    }
  });

  it('join exactly as a read of every token, on random texts of particles, "te", verbs and marks (replayable)', () => {
    const verbs = new Set(['bijsturen', 'afstemmen', 'opstellen', 'meedenken', 'inzetten', 'terugkomen', 'samenwerken', 'afbinnen', 'ophalen', 'doorverwijzen']);
    const isVerb = (particle: string, rest: string) => verbs.has(particle + rest);
    const words = [...SEPARABLE_PARTICLES, 'te', 'te', 'te', 'Te', 'TE', 'sturen', 'stemmen', 'stellen', 'denken', 'zetten', 'komen', 'werken', 'binnen', 'halen', 'verwijzen', 'we', 'de', 'hulp', 'zodra', 'en', 'met', 'school', 'om', 'AF', 'Bij', '2025', 'tenen', 'open', 'los'];
    const gaps = [' ', ' ', ' ', ', ', '. ', ': ', '; ', ' (', ') ', '-', '\n', "'", '?'];
    const random = mulberry32(71);
    const interner = new WordInterner();
    interner.intern('gemeenten');
    let joins = 0;
    for (let i = 0; i < 20000; i++) {
      const n = 1 + Math.floor(random() * 14);
      let text = '';
      for (let k = 0; k < n; k++) text += (k > 0 ? gaps[Math.floor(random() * gaps.length)]! : '') + words[Math.floor(random() * words.length)]!;
      const listed = createTokenBuffer(2);
      const every = createTokenBuffer(2);
      const nl = scanTokens(text, listed, interner);
      const ne = scanTokens(text, every, interner);
      // (the first scan of all ran before the interner knew the particles: nothing was noted)
      if (i > 0) expect(listed.tes >= 0 && listed.particles >= 0).toBe(true);
      every.tes = -1;
      every.particles = -1;
      const jl = joinSeparableVerbs(listed, nl, interner) + joinTrailingParticles(text, listed, nl, isVerb, interner);
      const je = joinSeparableVerbs(every, ne, interner) + joinTrailingParticles(text, every, ne, isVerb, interner);
      expect(jl, text).toBe(je);
      expect(listed.norm.slice(0, nl), text).toEqual(every.norm.slice(0, ne));
      expect(Array.from(listed.id.subarray(0, nl)), text).toEqual(Array.from(every.id.subarray(0, ne)));
      joins += jl;
    }
    expect(joins).toBeGreaterThan(1000);
  });
});

describe('tokenizeMany', () => {
  it('gives each text the tokens tokenize gives it alone, also at the edges of the texts', () => {
    const texts = [
      'jeugd-', 'zorg-aanbieders', 'jeugd- en gezinsteams', "’s avonds", "d'", "cliënt's", '12,5', '1.000.', '18-/18+', 'reïntegratie',
      'zorg\u00ADaanbieder', 'hulp-\nverlener', 'ein-', '-', '', 'twee woorden', 'x\u0000y', '𝒜lfa', 'ß', 'İstanbul', '2025',
    ];
    // and strings made of the characters the scanner treats specially (a fixed pseudo-random sequence)
    const alphabet = ['a', 'Z', 'ë', '1', '.', ',', '-', ' ', '\n', "'", '’', '\u00AD', '\t', '+'];
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      let t = '';
      for (let j = 0; j < i % 9; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += alphabet[seed % alphabet.length];
      }
      texts.push(t);
    }
    const many = tokenizeMany(texts);
    for (const text of texts) {
      if (text.includes('\u0000')) expect(many.has(text)).toBe(false);
      else expect(many.get(text), JSON.stringify(text)).toEqual(tokenize(text));
    }
  });
});

describe('joinTrailingParticles: a particle right after its verb', () => {
  const run = joinedWith(new Set(['afstemmen', 'afstemt', 'bijstellen', 'bijstelt']));
  it('joins a particle that is no preposition ("stemt af met school over …")', () => {
    expect(run('De hulpverlener stemt af met de school over de hulp die het kind op school nodig heeft.')).toContain('afstemt');
  });
  it('does not join a preposition after a verb ("stelt bij de start … op")', () => {
    expect(run('De hulpverlener stelt bij de start van de hulp samen met het gezin doelen op.')).not.toContain('bijstelt');
  });
});
