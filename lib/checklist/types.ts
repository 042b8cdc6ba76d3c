/**
 * The checklist is data: versioned, validated at run time (see validate.ts), so a council
 * can later load a checklist of its own. Ids of the LOC checklist are fixed (spec/checklist.md).
 */

export type Verdict = 'aanwezig' | 'deels' | 'ontbreekt';
export const VERDICTS: readonly Verdict[] = ['aanwezig', 'deels', 'ontbreekt'];

export type ThemeId = 'vertrouwen' | 'passend' | 'kwaliteit' | 'expert' | 'algemeen';

export interface Theme {
  id: ThemeId | string;
  /** Dutch title as shown in the panel and the letter. */
  title: string;
  /** One-sentence Dutch description. */
  description: string;
}

/**
 * Search signals for one item. Terms are plain Dutch words or phrases, matched after
 * normalisation (case, diacritics, soft hyphens), stemming and compound splitting by lib/check.
 */
export interface Signals {
  /** Terms that strongly indicate the topic (each match counts fully). */
  strong: string[];
  /** Terms that weakly indicate the topic (need support from another term in the same passage). */
  weak: string[];
  /** Optional terms that must NOT be present nearby for a match to count (disambiguation). */
  exclude?: string[];
  /**
   * Whom the item is about: groups of alternatives ("gezin|ouders|kind"), each of which must be
   * in the same passage for a term to count. "Eén aanspreekpunt voor aanbieders" is not about
   * families. Paraphrases carry their own groups and are not checked against these.
   */
  about?: string[];
  /**
   * Paraphrases without the item's key terms: groups of alternatives joined by "+", all of which
   * must be in one passage ("vaste|eigen|één + contactpersoon|persoon|hulpverlener + gezin|ouders").
   * A paraphrase counts as a full term; one that starts with "~" only as a mention (at most
   * `deels`): "~spraken|gesprekken + ouders|jongeren" (we talked with parents).
   */
  paraphrase?: string[];
  /**
   * The item is about something that goes on (gathering experiences, staying in conversation,
   * listening during help): a passage about a past, one-off event ("voor deze visie spraken we met
   * veertig ouders") is only a mention of it, at most `deels`.
   */
  ongoing?: boolean;
  /**
   * Items this one leaves a passage to: in a passage that carries one of them (its term or a
   * paraphrase), this item counts only as a mention (at most `deels`) unless the passage has a term
   * of this item itself. "Wie wacht, wordt binnen een week gebeld" is about contact while waiting,
   * and "het doorbraakteam zet binnen vijf werkdagen hulp in" about that team: neither is a norm
   * for waiting lists, though both name a time to help.
   */
  yieldsTo?: string[];
  /**
   * A term of this item said with "niet" or "geen" beside it names what is missing ("wie zich niet
   * gehoord voelt"), so it does not keep a passage for the item against yieldsTo. Not for an item
   * whose subject is a problem to end: "geen wachtlijsten meer" is the item itself.
   */
  deniable?: boolean;
}

export interface LetterSentences {
  /** Used when the regiovisie addresses the item. */
  aanwezig: string;
  /** Used when the regiovisie only touches the item. */
  deels: string;
  /** Used when the regiovisie says nothing about it: phrased as a request/recommendation. */
  ontbreekt: string;
}

export interface ChecklistItem {
  id: string;
  theme: string;
  /** Short Dutch title (B1). */
  title: string;
  /** One paragraph, Dutch B1, own words: the recommendation and why it matters to families. */
  explanation: string;
  /** The recommendation in one plain sentence (used in the letter). */
  recommendation: string;
  signals: Signals;
  letter: LetterSentences;
  /** "readability" items are measured, not keyword-matched (algemeen.begrijpelijk). */
  method?: 'signals' | 'readability';
}

export interface Checklist {
  id: string;
  version: string;
  title: string;
  /** Credit for the source the checklist is derived from. */
  source: { title: string; publisher: string; date: string; url: string };
  themes: Theme[];
  items: ChecklistItem[];
  /**
   * Words of other policy fields (care for the elderly, public space, ICT, staff, work and
   * income, energy, sports): a passage with one of these and no youth-care word is about
   * something else, and no item counts there ("the hele gezin gratis naar het zwembad").
   */
  otherDomains?: string[];
  /**
   * Words of fields where children and parents are named as a matter of course (sports and clubs,
   * school transport): a passage with one of these counts only with a word of care itself
   * ("jeugdhulp", "hulpverlener", "opvoeden"), not with "kinderen" or "ouders" alone ("Elke
   * vereniging heeft een vertrouwenscontactpersoon voor kinderen en ouders").
   */
  childDomains?: string[];
}
