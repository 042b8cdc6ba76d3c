/**
 * Randomized proofs of the analyzer's folded and cached computations against the plain ones:
 * the readability counts the token loop keeps without branches, the heading look-up sectionsOf
 * reuses, and the topical slots countSentence writes without a test of the role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { anchorRecords, hyphenIds, makeType, scratchFor, sectionsOf, topicalSlots } from '../../../lib/check/analyzer';
import { wordInfo } from '../../../lib/check/readability';
import { alwaysSlot, compileChecklist, TERM_ROLE } from '../../../lib/check/signals';
import { locChecklist } from '../../../lib/checklist';
import type { Block, ExtractedDocument } from '../../../lib/extract/types';
import { createSentenceBuffer, splitSentencesInto } from '../../../lib/text/sentences';
import { wordSyllables } from '../../../lib/text/syllables';
import { createTokenBuffer, joinSeparableVerbs, joinTrailingParticles, scanTokens, TOKEN_DIAERESIS, TOKEN_HYPHEN_NEXT, TOKEN_NUM, WordInterner } from '../../../lib/text/tokenize';

/** A small deterministic generator (no Math.random: a failure can be replayed). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// plain words, long ones, care and youth words, cue words, capitals, a diaeresis, numbers and years, a separable verb
const WORDS = [
  'de', 'het', 'een', 'en', 'wij', 'we', 'gaan', 'zorgen', 'dat', 'kinderen', 'jongeren', 'ouders', 'jeugdhulp', 'jeugdzorg', 'huisarts',
  'ouderen', 'mantelzorg', 'gemeenten', 'regio', 'aanbieders', 'wachttijden', 'verbeteren', 'samenwerking', 'organiseren', 'Gemeente',
  'Jeugdhulp', 'reïntegratie', 'coördinatie', 'ideeën', 'in', '2026', '2019', '12', 'stemmen', 'af', 'op', 'elkaar', 'werden', 'hebben',
  'onderzocht', 'u', 'je', 'willen', 'moeten', 'voorzitter', 'artikel', 'onze', 'wijkteams', 'ondersteuning', 'verantwoordelijkheid',
];

function randomDoc(next: () => number): ExtractedDocument {
  const blocks: Block[] = [];
  const nBlocks = 1 + Math.floor(next() * 8);
  for (let b = 0; b < nBlocks; b++) {
    const sentences: string[] = [];
    const nSentences = 1 + Math.floor(next() * 4);
    for (let s = 0; s < nSentences; s++) {
      const n = 1 + Math.floor(next() * 14);
      const words: string[] = [];
      for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
      sentences.push(words.join(next() < 0.1 ? ', ' : ' ') + (next() < 0.2 ? '?' : '.'));
    }
    const text = sentences.join(' ');
    blocks.push({ id: `b${b + 1}`, kind: next() < 0.15 ? 'heading' : next() < 0.2 ? 'listItem' : 'paragraph', text });
  }
  const characters = blocks.reduce((sum, b) => sum + b.text.length, 0);
  return { title: 'Test', url: 'test', language: 'nl', source: 'text', blocks, characters, words: 0 };
}

/** The readability counts as the plain sum over every token of every counted sentence (not a heading, has words). */
function plainCounts(doc: ExtractedDocument): { sentences: number; words: number; syllables: number; longWords: number } {
  const compiled = compileChecklist(locChecklist);
  const isVerb = (particle: string, rest: string) => compiled.separableVerbs.get(particle)?.has(rest) === true;
  const interner = new WordInterner();
  const buf = createTokenBuffer(64);
  const sentences = createSentenceBuffer();
  const totals = { sentences: 0, words: 0, syllables: 0, longWords: 0 };
  for (const block of doc.blocks) {
    const n = scanTokens(block.text, buf, interner);
    if (n === 0 || block.kind === 'heading') continue;
    joinSeparableVerbs(buf, n, interner);
    joinTrailingParticles(block.text, buf, n, isVerb, interner);
    const nSentences = splitSentencesInto(block.text, buf, sentences);
    for (let si = 0; si < nSentences; si++) {
      let words = 0;
      let syllables = 0;
      let longWords = 0;
      for (let k = sentences.from[si]!; k < sentences.to[si]!; k++) {
        if (buf.flags[k]! & TOKEN_NUM) continue;
        const own = wordInfo(buf.norm[k]!).syllables;
        const syl = buf.flags[k]! & TOKEN_DIAERESIS ? wordSyllables(block.text, buf.start[k]!, buf.end[k]!, own) : own;
        words++;
        syllables += syl;
        if (syl >= 4) longWords++;
      }
      if (words === 0) continue;
      totals.sentences++;
      totals.words += words;
      totals.syllables += syllables;
      totals.longWords += longWords;
    }
  }
  return totals;
}

