/**
 * Every verdict explains itself: what was found, and what kind of passage it is ("genoemd in
 * een vraag", "alleen als wens van ouders", "landelijke afspraak, geen eigen afspraak van de
 * regio"). Pure: returns i18n messages; the panel translates them, the CLI and the letter use
 * the Dutch text.
 */
import type { Message, MessageKey } from '../i18n';
import type { ItemResult, NotRegiovisieReason, PassageKind, Review, StrongKind } from '../check/types';
import { STRONG_KINDS } from '../check/types';
import type { ChecklistItem } from '../checklist/types';
import type { ItemDecision } from './types';
import { toReadReason } from './model';

/** The short label of a passage kind, shown beside a quote ("Kop", "Vraag", "Eigen afspraak"). */
export function passageKindLabel(kind: PassageKind): Message {
  return { key: `kind.${kind}` as MessageKey };
}

/**
 * Why the item got its verdict, in one sentence. `undefined` for the readability item (its
 * figures explain it), when there is no result, and for results stored before passage kinds
 * existed. A deels on one vague word, or an aanwezig that one sentence carries, says so while it
 * is still to read (toReadReason): once the council confirmed or changed it, the kind of passage
 * explains it.
 */
export function explainVerdict(item: Pick<ChecklistItem, 'method'>, result: ItemResult | undefined, decision?: ItemDecision): Message | undefined {
  if (item.method === 'readability' || !result) return undefined;
  if (result.verdict === 'ontbreekt') return { key: 'explain.ontbreekt' };
  const basis = result.basis;
  if (basis === undefined) return undefined;
  const toRead = toReadReason(result, decision);
  if (result.verdict === 'aanwezig') {
    const kind: Message = { key: `explain.kind.${basis}` as MessageKey };
    // only one passage of a longer text carries it: the reader is asked to check it (ItemResult.single)
    return { key: toRead === 'single' ? 'explain.single' : 'explain.aanwezig', params: { kind } };
  }
  // deels: a passage that would carry aanwezig, in a text that is no regiovisie
  if (result.capped) return { key: 'explain.capped' };
  // one sentence with a word that has other senses too: the reader is asked to check it (ItemResult.faint)
  if (toRead === 'faint') return { key: 'explain.faint' };
  // deels on a strong kind of passage: the words were only a vague mention there
  if ((STRONG_KINDS as readonly PassageKind[]).includes(basis as StrongKind)) return { key: 'explain.vague' };
  return { key: 'explain.deels', params: { kind: { key: `explain.kind.${basis}` as MessageKey } } };
}

/** Why a text is not taken for a regiovisie, in plain words. */
export function explainNotRegiovisie(reason: NotRegiovisieReason | undefined): Message {
  return { key: `notRegiovisie.${reason ?? 'no-plan'}` as MessageKey };
}

/** Fewer words than this: the full regiovisie may be elsewhere (a linked PDF, another page). */
export const FEW_WORDS = 1500;

/**
 * Whether the checked text is short: fewer than FEW_WORDS words, or most items found nothing
 * ("ontbreekt") in a text of less than twice that. A long text where most items are missing is
 * a weak regiovisie, not a short text, so it does not count.
 */
export function isShortText(review: Pick<Review, 'source' | 'items'>): boolean {
  const words = review.source.words;
  if (words < FEW_WORDS) return true;
  const missing = review.items.filter((it) => it.verdict === 'ontbreekt').length;
  return words < 2 * FEW_WORDS && review.items.length > 0 && missing * 2 > review.items.length;
}

/**
 * What to warn about before a letter is made: the text does not look like a regiovisie (with
 * the reason), and/or it is short. `short` is left out when the reason already says the text is
 * too short. `undefined` when there is nothing to warn about.
 */
export function textWarning(review: Pick<Review, 'source' | 'items' | 'looksLikeRegiovisie' | 'notRegiovisie'>): { notRegiovisie?: Message; short: boolean } | undefined {
  const notRegiovisie = review.looksLikeRegiovisie ? undefined : explainNotRegiovisie(review.notRegiovisie);
  const short = isShortText(review) && !(notRegiovisie && review.notRegiovisie === 'too-short');
  if (!notRegiovisie && !short) return undefined;
  return notRegiovisie ? { notRegiovisie, short } : { short };
}
