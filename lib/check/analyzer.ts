/**
 * The checker: analyze(document, checklist) → Review. Pure and deterministic; no browser APIs.
 *
 * One pass over the document: every block is tokenised once, split into sentences once, every
 * word TYPE is matched once against a trie of all signal words (compound-aware), and phrases are
 * matched per sentence from the positions of their first word. Cost is linear in the text.
 *
 * Per item a sentence counts as
 *   - "aanwezig"-level: a strong signal in a sentence that states an intent, policy or
 *     arrangement (we gaan…, de regio zorgt ervoor dat…, uitgangspunt, afspraken, in 2025…);
 *   - "deels"-level: a strong signal elsewhere (heading, table of contents, short list item,
 *     question, problem statement, reported speech, description of the document), a vague
 *     "~" signal, or two weak signals together.
 * A text that does not read as a regiovisie of a region (no first-person regional commitments,
 * much reporting) gets at most "deels" for every item.
 */
import type { Block, ExtractedDocument } from '../extract/types';
import type { Checklist, Verdict } from '../checklist/types';
import type { Evidence, ItemResult, Review } from './types';
import { tokenize, type Token } from '../text/tokenize';
import { splitSentencesFromTokens } from '../text/sentences';
import { compileChecklist, matchSentence, type CompiledChecklist } from './signals';
import { BIGRAM_START, CUE, bigramCue, isPlanYear, wordCues } from './cues';
import {
  buildFigures,
  readabilityScore,
  readabilityVerdict,
  sentenceDifficulty,
  wordInfo,
  type SentenceStats,
  type WordInfo,
} from './readability';

export const READABILITY_ID = 'algemeen.begrijpelijk';
export const MAX_EVIDENCE = 5;
const CONTEXT_CHARS = 32;

export type SentenceContext =
  | 'intent'
  | 'plain'
  | 'problem'
  | 'list'
  | 'meta'
  | 'question'
  | 'reported'
  | 'heading'
  | 'toc';

const CONTEXT_FACTOR: Record<SentenceContext, number> = {
  intent: 1,
  plain: 0.75,
  problem: 0.6,
  list: 0.55,
  meta: 0.55,
  question: 0.5,
  reported: 0.5,
  heading: 0.5,
  toc: 0.3,
};

interface Candidate {
  block: number;
  start: number;
  end: number;
  level: 'aanwezig' | 'deels';
  score: number;
  order: number;
}

interface HardSentence {
  block: number;
  start: number;
  end: number;
  difficulty: number;
  order: number;
}

const TOC_LINE = /(?:\.{3,}|…|\s{2,})\s*\d{1,3}\s*$/;
const TOC_HEADINGS = new Set(['inhoud', 'inhoudsopgave', 'inhoudstafel']);

/** Context of one sentence from its cue mask and its place in the document. */
export function classifySentence(
  mask: number,
  opts: { heading: boolean; toc: boolean; question: boolean; listLike: boolean; planYear: boolean },
): SentenceContext {
  if (opts.toc) return 'toc';
  if (opts.heading) return 'heading';
  if (opts.question) return 'question';
  if (mask & CUE.REPORT) return 'reported';
  const we = (mask & CUE.FIRST_PLURAL) !== 0;
  const subject = we || (mask & CUE.REGION_SUBJECT) !== 0;
  const intent =
    (mask & CUE.INTENT_WORD) !== 0 ||
    (subject && (mask & CUE.INTENT_VERB) !== 0) ||
    (we && (mask & CUE.MODAL) !== 0) ||
    (opts.planYear && subject) ||
    (mask & CUE.DONE) !== 0 ||
    ((mask & CUE.UNIVERSAL) !== 0 && (mask & CUE.RECEIVE) !== 0);
  if ((mask & CUE.META) !== 0 || ((mask & CUE.META_WEAK) !== 0 && !we)) return 'meta';
  if (intent && (mask & CUE.PAST) !== 0 && !we) return 'plain';
  if (intent) return 'intent';
  if (opts.listLike) return 'list';
  if (mask & CUE.PROBLEM) return 'problem';
  return 'plain';
}

