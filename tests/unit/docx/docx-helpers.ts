/** Helpers to open a generated .docx and look inside, instead of trusting the generator. */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Checklist } from '../../../lib/checklist/types';
import { composeLetter } from '../../../lib/letter/compose';
import type { LetterModel } from '../../../lib/letter/model';
import { getTemplate } from '../../../lib/letter/templates';
import { councilSettings, makeReview, mixed, NOW, TINY_PNG_BASE64 } from '../letter/fixtures';

export const NASTY = 'Zorg & welzijn <samen> „dicht bij huis” 👨‍👩‍👧‍👦 🇳🇱';

/** A mixed review with hand-set verdicts, notes, own evidence, emoji, ampersands and a logo. */
export function exampleLetter(checklist: Checklist, templateId = 'adviesbrief-gemeenteraad', withLogo = true): LetterModel {
  const [a, b] = checklist.items;
  const review = makeReview(checklist, mixed, {
    decisions: {
      [a!.id]: {
        verdict: 'deels',
        toelichting: `Wij lezen hier wel iets over, maar het blijft algemeen. ${NASTY}\nTweede alinea van onze toelichting.`,
        updatedAt: '2026-11-21T10:00:00Z',
      },
      [b!.id]: {
        toelichting: 'Ouders in onze raad herkennen dit uit de praktijk.',
        ownEvidence: [
          {
            quote: 'Wij verminderen de administratieve lasten voor aanbieders met 20 procent.',
            prefix: '',
            suffix: '',
            block: 'b40',
            heading: 'Minder regels',
            page: 9,
            addedAt: '2026-11-21T10:00:00Z',
          },
        ],
        updatedAt: '2026-11-21T10:00:00Z',
      },
    },
  });
  const settings = councilSettings();
  if (withLogo) settings.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64, width: 160, height: 64 };
  return composeLetter(review, checklist, settings, getTemplate(templateId)!, NOW);
}

export function unzipDocx(buffer: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(buffer);
}

export function xmlText(files: Record<string, Uint8Array>, name: string): string {
  const f = files[name];
  if (!f) throw new Error(`${name} missing from the .docx`);
  return strFromU8(f);
}

export function isValidXml(xml: string): boolean {
  return XMLValidator.validate(xml) === true;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  trimValues: false,
  parseTagValue: false,
});

export type XmlNode = Record<string, unknown>;

export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/** All elements with this tag name anywhere below `node`. */
export function findAll(node: unknown, tag: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const n of node) findAll(n, tag, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === tag && Array.isArray(v)) for (const el of v) if (el && typeof el === 'object') out.push(el as XmlNode);
      if (!k.startsWith('@')) findAll(v, tag, out);
    }
  }
  return out;
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** Text content of w:t elements (which may be plain strings or objects with #text). */
export function textsOf(node: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        if (k === 'w:t') {
          for (const t of v as unknown[]) {
            if (typeof t === 'string') out.push(t);
            else if (t && typeof t === 'object' && '#text' in t) out.push(String((t as XmlNode)['#text']));
          }
        } else if (!k.startsWith('@')) walk(v);
      }
    }
  };
  walk(node);
  return out;
}