describe('analyzer folds', () => {
  it('counts the readability figures as the plain sum over the tokens', () => {
    const next = rng(27);
    for (let round = 0; round < 150; round++) {
      const doc = randomDoc(next);
      const plain = plainCounts(doc);
      const figures = analyze(doc, locChecklist).readability;
      expect(figures.sentences).toBe(plain.sentences);
      expect(figures.words).toBe(plain.words);
      if (plain.words > 0) {
        // (rounded as the figures are)
        expect(figures.averageWordSyllables).toBe(Math.round((plain.syllables / plain.words) * 100) / 100);
        expect(figures.longWordShare).toBe(Math.round((plain.longWords / plain.words) * 1000) / 1000);
      }
    }
  });

  it('finds the heading of every block as a look-up per block does', () => {
    const next = rng(8);
    for (let round = 0; round < 300; round++) {
      const blocks: Block[] = [];
      const n = Math.floor(next() * 40);
      let heading: string | undefined;
      for (let b = 0; b < n; b++) {
        // runs under one heading id, headings with a repeated id, ids of no heading, blocks under none
        if (next() < 0.3) heading = next() < 0.1 ? undefined : `h${Math.floor(next() * 6)}`;
        const kind = next() < 0.2 ? 'heading' : 'paragraph';
        blocks.push({ id: kind === 'heading' ? `h${Math.floor(next() * 5)}` : `b${b}`, kind, text: 'x', ...(heading !== undefined ? { headingId: `${heading}` } : {}) });
      }
      const index = new Map<string, number>();
      blocks.forEach((b, i) => {
        if (b.kind === 'heading') index.set(b.id, i);
      });
      const plain = blocks.map((b) => (b.headingId === undefined || index.size === 0 ? -1 : (index.get(b.headingId) ?? -1)));
      expect([...sectionsOf(blocks).headingOf]).toEqual(plain);
    }
  });

  it('gives every topical weak term its item, and every other term the spare slot', () => {
    const compiled = compileChecklist(locChecklist);
    const nItems = locChecklist.items.length;
    const slots = topicalSlots(compiled, nItems);
    expect(slots.length).toBe(compiled.termRole.length);
    compiled.termRole.forEach((role, ti) => expect(slots[ti]).toBe(role === TERM_ROLE.WEAK ? compiled.termItem[ti] : nItems));
  });

  it('writes the marks of a word type as the loop over its marks in the pool does', () => {
    const compiled = compileChecklist(locChecklist);
    const interner = new WordInterner();
    const always = alwaysSlot(compiled);
    // the checklist's own words (the ones with marks) and their parts, and the test words
    const words = new Set<string>(WORDS.map((w) => w.toLowerCase()));
    for (const item of locChecklist.items) for (const term of [...item.signals.strong, ...item.signals.weak]) for (const w of term.toLowerCase().split(/[^a-zà-ÿ#]+/)) if (w) words.add(w);
    let withMarks = 0;
    let withMore = 0;
    for (const word of words) {
      const ti = makeType(compiled, interner, word);
      const pool = compiled.starts.pairs;
      const plain = [...pool.subarray(ti.endAt, ti.marksEnd)];
      const written = [ti.mark0, ti.mark1, ...pool.subarray(ti.moreMarksAt, ti.marksEnd)];
      // the marks in the pool's order, padded with the always slot
      expect(written.slice(0, Math.max(2, plain.length))).toEqual([...plain, always, always].slice(0, Math.max(2, plain.length)));
      expect(written.length).toBe(Math.max(2, plain.length));
      if (plain.length > 0) withMarks++;
      if (plain.length > 2) withMore++;
    }
    expect(withMarks).toBeGreaterThan(50);
    expect(withMore).toBeGreaterThan(0);
  });

  it('lists per anchor class its paraphrases and their other groups as classAnchors and paraRest do', () => {
    const compiled = compileChecklist(locChecklist);
    const { at, data } = anchorRecords(compiled);
    const { at: anchorAt, data: anchorParas } = compiled.classAnchors;
    const groupsOf = (packed: Int32Array, from: number): number[][] => {
      const groups: number[][] = [];
      let r = from;
      const n = packed[r++]!;
      for (let g = 0; g < n; g++) {
        groups.push([...packed.subarray(r + 1, r + 1 + packed[r]!)]);
        r += packed[r]! + 1;
      }
      return groups;
    };
    let records = 0;
    for (let c = 0; c < compiled.classCount; c++) {
      const paras: number[] = [];
      for (let q = at[c]!; q < at[c + 1]!; q = data[q + 1]!) {
        const p = data[q]!;
        paras.push(p);
        expect(groupsOf(data, q + 2)).toEqual(groupsOf(compiled.paraRest.data, compiled.paraRest.at[p]!));
        records++;
      }
      expect(paras).toEqual([...anchorParas.subarray(anchorAt[c]!, anchorAt[c + 1]!)]);
    }
    expect(records).toBe(anchorParas.length);
    expect(records).toBeGreaterThan(0);
  });

  it('gives a word after a hyphen the ids a plain union with the joined form gives, first time or again', () => {
    const compiled = compileChecklist(locChecklist);
    const scratch = scratchFor(compiled, locChecklist.items.length);
    const parts = ['jeugd', 'hulp', 'zorg', 'aanbieders', 'wijk', 'team', 'ouder', 'kind', 'pleeg', 'gezin', 'wacht', 'tijden', 'huis', 'arts', 'de', 'en'];
    const next = rng(42);
    const buf = createTokenBuffer(64);
    let hyphens = 0;
    for (let round = 0; round < 200; round++) {
      const words: string[] = [];
      for (let w = 0; w < 6; w++) words.push(parts[Math.floor(next() * parts.length)]! + (next() < 0.6 ? '-' + parts[Math.floor(next() * parts.length)]! : ''));
      const text = words.join(' ');
      const n = scanTokens(text, buf, scratch.interner);
      for (let k = 0; k < n - 1; k++) {
        if ((buf.flags[k]! & TOKEN_HYPHEN_NEXT) === 0) continue;
        hyphens++;
        const own = makeType(compiled, scratch.interner, buf.norm[k + 1]!).ids;
        const joined = makeType(compiled, scratch.interner, buf.norm[k]! + buf.norm[k + 1]!).ids;
        const plain = joined.length ? [...new Set([...own, ...joined])].sort((x, y) => x - y) : own;
        expect(hyphenIds(compiled, scratch, buf, k, own)).toEqual(plain);
        expect(hyphenIds(compiled, scratch, buf, k, own)).toEqual(plain);
        // made from other ids (not met in analyze, where `own` is the word's): made again, not reused
        const other = [...own, 1_000_000];
        const plainOther = joined.length ? [...new Set([...other, ...joined])].sort((x, y) => x - y) : other;
        expect(hyphenIds(compiled, scratch, buf, k, other)).toEqual(plainOther);
        expect(hyphenIds(compiled, scratch, buf, k, own)).toEqual(plain);
      }
    }
    expect(hyphens).toBeGreaterThan(100);
  });
});