export function analyze(doc: ExtractedDocument, checklist: Checklist): Review {
  const compiled = compileChecklist(checklist);
  const nItems = checklist.items.length;
  const candidates: Candidate[][] = Array.from({ length: nItems }, () => []);
  // everything about a word TYPE, computed once per analyze call
  interface TypeInfo {
    ids: number[];
    cue: number;
    info: WordInfo | undefined;
  }
  const types = new Map<string, TypeInfo>();
  const sentenceStats: SentenceStats[] = [];
  const hard: HardSentence[] = [];
  const jargonCounts = new Map<string, number>();
  let order = 0;
  let commits = 0;
  let reports = 0;
  let secondPerson = 0;
  let regionWords = 0;
  let proseSentences = 0;

  const typeOf = (norm: string): TypeInfo => {
    let t = types.get(norm);
    if (t === undefined) {
      t = { ids: compiled.matcher.match(norm), cue: wordCues(norm), info: undefined };
      types.set(norm, t);
    }
    return t;
  };
  const idsOf = (norm: string): number[] => typeOf(norm).ids;

  const blocks = doc.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    const text = block.text;
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    const n = tokens.length;
    const typeList: TypeInfo[] = new Array(n);
    const ids: number[][] = new Array(n);
    const isNum: boolean[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      const ti = typeOf(t.norm);
      typeList[k] = ti;
      ids[k] = ti.ids;
      isNum[k] = t.num || (ti.cue & CUE.NUMBER) !== 0;
    }
    addCompoundVariants(tokens, ids, idsOf);
    const sentences = splitSentencesFromTokens(text, tokens);
    const isHeading = block.kind === 'heading';
    const toc = TOC_LINE.test(text) || (block.heading !== undefined && TOC_HEADINGS.has(block.heading.trim().toLowerCase()));
    const shortBlock = tokens.length <= 6 && !/[.!?:;]["')\]]?\s*$/.test(text);

    for (const s of sentences) {
      // cue mask: one pass over the sentence's tokens
      let mask = 0;
      let planYear = false;
      const stats: SentenceStats = { words: 0, syllables: 0, longWords: 0, jargon: 0 };
      for (let k = s.from; k < s.to; k++) {
        const t = tokens[k]!;
        if (t.num) {
          if (isPlanYear(t.norm)) planYear = true;
          continue;
        }
        const ti = typeList[k]!;
        const c = ti.cue;
        if (c) {
          mask |= c & ~BIGRAM_START;
          if (c & BIGRAM_START && k + 1 < s.to) mask |= bigramCue(t.norm, tokens[k + 1]!.norm);
        }
        if (!isHeading) {
          const info = (ti.info ??= wordInfo(t.norm));
          stats.words++;
          stats.syllables += info.syllables;
          if (info.syllables >= 4) stats.longWords++;
          if (info.jargon) {
            stats.jargon++;
            jargonCounts.set(t.norm, (jargonCounts.get(t.norm) ?? 0) + 1);
          }
        }
      }
      const opening = text[s.start];
      if (opening === '"' || opening === '“' || opening === '‘' || opening === "'" || opening === '„') mask |= CUE.REPORT;
      const wordCount = s.to - s.from;
      if (!isHeading && !toc && stats.words > 0) {
        sentenceStats.push(stats);
        proseSentences++;
        if (mask & CUE.SECOND_PERSON) secondPerson++;
        if (mask & CUE.REGION_SUBJECT) regionWords++;
        if (mask & CUE.REPORT) reports++;
        else if (
          !s.question &&
          (((mask & CUE.FIRST_PLURAL) !== 0 && (mask & (CUE.INTENT_VERB | CUE.MODAL | CUE.INTENT_WORD)) !== 0) ||
            ((mask & CUE.REGION_SUBJECT) !== 0 && (mask & CUE.INTENT_WORD) !== 0))
        ) {
          commits++;
        }
        if (stats.words >= 6) {
          hard.push({ block: bi, start: s.start, end: s.end, difficulty: sentenceDifficulty(stats), order: order });
        }
      }

      const found = matchSentence(compiled, ids, isNum, s.from, s.to);
      order++;
      if (found.size === 0) continue;

      const context = classifySentence(mask, {
        heading: isHeading || (shortBlock && sentences.length === 1 && block.kind === 'paragraph'),
        toc,
        question: s.question,
        listLike: (block.kind === 'listItem' || block.kind === 'tableCell') && wordCount <= 8,
        planYear,
      });
      scoreSentence(compiled, found, context, (item, level, score) => {
        candidates[item]!.push({ block: bi, start: s.start, end: s.end, level, score, order });
      });
    }
  }

  // Is this a regiovisie (a region's own plan) or a text about regiovisies / an information page?
  const looksLikeRegiovisie =
    proseSentences > 0 &&
    commits >= 2 &&
    commits * 2 >= reports &&
    secondPerson <= Math.max(2, commits * 2) &&
    // a region's own plan talks about its region and municipalities throughout
    regionWords >= Math.max(2, 0.08 * proseSentences);

  const figures = buildFigures(sentenceStats, jargonCounts);

  const items: ItemResult[] = checklist.items.map((item, index) => {
    if (item.method === 'readability' || item.id === READABILITY_ID) {
      const evidence = hard
        .slice()
        .sort((a, b) => b.difficulty - a.difficulty || a.order - b.order)
        .reduce<Evidence[]>((acc, h) => {
          if (acc.length >= 3) return acc;
          const ev = makeEvidence(blocks[h.block]!, h.start, h.end, h.difficulty);
          if (!acc.some((e) => e.quote === ev.quote)) acc.push(ev);
          return acc;
        }, []);
      return {
        id: item.id,
        theme: item.theme,
        verdict: readabilityVerdict(figures),
        score: readabilityScore(figures),
        evidence,
      };
    }
    return judgeItem(item.id, item.theme, candidates[index]!, blocks, looksLikeRegiovisie);
  });

  return {
    checklist: { id: checklist.id, version: checklist.version },
    source: {
      title: doc.title,
      url: doc.url,
      language: doc.language,
      characters: doc.characters,
      blocks: doc.blocks.length,
      words: doc.words,
    },
    looksLikeRegiovisie,
    regiovisieSignals: {
      sentences: proseSentences,
      commitments: commits,
      reporting: reports,
      secondPerson,
      regional: regionWords,
    },
    items,
    readability: figures,
  };
}

