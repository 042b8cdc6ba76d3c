/**
 * Compound-aware matching of signal words inside Dutch words. Dutch writes compounds as one
 * word ("wachtlijstaanpak", "jeugdhulpaanbieders", "ervaringsdeskundigen"), so a signal word
 * must also be found as the head, the first part or (for long words) a middle part of a word.
 *
 * The matcher is a trie over the normalised form AND the stem of every signal word. Each word
 * TYPE of a document is matched once (the caller caches), in O(length × depth).
 */

import { stem } from './stemmer';
import { DUTCH_STOPWORDS } from './stopwords';

export interface WordPattern {
  /** Normalised (lower-case, no diacritics) written form of the signal word. */
  form: string;
  /** When false, only a whole-word match (same stem or same form) counts. */
  compound: boolean;
  /**
   * Only as the head (last part) of a compound, never as its first or middle part
   * ("aanbieders" in "jeugdhulpaanbieders", but "regio" not in "regiovisie").
   */
  headOnly?: boolean;
  /**
   * By its written form only, never by its stem ("vertrouwelijk" is not "vertrouwen", "ouderen"
   * is not "ouders"); still found inside compounds when `compound` is set.
   */
  exactForm?: boolean;
}

interface Node {
  next: Map<string, Node>;
  /** Pairs (pattern id, key length) of the keys that end here. */
  ends?: number[];
}

/** Endings a compound head may still carry: plural, inflection. */
const INFLECTION = new Set(['', 's', 'e', 'en', 'n', 'es', 'ene', 'ers', 'er', 'te', 'de', 'ten', 'den', 'st', 'heid', 'lijk', 'lijke']);

/**
 * Dutch words that end in a shorter signal word without being a compound of it: "houder" is
 * not "h" + "ouder" ("toezichthouder" has nothing to do with parents), "kwartaal" is not
 * "kwar" + "taal". A head match that falls inside one of these longer heads does not count, nor a
 * middle part that ends where one does (`end`: "budgethoudersoverleg" up to "…houders").
 */
const LONGER_HEADS = ['houder', 'houders', 'schouder', 'schouders', 'kwartaal', 'totaal', 'portaal', 'kwartalen'];

function insideLongerHead(norm: string, headStart: number, end = norm.length): boolean {
  for (const h of LONGER_HEADS) {
    if (norm.endsWith(h, end) && end - h.length < headStart) return true;
  }
  return false;
}

/**
 * A particle or preposition in front of a word often makes a new word, not a compound of it: an
 * "aanvraag" is an application, not a question; "toezicht" is supervision, "voorzorg"
 * precaution, "overleg" a meeting and "vooruitgaat" is progress, not "gaat". A signal word is not
 * found after one of these as the whole first part. Left out are the prefixes after which the
 * word keeps its sense ("doorverwijzing" is a verwijzing, "ondersteuning" steun, "bijscholing"
 * scholing, "meekijken" kijken, "binnenschools" school) and the two-letter ones (af, in, op …),
 * which the minimum first part (MIN_REST) already leaves out.
 */
const PARTICLE_PREFIXES = new Set(['aan', 'achter', 'neer', 'ont', 'opeen', 'over', 'samen', 'tegen', 'terug', 'toe', 'uit', 'voor', 'vooruit', 'weg']);

/** Minimum key length for each position of a signal word inside a compound. */
const MIN_HEAD = 4; // "…team", "…raad"
const MIN_PREFIX = 5; // "wachtlijst…"
const MIN_MIDDLE = 6; // "…aanbieder…"
const MIN_REST = 3; // the other part of a compound is at least 3 letters

export class CompoundMatcher {
  private readonly root: Node = { next: new Map() };
  private readonly byStem = new Map<string, number[]>();
  private readonly byForm = new Map<string, number[]>();
  private readonly headOnly: boolean[] = [];

  constructor(patterns: WordPattern[]) {
    patterns.forEach((p, id) => {
      this.headOnly.push(p.headOnly === true);
      add(this.byForm, p.form, id);
      if (p.exactForm) {
        if (p.compound) this.insert(p.form, id);
        return;
      }
      const st = stem(p.form);
      add(this.byStem, st, id);
      if (p.compound) {
        this.insert(p.form, id);
        if (st !== p.form) this.insert(st, id);
      }
    });
  }

  private insert(key: string, id: number): void {
    let node = this.root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) {
        n = { next: new Map() };
        node.next.set(ch, n);
      }
      node = n;
    }
    (node.ends ??= []).push(id, key.length);
  }

  /** Ids of the patterns found in one normalised word (whole word or compound part). Sorted, unique. */
  match(norm: string): number[] {
    const found = new Set<number>();
    for (const id of this.byForm.get(norm) ?? []) found.add(id);
    if (DUTCH_STOPWORDS.has(norm)) return [...found].sort((a, b) => a - b);
    for (const id of this.byStem.get(stem(norm)) ?? []) found.add(id);
    const n = norm.length;
    if (n >= MIN_HEAD + MIN_REST) {
      for (let i = 0; i <= n - MIN_HEAD; i++) {
        if (i > 0 && i < MIN_REST) continue;
        let node: Node | undefined = this.root;
        for (let j = i; j < n && node; j++) {
          node = node.next.get(norm[j]!);
          if (!node?.ends) continue;
          const ends = node.ends;
          for (let k = 0; k < ends.length; k += 2) {
            const id = ends[k]!;
            const len = ends[k + 1]!;
            // the part of the word after the key
            const rest = norm.slice(j + 1);
            let ok = false;
            if (i > 0 && PARTICLE_PREFIXES.has(norm.slice(0, i))) ok = false;
            else if (i === 0) ok = !this.headOnly[id] && len >= MIN_PREFIX && plausibleRest(rest);
            else if (INFLECTION.has(rest)) ok = len >= MIN_HEAD && !insideLongerHead(norm, i);
            // (a middle part too: "accounthoudersoverleg" has no "ouders")
            else ok = !this.headOnly[id] && len >= MIN_MIDDLE && plausibleRest(rest) && !insideLongerHead(norm, i, j + 1);
            if (ok) found.add(id);
          }
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** Derivational endings: "jeugd" + "igen" is not a compound, "jeugd" + "zorg" is. */
const DERIVATIONAL = ['ig', 'ing', 'matig', 'heid', 'lijk', 'isch', 'baar', 'loos', 'schap', 'elijk', 'erij', 'atie', 'iteit', 'achtig', 'ering'];

/** The rest of a word after a first compound part: optional linking s/e/en, then a part of 3+ letters. */
function plausibleRest(rest: string): boolean {
  if (rest.length < MIN_REST) return false;
  for (const d of DERIVATIONAL) if (rest.startsWith(d)) return false;
  return true;
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}

/** Convenience: does the word contain the signal word (whole or as a compound part)? */
export function containsWord(word: string, signal: string): boolean {
  return new CompoundMatcher([{ form: signal, compound: true }]).match(word).length > 0;
}
