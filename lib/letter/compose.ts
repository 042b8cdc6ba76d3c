/**
 * composeLetter: SavedReview + checklist + council settings + template → LetterModel.
 * Pure and deterministic for a given `now`. Hand-set verdicts win over automatic ones, the
 * council's toelichting and own evidence are included (its private notes never are), the
 * letter and the appendix say exactly which verdicts the council checked, user edits
 * (letterEdits) replace paragraphs by id. All text goes through the text-safety helpers: no
 * "\n", no lone surrogates.
 */
import { VERDICTS, type Checklist, type ChecklistItem, type Theme, type Verdict } from '../checklist/types';
import type { Evidence, ItemResult, ReadabilityFigures } from '../check/types';
import type { Addressee, ItemDecision, OwnEvidence, SavedReview } from '../review/types';
import { isFileKey } from '../review/url';
import { decisionOf, effectiveVerdict, type VerdictCounts } from '../review/model';
import { sourceOfQuote } from '../review/sources';
import type { Comparison } from '../review/compare';
import { changesAppendix, changesSection } from './changes';
import { explainVerdict, textWarning } from '../review/explain';
import { translate } from '../i18n';
import { letterFileName } from './file-name';
import { chartMax } from './chart';
import { base64ToBytes, fitInBox, imageSize } from './image';
import type { CellParagraph, LetterBlock, LetterModel, ParagraphBlock, TableCell } from './model';
import { fillPlaceholders, PLACEHOLDER_THEMES, type PlaceholderValues } from './placeholders';
import { hasPlaceholders, type CouncilSettings } from './settings';
import type { LetterTemplate, OverviewSection, RequestSection, TextSection, ThemesSection } from './templates';
import {
  formatDutchDate,
  formatLooseDutchDate,
  formatNumber,
  formatPercent,
  oneLine,
  parseDate,
  shortHash,
  shortLine,
  toParagraphs,
  truncateText,
} from './text';

/** Longest quote shown in the appendix, in user-perceived characters. */
export const MAX_QUOTE_CHARS = 300;
/** Automatic passages shown per item in the appendix (own evidence is always shown). */
export const MAX_AUTO_EVIDENCE = 2;
/** Toelichtingen longer than this (in characters) go below the appendix table instead of into a cell. */
export const MAX_NOTE_IN_TABLE = 800;
/**
 * Longest name, address line, e-mail address, place or role in the letter, and longest title,
 * address (URL) and edited one-line text (subject, salutation, closing, a heading), in
 * user-perceived characters. Longer text is cut with "…": a letter has lines, not pages, there.
 */
export const MAX_NAME_CHARS = 200;
export const MAX_TITLE_CHARS = 300;
export const MAX_URL_CHARS = 1000;
export const MAX_LINE_CHARS = 500;
const nameLine = (text: string) => shortLine(text, MAX_NAME_CHARS);
/** Logo box in the letterhead, pixels at 96 dpi. */
const LOGO_BOX = { width: 200, height: 80 };

export const VERDICT_LABEL: Record<Verdict, string> = {
  aanwezig: 'Aanwezig',
  deels: 'Deels',
  ontbreekt: 'Ontbreekt',
};

/** The outcome for one checklist item after the council's review. */
export interface EffectiveItem {
  item: ChecklistItem;
  automatic?: ItemResult;
  decision?: ItemDecision;
  verdict: Verdict;
  /** The council set a verdict that differs from the automatic one. */
  changedByCouncil: boolean;
  /** The council looked at the item and agrees (confirmed, or set the same verdict by hand). */
  confirmedByCouncil: boolean;
}

/** What the council did with the verdicts: confirmed ("Klopt"), changed, or left automatic (not checked). */
export interface CheckCounts {
  total: number;
  confirmed: number;
  changed: number;
  unchecked: number;
}

export function checkCounts(items: EffectiveItem[]): CheckCounts {
  const confirmed = items.filter((e) => e.confirmedByCouncil).length;
  const changed = items.filter((e) => e.changedByCouncil).length;
  return { total: items.length, confirmed, changed, unchecked: items.length - confirmed - changed };
}

/**
 * Exactly what the council checked, in the letter's own voice ('wij': "Wij hebben 22 van de 34
 * oordelen zelf nagekeken. …") or in the appendix's ('raad': "De raad heeft …"). An automatic
 * verdict is never said to be checked.
 */
export function checkedSentence(c: CheckCounts, voice: 'wij' | 'raad'): string {
  const n = c.total;
  if (n === 0) return '';
  const checked = c.confirmed + c.changed;
  const wij = voice === 'wij';
  const subjectHas = wij ? 'Wij hebben' : 'De raad heeft';
  const byUs = wij ? 'door ons' : 'door de raad';
  const oordelen = (k: number) => (k === 1 ? 'oordeel' : 'oordelen');
  if (checked === 0) {
    return n === 1
      ? `Het oordeel is automatisch gegeven en niet ${byUs} nagekeken.`
      : `Alle ${n} oordelen zijn automatisch gegeven en niet ${byUs} nagekeken.`;
  }
  let detail: string;
  if (c.changed === 0) detail = checked === 1 ? 'Dat oordeel klopte.' : `Die ${checked} oordelen klopten.`;
  else if (c.confirmed === 0) detail = checked === 1 ? `Dat oordeel ${wij ? 'hebben wij' : 'heeft de raad'} aangepast.` : `Die ${checked} oordelen ${wij ? 'hebben wij' : 'heeft de raad'} aangepast.`;
  else {
    detail = `Daarvan ${c.confirmed === 1 ? 'klopte er 1' : `klopten er ${c.confirmed}`} en ${wij ? 'hebben wij' : 'heeft de raad'} er ${c.changed} aangepast.`;
  }
  const first = checked === n ? (n === 1 ? `${subjectHas} het oordeel zelf nagekeken.` : `${subjectHas} alle ${n} oordelen zelf nagekeken.`) : `${subjectHas} ${checked} van de ${n} ${oordelen(n)} zelf nagekeken.`;
  const rest =
    c.unchecked === 0
      ? ''
      : c.unchecked === 1
        ? ` Het andere oordeel is automatisch gegeven en niet ${byUs} nagekeken.`
        : ` De andere ${c.unchecked} oordelen zijn automatisch gegeven en niet ${byUs} nagekeken.`;
  return `${first} ${detail}${rest}`;
}