/** Extra pattern ids for hyphenated compounds ("zorg-aanbieders") and suspended parts ("jeugd- en gezinsteams"). */
function addCompoundVariants(tokens: Token[], ids: number[][], idsOf: (norm: string) => number[]): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.hyphenNext) {
      const joined = idsOf(t.norm + tokens[k + 1]!.norm);
      if (joined.length) ids[k + 1] = union(ids[k + 1]!, joined);
    } else if (t.suspended) {
      // find the compound that completes it: skip conjunctions and other suspended parts
      let j = k + 1;
      while (j < tokens.length && (tokens[j]!.suspended || /^(en|of|tot|en\/of)$/.test(tokens[j]!.norm))) j++;
      const head = tokens[j];
      if (!head || j - k > 6) continue;
      const own = new Set([...ids[k]!, ...ids[j]!]);
      let extra: number[] = [];
      const h = head.norm;
      for (let cut = 3; cut <= h.length - 3; cut++) {
        for (const id of idsOf(t.norm + h.slice(cut))) if (!own.has(id)) extra.push(id);
      }
      if (extra.length) {
        extra = [...new Set(extra)].sort((a, b) => a - b);
        ids[k] = union(ids[k]!, extra);
      }
    }
  }
}

function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Turn the terms found in one sentence into per-item candidate passages. */
function scoreSentence(
  compiled: CompiledChecklist,
  found: Map<number, number>,
  context: SentenceContext,
  emit: (item: number, level: 'aanwezig' | 'deels', score: number) => void,
): void {
  // per item: strong (full), strong mention, weak (distinct token positions), excluded, phrases
  const per = new Map<
    number,
    { strong: number; mention: number; weakAt: Set<number>; topical: number; phrase: number; excluded: boolean }
  >();
  for (const [ti, at] of found) {
    const term = compiled.terms[ti]!;
    let p = per.get(term.item);
    if (!p) {
      p = { strong: 0, mention: 0, weakAt: new Set(), topical: 0, phrase: 0, excluded: false };
      per.set(term.item, p);
    }
    if (term.kind === 'exclude') p.excluded = true;
    else if (term.kind === 'weak') {
      if (!p.weakAt.has(at)) {
        p.weakAt.add(at);
        if (!term.actor) p.topical++;
      }
    } else if (term.mention) p.mention++;
    else {
      p.strong++;
      if (term.words.length > 1) p.phrase++;
    }
  }
  const factor = CONTEXT_FACTOR[context];
  for (const [item, p] of per) {
    let { strong, mention } = p;
    // two weak words on different tokens, at least one of them topical (not just two actors)
    let weak = p.topical > 0 ? p.weakAt.size : 0;
    if (p.excluded) {
      strong = p.phrase;
      mention = 0;
      weak = 0;
    }
    let base: number;
    let level: 'aanwezig' | 'deels';
    if (strong > 0) {
      base = 1;
      level = context === 'intent' ? 'aanwezig' : 'deels';
    } else if (mention > 0) {
      base = 0.6;
      level = 'deels';
    } else if (weak >= 3 && p.topical >= 2 && context === 'intent') {
      // several topical words together in a statement of intent
      base = 0.8;
      level = 'aanwezig';
    } else if (weak >= 2) {
      base = 0.5;
      level = 'deels';
    } else continue;
    const extra = Math.min(0.3, 0.1 * (strong + mention + weak - 1));
    const score = Math.min(1, (base + extra) * factor);
    emit(item, level, score);
  }
}

