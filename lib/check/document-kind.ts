/**
 * Is this text a regiovisie (a region's own plan for youth care), and if not, why not? Read from
 * counts gathered in the checker's single pass over the text. A text that is not a regiovisie is
 * still judged item by item, but nothing in it carries `aanwezig`: what an ordinance, council
 * minutes or a news item says is no plan of the region.
 */
import type { NotRegiovisieReason, Weights } from './types';

export interface DocumentCounts {
  /** Share of words that are youth-care words is high enough (see MIN_TOPIC_SHARE). */
  onTopic: boolean;
  /** Marks of a newspaper article near the top: a dateline ("BRAKKENSTEIN – …") or a byline ("Door onze verslaggever …"). */
  newsMarks: number;
  /** Sentences of running text (no headings, no contents lines). */
  sentences: number;
  /** Sentences with the region's own commitment ("we gaan…", "de regio zorgt ervoor dat…"). */
  commitments: number;
  /** Sentences that report what others said (volgens, zegt, een quote). */
  reporting: number;
  /** Sentences in the second person (u, je): information pages. */
  secondPerson: number;
  /** Sentences in the first person plural (we, wij, ons). */
  firstPerson: number;
  /** "artikel 3", "lid 2": the numbered provisions of an ordinance. */
  articles: number;
  /** Speakers of a meeting: de voorzitter, mevrouw/de heer X, raadslid, inspreker, fractie. */
  speakers: number;
  /** "ons team", "onze begeleiders": a care provider about itself. */
  ownOrganisation: number;
  /** The text calls itself a regiovisie, visie or plan of the region (title or text). */
  namesItself: boolean;
  /** The title or first heading names another kind of document (a vacancy, an annual report, a press release). */
  namesOther: boolean;
  /** How many of the three questions of annual accounts, in the past tense, open a heading or paragraph ("Wat wilden we bereiken?"). */
  accountQuestions: number;
  /** Sentences naming the region, its municipalities or its bodies. */
  regional: number;
  /** Of those, sentences about regions in general ("regio's", "elke regio", "een regio"). */
  generic: number;
}

export interface DocumentKind {
  regiovisie: boolean;
  reason?: NotRegiovisieReason;
}

export function recogniseDocument(c: DocumentCounts, w: Weights['regiovisie']): DocumentKind {
  if (!c.onTopic) return { regiovisie: false, reason: 'off-topic' };
  if (c.sentences < 3) return { regiovisie: false, reason: 'too-short' };
  if (c.articles >= 3 && c.articles >= 0.05 * c.sentences) return { regiovisie: false, reason: 'ordinance' };
  if (c.speakers >= 4 && c.speakers >= 0.08 * c.sentences) return { regiovisie: false, reason: 'minutes' };
  if (c.namesOther) return { regiovisie: false, reason: 'other-document' };
  // (not a regiovisie that looks back on the one before it: it names itself)
  if (c.accountQuestions >= w.minAccountQuestions && !c.namesItself) return { regiovisie: false, reason: 'account' };
  // a care provider about its own offer ("ons team", "onze begeleiders"), hardly naming the region
  if (!c.namesItself && c.ownOrganisation >= w.minOwnOrganisation && c.regional <= c.ownOrganisation) return { regiovisie: false, reason: 'provider' };
  // about regions in general (a report, a guide, lessons for regions): more sentences about
  // "regio's" than about one region or in our own "we"
  if (c.generic >= w.minGenericSentences && c.generic * 2 > c.regional + c.firstPerson) return { regiovisie: false, reason: 'general' };
  const commitShare = c.commitments / c.sentences;
  const reportShare = c.reporting / c.sentences;
  // a news item: many sentences report what others said, or a newspaper's dateline or byline with more reporting than promises
  if ((reportShare > w.maxReportShare || c.newsMarks > 0) && c.commitments * 2 < c.reporting) return { regiovisie: false, reason: 'news' };
  // A text that names itself a regiovisie needs fewer commitments than one that does not.
  const needed = c.namesItself ? Math.max(1, w.minCommitments - 1) : w.minCommitments;
  if (c.commitments < needed || commitShare < (c.namesItself ? w.minCommitShare / 2 : w.minCommitShare)) {
    // many "u/je" sentences and no plan of its own: an information page for residents
    if (c.secondPerson > Math.max(2, c.firstPerson)) return { regiovisie: false, reason: 'information' };
    return { regiovisie: false, reason: 'no-plan' };
  }
  return { regiovisie: true };
}