/** What the appendix says per item about who checked its verdict. */
export const CHECK_LABEL = {
  confirmed: 'Nagekeken door de raad: klopt',
  changed: '(aangepast door de raad)',
  unchecked: 'Automatisch, niet nagekeken door de raad',
} as const;

/**
 * "LOC" for "LOC Waardevolle zorg": a publisher whose name starts with an abbreviation is named
 * by it, as people name it; any other publisher in full.
 */
function shortPublisher(publisher: string): string {
  const first = publisher.split(' ')[0] ?? '';
  return /^[A-Z]{2,}$/.test(first) ? first : publisher;
}

/** "Bijlage 2: het rapport „…”, LOC, februari 2022": the report the recommendations come from, as an attachment. */
export function reportAttachment(checklist: Checklist, number: number): string {
  const source = checklist.source;
  const parts = [`het rapport „${oneLine(source.title)}”`, shortPublisher(oneLine(source.publisher)), formatLooseDutchDate(oneLine(source.date))].filter(
    (p) => p !== '',
  );
  return `Bijlage ${number}: ${parts.join(', ')}`;
}

/** The address people type for the report ("www.loc.nl/regionale-jz"): without "https://". */
export function reportAddress(checklist: Checklist): string {
  return oneLine(checklist.source.url).replace(/^https?:\/\//, '');
}

/** "hulp op basis van vertrouwen": a title inside a sentence; a word such as "LVB" keeps its capitals. */
function inSentence(title: string): string {
  const t = oneLine(title);
  if (/^Eén\b/u.test(t)) return `één${t.slice(3)}`; // "Eén" is the capital of "één", not of "eén"
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "a, b en c". */
function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export function effectiveItems(saved: SavedReview, checklist: Checklist): EffectiveItem[] {
  const byId = new Map(saved.automatic.items.map((r) => [r.id, r]));
  return checklist.items.map((item) => {
    const automatic = byId.get(item.id);
    const decision = decisionOf(saved, item.id);
    // An item the automatic review does not have counts as ontbreekt.
    const effective = effectiveVerdict(saved, item.id);
    const verdict: Verdict = effective?.verdict ?? 'ontbreekt';
    const changedByCouncil = effective?.byHand === true && verdict !== (effective.automatic ?? 'ontbreekt');
    const confirmedByCouncil = !changedByCouncil && (decision?.confirmed === true || effective?.byHand === true);
    const out: EffectiveItem = { item, verdict, changedByCouncil, confirmedByCouncil };
    if (automatic) out.automatic = automatic;
    if (decision) out.decision = decision;
    return out;
  });
}

type Counts = VerdictCounts;

function count(items: EffectiveItem[]): Counts {
  const c: Counts = { total: items.length, aanwezig: 0, deels: 0, ontbreekt: 0 };
  for (const e of items) c[e.verdict]++;
  return c;
}

interface ThemeGroup {
  theme: Theme;
  items: EffectiveItem[];
  counts: Counts;
}

function groupByTheme(items: EffectiveItem[], checklist: Checklist): ThemeGroup[] {
  const groups = checklist.themes.map((theme) => ({ theme, items: items.filter((e) => e.item.theme === theme.id) }));
  const known = new Set(checklist.themes.map((t) => t.id));
  const rest = items.filter((e) => !known.has(e.item.theme));
  if (rest.length > 0) {
    groups.push({ theme: { id: 'overig', title: 'Overige aanbevelingen', description: '' }, items: rest });
  }
  return groups.filter((g) => g.items.length > 0).map((g) => ({ ...g, counts: count(g.items) }));
}

/** "De regiovisie werkt 12 van de 34 aanbevelingen goed uit. …" in correct Dutch for any counts. */
export function summarySentence(c: Counts): string {
  const n = c.total;
  const plural = (k: number, one: string, many: string) => (k === 1 ? one : many);
  if (n === 0) return 'Er waren geen aanbevelingen om te toetsen.';
  if (c.aanwezig === n) return `De regiovisie werkt alle ${n} aanbevelingen uit het rapport goed uit.`;
  if (c.ontbreekt === n) return `De regiovisie werkt geen van de ${n} aanbevelingen uit het rapport uit.`;
  if (c.deels === n) return `De regiovisie noemt alle ${n} aanbevelingen uit het rapport, maar werkt er geen enkele volledig uit.`;
  const first =
    c.aanwezig === 0
      ? `De regiovisie werkt geen van de ${n} aanbevelingen uit het rapport volledig uit.`
      : `Van de ${n} aanbevelingen uit het rapport werkt de regiovisie er ${c.aanwezig} goed uit.`;
  const parts: string[] = [];
  if (c.deels > 0) {
    parts.push(`bij ${c.deels} ${plural(c.deels, 'aanbeveling', 'aanbevelingen')} blijft de regiovisie vaag of onvolledig`);
  }
  if (c.ontbreekt > 0) {
    parts.push(`er ${plural(c.ontbreekt, 'ontbreekt', 'ontbreken')} ${c.ontbreekt} ${plural(c.ontbreekt, 'aanbeveling', 'aanbevelingen')} helemaal`);
  }
  const second = parts.join(' en ');
  return `${first} ${second.charAt(0).toUpperCase()}${second.slice(1)}.`;
}

/** "3 goed uitgewerkt, 2 deels en 2 ontbreken" (zero counts left out). */
export function countPhrase(c: Counts): string {
  if (c.aanwezig === c.total) return `alle ${c.total} goed uitgewerkt`;
  if (c.ontbreekt === c.total) return c.total === 1 ? 'ontbreekt' : `alle ${c.total} ontbreken`;
  const parts: string[] = [];
  if (c.aanwezig > 0) parts.push(`${c.aanwezig} goed uitgewerkt`);
  if (c.deels > 0) parts.push(`${c.deels} deels`);
  if (c.ontbreekt > 0) parts.push(`${c.ontbreekt} ${c.ontbreekt === 1 ? 'ontbreekt' : 'ontbreken'}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "gemeenteraad" / "de gemeenteraad", the college, or both ("de gemeenteraad en het college van …"). */
export function recipientPhrase(addressee: Addressee): { ontvanger: string; deOntvanger: string } {
  switch (addressee) {
    case 'gemeenteraad':
      return { ontvanger: 'gemeenteraad', deOntvanger: 'de gemeenteraad' };
    case 'college van B&W':
      return { ontvanger: 'college van burgemeester en wethouders', deOntvanger: 'het college van burgemeester en wethouders' };
    case 'gemeenteraad en college van B&W':
      return {
        ontvanger: 'gemeenteraad en college van burgemeester en wethouders',
        deOntvanger: 'de gemeenteraad en het college van burgemeester en wethouders',
      };
  }
}

/**
 * Whom the letter is about and for: the review's own values (set per review in the panel) first,
 * then the council settings; the regiovisie's name, else the title of the checked page or file.
 */
export interface LetterSubject {
  municipality: string;
  region: string;
  addressee: Addressee;
  regiovisieName: string;
}

const given = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text.trim() : undefined);

export function letterSubject(saved: SavedReview, settings: CouncilSettings): LetterSubject {
  return {
    municipality: given(saved.municipality) ?? settings.recipient.municipality,
    region: given(saved.region) ?? settings.recipient.region,
    addressee: saved.addressee ?? settings.recipient.body,
    regiovisieName: given(saved.regiovisieName) ?? given(saved.title) ?? saved.automatic.source.title,
  };
}

/** Place for "Plaats, datum": the setting, else the city in the council's postcode line, else the municipality. */
export function letterPlace(settings: CouncilSettings): string {
  if (settings.place?.trim()) return nameLine(settings.place);
  for (const line of [...settings.council.address].reverse()) {
    const m = /^\d{4}\s?[A-Za-z]{2}\s+(.+)$/.exec(line.trim());
    if (m) return nameLine(m[1]!);
  }
  return nameLine(settings.recipient.municipality);
}

function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?…:;]$/.test(t) ? t : `${t}.`;
}

function evidenceLocation(e: { heading?: string; page?: number }): string {
  const parts: string[] = [];
  if (e.heading && oneLine(e.heading)) parts.push(`onder het kopje „${truncateText(oneLine(e.heading), 80)}”`);
  if (typeof e.page === 'number' && Number.isFinite(e.page)) parts.push(`pagina ${e.page}`);
  return parts.join(', ');
}

/** `source`: where the quote is from ("in „Werkagenda”"), for a review of several sources. */
function quoteParagraphs(e: Evidence | OwnEvidence, own: boolean, source?: string): CellParagraph[] {
  const quote = oneLine(e.quote);
  if (!quote) return [];
  const out: CellParagraph[] = [{ text: `„${truncateText(quote, MAX_QUOTE_CHARS)}”`, italic: true }];
  const where = [source ?? '', evidenceLocation(e)].filter(Boolean).join(', ');
  const meta = [where ? where.charAt(0).toUpperCase() + where.slice(1) : '', own ? 'toegevoegd door de raad' : '']
    .filter(Boolean)
    .join(' · ');
  if (meta) out.push({ text: meta, muted: true });
  return out;
}

function readabilityNote(r: ReadabilityFigures): string {
  return `Gemeten leesgemak (Flesch–Douma): ${formatNumber(r.fleschDouma, 0)}; geschat taalniveau: ${nameLine(r.level) || 'onbekend'}. Het doel is B1.`;
}

/** Split a template text (or an edit) into paragraph blocks with stable ids: id, id.2, id.3, … */
function textBlocks(id: string, text: string, style: ParagraphBlock['style'] = 'body'): ParagraphBlock[] {
  return toParagraphs(text).map((t, i) => ({ type: 'paragraph', id: i === 0 ? id : `${id}.${i + 1}`, text: t, style }));
}

/** Intro lines before a list: kept on the same page as the first item. */
function introBlocks(id: string, text: string): ParagraphBlock[] {
  const blocks = textBlocks(id, text);
  const last = blocks[blocks.length - 1];
  if (last) last.keepNext = true;
  return blocks;
}

/** The council's toelichting (never its private note) as note paragraphs, labelled. */
function noteBlocks(id: string, toelichting: string | undefined, label = 'Toelichting van de raad:'): ParagraphBlock[] {
  const blocks = textBlocks(id, toelichting ?? '', 'note');
  if (blocks[0]) blocks[0].label = label;
  return blocks;
}

/**
 * Apply the user's edits: a paragraph or heading whose id is in `edits` gets the edited text.
 * An edit with several lines becomes several paragraphs (ids id, id~2, …); an empty edit
 * removes the paragraph.
 */
export function applyEdits(blocks: LetterBlock[], edits: Record<string, string> | undefined): LetterBlock[] {
  if (!edits || Object.keys(edits).length === 0) return blocks;
  const out: LetterBlock[] = [];
  for (const block of blocks) {
    const edit = Object.prototype.hasOwnProperty.call(edits, block.id) ? edits[block.id] : undefined;
    if (edit === undefined || block.type === 'table') {
      out.push(block);
      continue;
    }
    if (block.type === 'heading') {
      const text = shortLine(edit, MAX_LINE_CHARS);
      if (text) out.push({ ...block, text });
      continue;
    }
    toParagraphs(edit).forEach((text, i) => {
      if (i === 0) out.push({ ...block, text });
      else {
        const extra: ParagraphBlock = { type: 'paragraph', id: `${block.id}~${i + 1}`, text, style: block.style === 'note' ? 'note' : 'body' };
        out.push(extra);
      }
    });
  }
  return out;
}

function editedLine(edits: Record<string, string> | undefined, id: string, fallback: string): string {
  const e = edits && Object.prototype.hasOwnProperty.call(edits, id) ? shortLine(edits[id] ?? '', MAX_LINE_CHARS) : '';
  return e || fallback;
}

export interface ComposeOptions {
  /**
   * A comparison of the concept version's review (old) with this review (new): the letter gets a
   * section "Wat is veranderd sinds de conceptversie" and the appendix the changes per item.
   */
  comparison?: Comparison;
}

export function composeLetter(
  saved: SavedReview,
  checklist: Checklist,
  settings: CouncilSettings,
  template: LetterTemplate,
  now: Date,
  options: ComposeOptions = {},
): LetterModel {
  const items = effectiveItems(saved, checklist);
  const groups = groupByTheme(items, checklist);
  const totals = count(items);
  const hasGaps = totals.deels + totals.ontbreekt > 0;
  const readability = saved.automatic.readability;
  const checks = checkCounts(items);
  const changed = checks.changed;

  const about = letterSubject(saved, settings);
  const municipality = nameLine(about.municipality);
  const { ontvanger, deOntvanger } = recipientPhrase(about.addressee);
  // The settings' postal address belongs to the settings' municipality: not printed under another one.
  const sameMunicipality = about.municipality.trim().toLocaleLowerCase('nl') === settings.recipient.municipality.trim().toLocaleLowerCase('nl');
  const recipientAddress = sameMunicipality ? (settings.recipient.address ?? []) : [];
  const date = formatDutchDate(now);
  const place = letterPlace(settings);
  const kenmerk = `CR-${now.getFullYear()}-${shortHash(saved.key)}`;
  const regiovisieTitel = shortLine(about.regiovisieName, MAX_TITLE_CHARS) || '[titel regiovisie]';
  const regiovisieUrl = shortLine(saved.url || saved.automatic.source.url, MAX_URL_CHARS);
  const checkedDate = parseDate(saved.checkedAt);
  const source = checklist.source;
  // The LOC report goes along as the next attachment unless the council switched that off.
  const attachReport = settings.attachReport !== false;
  const attachments = [...template.attachments.map(oneLine)];
  if (attachReport) attachments.push(reportAttachment(checklist, attachments.length + 1));

  // The facts every template can use; `values` adds the per-theme counts.
  const facts = {
    gemeente: municipality,
    ontvanger,
    deOntvanger,
    regio: nameLine(about.region),
    raad: nameLine(settings.council.name),
    raadEmail: nameLine(settings.council.email),
    raadTelefoon: nameLine(settings.council.phone),
    plaats: place,
    datum: date,
    kenmerk,
    regiovisieTitel,
    regiovisieUrl,
    datumGetoetst: checkedDate ? formatDutchDate(checkedDate) : '',
    aantalItems: String(totals.total),
    aantalAanwezig: String(totals.aanwezig),
    aantalDeels: String(totals.deels),
    aantalOntbreekt: String(totals.ontbreekt),
    aantalAangepast: String(changed),
    aantalBevestigd: String(checks.confirmed),
    aantalNietNagekeken: String(checks.unchecked),
    nagekeken: checkedSentence(checks, 'wij'),
    rapportZin: attachReport
      ? `Het rapport sturen wij mee als bijlage ${attachments.length}. U kunt het ook downloaden via ${reportAddress(checklist)}.`
      : `U kunt het rapport downloaden via ${reportAddress(checklist)}.`,
    samenvatting: summarySentence(totals),
    checklistTitel: oneLine(checklist.title),
    bronTitel: oneLine(source.title),
    bronUitgever: oneLine(source.publisher),
    bronDatum: formatLooseDutchDate(oneLine(source.date)),
    bronUrl: oneLine(source.url),
    leesniveau: nameLine(readability.level),
    fleschDouma: formatNumber(readability.fleschDouma, 0),
    contactpersoon: nameLine(settings.contact.name),
    contactEmail: nameLine(settings.contact.email),
    bijlage: attachments[0] ?? '',
  };
  const values: PlaceholderValues = { ...facts };
  for (const themeId of PLACEHOLDER_THEMES) {
    const g = groups.find((x) => x.theme.id === themeId);
    const c = g?.counts ?? count([]);
    values[`aantalAanwezig.${themeId}`] = String(c.aanwezig);
    values[`aantalDeels.${themeId}`] = String(c.deels);
    values[`aantalOntbreekt.${themeId}`] = String(c.ontbreekt);
    values[`aantalItems.${themeId}`] = String(c.total);
    values[`thema.${themeId}`] = g ? oneLine(g.theme.title) : '';
  }
  const fill = (text: string) => fillPlaceholders(text, values);
  const fillLine = (text: string) => oneLine(fill(text));

  // ---- body ----
  const body: LetterBlock[] = [];
  const heading = (id: string, text: string | undefined, level: 2 | 3 = 2) => {
    const line = text ? fillLine(text) : '';
    if (line) body.push({ type: 'heading', id, level, text: line });
  };

  const addText = (s: TextSection) => {
    if (s.when === 'gaps' && !hasGaps) return;
    if (s.when === 'noGaps' && hasGaps) return;
    heading(`${s.id}.kop`, s.heading);
    body.push(...textBlocks(s.id, fill(s.text)));
  };

  const addThemes = (s: ThemesSection) => {
    heading(`${s.id}.kop`, s.heading);
    if (s.intro) body.push(...textBlocks(`${s.id}.intro`, fill(s.intro)));
    for (const g of groups) {
      const tid = g.theme.id;
      body.push({ type: 'heading', id: `${s.id}.${tid}.kop`, level: 3, text: oneLine(g.theme.title) });
      const good = g.items.filter((e) => e.verdict === 'aanwezig');
      const gaps = g.items.filter((e) => e.verdict !== 'aanwezig');
      const itemBlocks = (e: EffectiveItem): ParagraphBlock[] => {
        let text = fillLine(e.item.letter[e.verdict]);
        if (e.item.method === 'readability') text = `${sentence(text)} ${readabilityNote(readability)}`;
        // The checklist's letter sentences for "deels" and "ontbreekt" already carry the request;
        // the plain recommendation is only the fallback (and stands in the appendix table).
        if (!text) text = sentence(oneLine(e.item.recommendation || e.item.title));
        return [
          { type: 'paragraph', id: `${s.id}.${e.item.id}`, text, style: 'bullet', label: '•' },
          ...noteBlocks(`${s.id}.${e.item.id}.notitie`, e.decision?.toelichting),
        ];
      };
      if (good.length > 0) {
        // What is good, in one paragraph per theme (the titles, one "Dat vinden wij goed."), not
        // one bullet and one praise per item: the asks below are what the reader must act on.
        const titles = joinAnd(good.map((e) => inSentence(e.item.title)));
        const text =
          good.length === g.items.length && good.length > 1
            ? `De regiovisie werkt alle ${good.length} punten van dit thema goed uit: ${titles}. Dat vinden wij goed.`
            : good.length === 1
              ? `De regiovisie werkt dit punt goed uit: ${titles}. Dat vinden wij goed.`
              : `De regiovisie werkt ${good.length} punten goed uit: ${titles}. Dat vinden wij goed.`;
        body.push({ type: 'paragraph', id: `${s.id}.${tid}.sterk`, text, style: 'body' });
        for (const e of good) {
          body.push(...noteBlocks(`${s.id}.${e.item.id}.notitie`, e.decision?.toelichting, `Toelichting van de raad bij „${oneLine(e.item.title)}”:`));
        }
      }
      if (gaps.length > 0) {
        body.push({
          type: 'paragraph',
          id: `${s.id}.${tid}.mist`,
          text: good.length > 0 ? 'Dit missen wij of kan beter:' : 'Dit missen wij in de regiovisie:',
          style: 'lead',
          keepNext: true,
        });
        // Missing items first, then the partial ones: the most urgent points lead.
        for (const e of [...gaps.filter((x) => x.verdict === 'ontbreekt'), ...gaps.filter((x) => x.verdict === 'deels')]) {
          body.push(...itemBlocks(e));
        }
      }
    }
  };

  const addOverview = (s: OverviewSection) => {
    heading(`${s.id}.kop`, s.heading);
    if (s.intro) body.push(...introBlocks(`${s.id}.intro`, fill(s.intro)));
    for (const g of groups) {
      const c = g.counts;
      body.push({
        type: 'paragraph',
        id: `${s.id}.${g.theme.id}`,
        text: `${oneLine(g.theme.title)} (${c.total} ${c.total === 1 ? 'aanbeveling' : 'aanbevelingen'}): ${countPhrase(c)}.`,
        style: 'bullet',
        label: '•',
      });
    }
  };

  const addRequest = (s: RequestSection) => {
    heading(`${s.id}.kop`, s.heading);
    body.push(...introBlocks(`${s.id}.intro`, fill(s.intro)));
    const asks: string[] = [];
    const first = hasGaps ? s.gapsItem : s.noGapsItem;
    if (first) asks.push(first);
    asks.push(...s.items);
    asks.forEach((a, i) => {
      body.push({ type: 'paragraph', id: `${s.id}.${i + 1}`, text: fillLine(a), style: 'numbered', label: `${i + 1}.` });
    });
    if (s.outro) body.push(...textBlocks(`${s.id}.slot`, fill(s.outro)));
  };

  // What changed since the concept goes before the verdicts per theme (after the opening text).
  let changesAdded = !options.comparison;
  const addChanges = () => {
    if (changesAdded || !options.comparison) return;
    changesAdded = true;
    body.push(...changesSection(options.comparison, checklist));
  };
  for (const s of template.sections) {
    if (s.kind !== 'text') addChanges();
    if (s.kind === 'text') addText(s);
    else if (s.kind === 'themes') addThemes(s);
    else if (s.kind === 'overview') addOverview(s);
    else addRequest(s);
  }
  addChanges();

  // ---- appendix ----
  const appendixTitle = attachments[0] ?? 'Bijlage 1: Toetsingsrapport regiovisie';
  // Only a review of several sources says per quote which page or file it is from.
  const sourceName = (e: Evidence | OwnEvidence): string | undefined => {
    if (saved.sources.length < 2) return undefined;
    const src = sourceOfQuote(saved, e);
    return src ? `in „${truncateText(oneLine(src.title || src.url), 120)}”` : 'uit een bron die niet meer bij de toetsing hoort';
  };
  const appendix: LetterBlock[] = [];
  const aPara = (id: string, text: string, style: ParagraphBlock['style'] = 'body') =>
    appendix.push(...textBlocks(id, text, style));
  const cell = (...paragraphs: CellParagraph[]): TableCell => ({ paragraphs: paragraphs.filter((p) => p.text !== '') });
  const table = (id: string, description: string, columns: [header: string, width: number][], rows: TableCell[][]) =>
    appendix.push({ type: 'table', id, columns: columns.map(([header, width]) => ({ header, width })), rows, description });

  appendix.push({ type: 'heading', id: 'bijlage.titel', level: 1, text: appendixTitle });
  aPara(
    'bijlage.bij',
    `Bij de brief van ${facts.raad} aan ${deOntvanger} van ${municipality}, ${date}, kenmerk ${kenmerk}.`,
    'small',
  );

  appendix.push({ type: 'heading', id: 'bijlage.werkwijze.kop', level: 2, text: 'Werkwijze' });
  aPara(
    'bijlage.werkwijze',
    `De cliëntenraad heeft de regiovisie getoetst aan de ${totals.total} aanbevelingen van de toetslijst „${facts.checklistTitel}”. Het programma Regiovisie-toets zocht per aanbeveling de passages in de tekst die erover gaan. ` +
      'Zo kwam het programma tot een eerste, automatisch oordeel. ' +
      checkedSentence(checks, 'raad') +
      ' In de tabellen hieronder staat bij elk oordeel of de raad het heeft nagekeken.',
  );
  aPara(
    'bijlage.oordelen',
    'Aanwezig betekent dat de regiovisie een concreet voornemen of een concrete afspraak noemt. Deels betekent dat het onderwerp alleen kort of vaag genoemd wordt. Ontbreekt betekent dat de regiovisie er niets over zegt.',
  );

  // the same warning as the panel's (lib/review/explain: textWarning), said in the appendix
  const warning = textWarning(saved.automatic);
  if (warning?.notRegiovisie) {
    aPara(
      'bijlage.geenRegiovisie',
      `Let op: volgens het programma lijkt de getoetste tekst geen regiovisie. ${translate('nl', warning.notRegiovisie.key)} Daarom staat bij geen enkele aanbeveling automatisch „aanwezig”.`,
    );
  }
  // A short text (a news page, a summary): the full regiovisie may be elsewhere. Said once: the
  // reason "too-short" above already says so.
  if (warning?.short) {
    aPara(
      'bijlage.weinigTekst',
      `Let op: in de getoetste tekst staan maar ${formatNumber(saved.automatic.source.words)} woorden. Misschien staat de volledige regiovisie in een pdf of op een andere pagina. Dan kan de regiovisie meer zeggen dan hier staat, ook bij een aanbeveling met „ontbreekt”.`,
    );
  }
  appendix.push({ type: 'heading', id: 'bijlage.bron.kop', level: 2, text: 'Getoetste regiovisie' });
  const sourceRows: TableCell[][] = [
    [cell({ text: 'Titel', bold: true }), cell({ text: regiovisieTitel })],
  ];
  // A chosen file has a name, not an address.
  if (regiovisieUrl) sourceRows.push([cell({ text: isFileKey(saved.key) ? 'Bestand' : 'Vindplaats', bold: true }), cell({ text: regiovisieUrl })]);
  if (facts.datumGetoetst) sourceRows.push([cell({ text: 'Getoetst op', bold: true }), cell({ text: facts.datumGetoetst })]);
  sourceRows.push([
    cell({ text: 'Omvang', bold: true }),
    cell({ text: `${formatNumber(saved.automatic.source.words)} woorden` }),
  ]);
  sourceRows.push([
    cell({ text: 'Toetslijst', bold: true }),
    cell({ text: `${facts.checklistTitel}, versie ${oneLine(checklist.version)}` }),
  ]);
  // A regiovisie in several pages or files: each one, in order.
  if (saved.sources.length > 1) {
    sourceRows.push([
      cell({ text: 'Bronnen', bold: true }),
      {
        paragraphs: saved.sources.map((src, i) => ({
          text: `${i + 1}. ${shortLine(src.title, MAX_TITLE_CHARS) || '(zonder titel)'} (${shortLine(src.url, MAX_URL_CHARS)}${src.pages ? `, ${src.pages} pagina’s` : ''}, ${formatNumber(src.words)} woorden)`,
        })),
      },
    ]);
  }
  table('bijlage.bron', 'Gegevens van de getoetste regiovisie', [['Gegeven', 0.25], ['Waarde', 0.75]], sourceRows);

  appendix.push({ type: 'heading', id: 'bijlage.overzicht.kop', level: 2, text: 'Uitkomst per thema' });
  // The chart: one bar per theme beside its numbers, the same counts as the text.
  const longest = chartMax(groups);
  const overviewRows: TableCell[][] = groups.map((g) => {
    const c = g.counts;
    const title = oneLine(g.theme.title);
    return [
      cell({ text: title }),
      { paragraphs: [], bar: { counts: { ...c }, max: longest, alt: `Balk voor ${title}: ${countPhrase(c)}.` } },
      cell({ text: String(c.aanwezig) }),
      cell({ text: String(c.deels) }),
      cell({ text: String(c.ontbreekt) }),
    ];
  });
  overviewRows.push([
    cell({ text: 'Totaal', bold: true }),
    cell(),
    cell({ text: String(totals.aanwezig), bold: true }),
    cell({ text: String(totals.deels), bold: true }),
    cell({ text: String(totals.ontbreekt), bold: true }),
  ]);
  appendix.push({
    type: 'table',
    id: 'bijlage.overzicht',
    description: 'Aantal aanbevelingen per thema en per oordeel, met een balk per thema',
    columns: [
      { header: 'Thema', width: 0.33 },
      { header: 'Verdeling', width: 0.25 },
      // The legend is in the header: each verdict's swatch before its name.
      ...VERDICTS.map((v) => ({ header: VERDICT_LABEL[v], width: 0.14, swatch: v })),
    ],
    rows: overviewRows,
  });
  aPara(
    'bijlage.overzicht.balken',
    'Elke balk is een thema. Hoe langer de balk, hoe meer aanbevelingen het thema heeft. Het donkere deel staat voor aanwezig, het gestreepte deel voor deels en het open deel voor ontbreekt.',
    'small',
  );
  if (changed > 0) {
    aPara(
      'bijlage.aangepast',
      `Bij ${changed} ${changed === 1 ? 'aanbeveling' : 'aanbevelingen'} heeft de raad het automatische oordeel aangepast. Dat staat in de tabellen hieronder bij het oordeel.`,
      'small',
    );
  }

  if (options.comparison) appendix.push(...changesAppendix(options.comparison, checklist));

  appendix.push({ type: 'heading', id: 'bijlage.leesbaarheid.kop', level: 2, text: 'Leesbaarheid van de regiovisie' });
  const jargon = (readability.jargon ?? [])
    .slice(0, 8)
    .map((j) => `${nameLine(j.word)} (${j.count})`)
    .join(', ');
  table(
    'bijlage.leesbaarheid',
    'Leesbaarheid van de regiovisie',
    [['Maat', 0.34], ['Uitkomst', 0.18], ['Wat betekent dit?', 0.48]],
    [
      [
        cell({ text: 'Leesgemak (Flesch–Douma)' }),
        cell({ text: facts.fleschDouma }),
        cell({ text: 'Hoe hoger, hoe makkelijker. Vanaf ongeveer 60 is een tekst goed te lezen op taalniveau B1.' }),
      ],
      [
        cell({ text: 'Gemiddelde zinslengte' }),
        cell({ text: `${formatNumber(readability.averageSentenceWords, 1)} woorden` }),
        cell({ text: 'Voor taalniveau B1 liefst niet meer dan 15 woorden per zin.' }),
      ],
      [
        cell({ text: 'Lange woorden' }),
        cell({ text: formatPercent(readability.longWordShare) }),
        cell({ text: 'Woorden van vier of meer lettergrepen.' }),
      ],
      [
        cell({ text: 'Vaktaal' }),
        cell({ text: formatPercent(readability.jargonShare) }),
        cell({ text: jargon ? `Woorden uit de lijst met beleidstaal. Het vaakst: ${jargon}.` : 'Woorden uit de lijst met beleidstaal.' }),
      ],
      [
        cell({ text: 'Geschat taalniveau', bold: true }),
        cell({ text: nameLine(readability.level) || 'onbekend', bold: true }),
        cell({ text: 'Het doel is taalniveau B1: begrijpelijk voor de meeste mensen.' }),
      ],
    ],
  );
  aPara(
    'bijlage.leesbaarheid.omvang',
    `Gemeten over ${formatNumber(readability.words)} woorden in ${formatNumber(readability.sentences)} zinnen. Deze maten geven een indruk. Of een tekst echt duidelijk is, blijkt pas als de mensen voor wie hij bedoeld is hem lezen.`,
    'small',
  );

  for (const g of groups) {
    appendix.push({ type: 'heading', id: `bijlage.${g.theme.id}.kop`, level: 2, text: oneLine(g.theme.title) });
    const longNotes: EffectiveItem[] = [];
    const rows: TableCell[][] = g.items.map((e) => {
      const verdictCell: CellParagraph[] = [{ text: VERDICT_LABEL[e.verdict], bold: true }];
      if (e.changedByCouncil) {
        verdictCell.push({ text: CHECK_LABEL.changed, italic: true });
        verdictCell.push({ text: `Automatisch: ${VERDICT_LABEL[e.automatic?.verdict ?? 'ontbreekt'].toLowerCase()}`, muted: true });
      } else if (e.confirmedByCouncil) {
        verdictCell.push({ text: CHECK_LABEL.confirmed, muted: true });
      } else {
        verdictCell.push({ text: CHECK_LABEL.unchecked, italic: true });
      }
      // why the program came to its verdict ("Alleen genoemd: in een vraag."); "nothing found" is said by the passage column
      // (once the council has checked the item, "named once, with a word of more senses" is no doubt of
      // theirs to pass on: explainVerdict then gives the kind of passage)
      const why = e.automatic?.verdict === 'ontbreekt' ? undefined : explainVerdict(e.item, e.automatic, e.decision);
      if (why) verdictCell.push({ text: translate('nl', why.key, why.params), muted: true });
      const evidence: CellParagraph[] = [];
      const auto = (e.automatic?.evidence ?? []).slice(0, MAX_AUTO_EVIDENCE);
      if (e.item.method === 'readability' && auto.length > 0) evidence.push({ text: 'Moeilijkst te lezen passages:', muted: true });
      for (const ev of auto) evidence.push(...quoteParagraphs(ev, false, sourceName(ev)));
      for (const ev of e.decision?.ownEvidence ?? []) evidence.push(...quoteParagraphs(ev, true, sourceName(ev)));
      if (e.item.method === 'readability') evidence.push({ text: readabilityNote(readability), muted: true });
      if (evidence.length === 0) evidence.push({ text: 'Geen passage gevonden.', muted: true });
      // Only the toelichting: the private note (decision.privateNote) never leaves the browser.
      const noteParas = toParagraphs(e.decision?.toelichting ?? '');
      const longNote = noteParas.join(' ').length > MAX_NOTE_IN_TABLE;
      if (longNote) longNotes.push(e);
      const note = longNote
        ? [{ text: 'Zie de toelichting onder deze tabel.', italic: true }]
        : noteParas.map((t) => ({ text: t }));
      return [
        cell({ text: oneLine(e.item.title), bold: true }, { text: sentence(oneLine(e.item.recommendation)), muted: true }),
        { paragraphs: verdictCell },
        { paragraphs: evidence },
        { paragraphs: note.length > 0 ? note : [{ text: '–', muted: true }] },
      ];
    });
    table(
      `bijlage.${g.theme.id}`,
      `Toetsing voor het thema ${oneLine(g.theme.title)}`,
      [['Aanbeveling', 0.24], ['Oordeel', 0.15], ['Passage uit de regiovisie', 0.36], ['Toelichting van de raad', 0.25]],
      rows,
    );
    // Long notes would make a narrow table column run over pages: they follow the table in full width.
    for (const e of longNotes) {
      appendix.push({
        type: 'paragraph',
        id: `bijlage.${e.item.id}.notitie.kop`,
        text: `Toelichting van de raad bij „${oneLine(e.item.title)}”:`,
        style: 'lead',
        keepNext: true,
      });
      aPara(`bijlage.${e.item.id}.notitie`, e.decision?.toelichting ?? '');
    }
  }

  appendix.push({ type: 'heading', id: 'bijlage.bronvermelding.kop', level: 2, text: 'Over de aanbevelingen' });
  aPara(
    'bijlage.bronvermelding',
    `De aanbevelingen komen uit het rapport „${facts.bronTitel}” van ${facts.bronUitgever} (${facts.bronDatum}). ` +
      `Het rapport bundelt wat cliëntenraden, jongerenraden, ouders, professionals, beleidsmakers en wethouders samen nodig vinden voor goede specialistische jeugdzorg. ` +
      `U kunt het downloaden via ${facts.bronUrl}. De titels en omschrijvingen in deze bijlage zijn in eigen woorden geschreven.`,
  );

  // ---- letterhead, addressee, reference ----
  let logo: LetterModel['letterhead']['logo'];
  if (settings.logo) {
    let size: { width: number; height: number } | undefined =
      settings.logo.width && settings.logo.height ? { width: settings.logo.width, height: settings.logo.height } : undefined;
    if (!size) {
      try {
        size = imageSize(base64ToBytes(settings.logo.dataBase64));
      } catch {
        size = undefined;
      }
    }
    const fitted = fitInBox(size ?? { width: 160, height: 64 }, LOGO_BOX);
    logo = { mime: settings.logo.mime, dataBase64: settings.logo.dataBase64, ...fitted };
  }

  const edits = saved.letterEdits;
  const subject = editedLine(edits, 'onderwerp', fillLine(template.subject));
  const addressee = [`Aan ${deOntvanger} van ${municipality}`, ...recipientAddress.map(nameLine).filter(Boolean)];
  const reference: LetterModel['reference'] = [
    { label: 'Ons kenmerk', value: kenmerk },
    { label: 'Onderwerp', value: subject, strong: true },
    { label: attachments.length === 1 ? 'Bijlage' : 'Bijlagen', value: attachments.join('; ') },
  ];
  const contact = [facts.contactpersoon, facts.contactEmail].filter(Boolean).join(', ');
  if (contact) reference.push({ label: 'Contactpersoon', value: contact });

  const letterhead: LetterModel['letterhead'] = {
    name: facts.raad,
    addressLines: settings.council.address.map(nameLine).filter(Boolean),
    email: facts.raadEmail,
    phone: facts.raadTelefoon,
  };
  if (logo) letterhead.logo = logo;

  return {
    language: 'nl-NL',
    title: truncateText(`Advies over de regiovisie ${regiovisieTitel}`, 250),
    fileName: letterFileName(municipality, now),
    templateId: template.id,
    letterhead,
    addressee,
    placeDate: place ? `${place}, ${date}` : date,
    date,
    kenmerk,
    subject,
    reference,
    salutation: editedLine(edits, 'aanhef', fillLine(template.salutation)),
    body: applyEdits(body, edits),
    closing: editedLine(edits, 'afsluiting', fillLine(template.closing)),
    sender: facts.raad,
    signatories: settings.signatories.map((s) => ({ name: nameLine(s.name), role: nameLine(s.role) })),
    attachments,
    appendix: { title: appendixTitle, blocks: appendix },
    hasPlaceholders: hasPlaceholders({ ...settings, recipient: { ...settings.recipient, municipality: about.municipality, region: about.region } }),
  };
}