function judgeItem(
  id: string,
  theme: string,
  cands: Candidate[],
  blocks: Block[],
  looksLikeRegiovisie: boolean,
): ItemResult {
  if (cands.length === 0) return { id, theme, verdict: 'ontbreekt', score: 0, evidence: [] };
  const strongOnes = cands.filter((c) => c.level === 'aanwezig');
  let verdict: Verdict = strongOnes.length > 0 ? 'aanwezig' : 'deels';
  const best = cands.reduce((m, c) => Math.max(m, c.score), 0);
  let score =
    verdict === 'aanwezig'
      ? 0.6 + 0.25 * Math.min(1, (strongOnes.length - 1) / 3) + 0.15 * best
      : 0.2 + 0.35 * best;
  if (!looksLikeRegiovisie && verdict === 'aanwezig') {
    verdict = 'deels';
    score = Math.min(score, 0.55);
  }
  const ranked = cands
    .slice()
    .sort(
      (a, b) =>
        (b.level === 'aanwezig' ? 1 : 0) - (a.level === 'aanwezig' ? 1 : 0) || b.score - a.score || a.order - b.order,
    );
  const evidence: Evidence[] = [];
  for (const c of ranked) {
    if (evidence.length >= MAX_EVIDENCE) break;
    const ev = makeEvidence(blocks[c.block]!, c.start, c.end, c.score);
    if (evidence.some((e) => e.quote === ev.quote)) continue;
    evidence.push(ev);
  }
  return { id, theme, verdict, score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, evidence };
}

function makeEvidence(block: Block, start: number, end: number, score: number): Evidence {
  const text = block.text;
  const ev: Evidence = {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    block: block.id,
    score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
  };
  if (block.heading !== undefined) ev.heading = block.heading;
  if (block.page !== undefined) ev.page = block.page;
  return ev;
}
