/**
 * Every verdict explains itself: what was found, and what kind of passage it is ("genoemd in
 * een vraag", "alleen als wens van ouders", "landelijke afspraak, geen eigen afspraak van de
 * regio"). Pure: returns i18n messages; the panel translates them, the CLI and the letter use
 * the Dutch text.
 */
import type { Message, MessageKey } from '../i18n';
import type { ItemResult, NotRegiovisieReason, PassageKind, StrongKind } from '../check/types';
import { STRONG_KINDS } from '../check/types';

/** The short label of a passage kind, shown beside a quote ("Kop", "Vraag", "Eigen afspraak"). */
export function passageKindLabel(kind: PassageKind): Message {
  return { key: `kind.${kind}` as MessageKey };
}

/**
 * Why the item got its verdict, in one sentence. `undefined` for the readability item (its
 * figures explain it) and for results stored before passage kinds existed.
 */
export function explainVerdict(result: ItemResult): Message | undefined {
  if (result.verdict === 'ontbreekt') return { key: 'explain.ontbreekt' };
  const basis = result.basis;
  if (basis === undefined) return undefined;
  if (result.verdict === 'aanwezig') return { key: 'explain.aanwezig', params: { kind: { key: `explain.kind.${basis}` as MessageKey } } };
  // deels: a passage that would carry aanwezig, in a text that is no regiovisie
  if (result.capped) return { key: 'explain.capped' };
  // deels on a strong kind of passage: the words were only a vague mention there
  if ((STRONG_KINDS as readonly PassageKind[]).includes(basis as StrongKind)) return { key: 'explain.vague' };
  return { key: 'explain.deels', params: { kind: { key: `explain.kind.${basis}` as MessageKey } } };
}

/** Why a text is not taken for a regiovisie, in plain words. */
export function explainNotRegiovisie(reason: NotRegiovisieReason | undefined): Message {
  return { key: `notRegiovisie.${reason ?? 'no-plan'}` as MessageKey };
}
