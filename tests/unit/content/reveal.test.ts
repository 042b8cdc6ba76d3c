/**
 * Which element hides a passage, and which element opens it (entrypoints/content/reveal.ts),
 * on pages parsed with linkedom: the WAI-ARIA accordion, Bootstrap collapse, a heading button
 * before its panel, <details>, and a hidden block nobody can open.
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/dom';
import { findToggle, isClosed, outermostClosed } from '@/entrypoints/content/reveal';

function page(body: string): Document {
  return parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`);
}

/** The text node that holds `text`. */
function textNode(doc: Document, text: string): Text {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error(`no text ${text}`);
}

describe('outermostClosed', () => {
  it('finds the hidden panel around a passage, the outer one when panels are nested', () => {
    const doc = page(`<div id="outer" hidden><div><div id="inner" style="color: red; display: none"><p>Binnenste zin.</p></div></div></div><p>Open zin.</p>`);
    expect(outermostClosed(textNode(doc, 'Binnenste'))?.id).toBe('outer');
    doc.getElementById('outer')!.removeAttribute('hidden');
    expect(outermostClosed(textNode(doc, 'Binnenste'))?.id).toBe('inner');
    expect(outermostClosed(textNode(doc, 'Open zin'))).toBeNull();
  });

  it('treats a closed <details> as closed, but not for the text of its <summary>', () => {
    const doc = page(`<details id="d"><summary>Kopje</summary><p>Verborgen zin.</p></details>`);
    const details = doc.getElementById('d')!;
    expect(isClosed(details, textNode(doc, 'Verborgen'))).toBe(true);
    expect(isClosed(details, textNode(doc, 'Kopje'))).toBe(false);
    details.setAttribute('open', '');
    expect(outermostClosed(textNode(doc, 'Verborgen'))).toBeNull();
  });

  it('does not count a style that merely mentions display', () => {
    const doc = page(`<div id="a" style="display: block"><p>Zichtbaar.</p></div>`);
    expect(outermostClosed(textNode(doc, 'Zichtbaar'))).toBeNull();
  });
});

describe('findToggle', () => {
  it('finds the button whose aria-controls names the panel (WAI-ARIA accordion)', () => {
    const doc = page(`
      <h3><button id="t1" aria-expanded="false" aria-controls="p1">Eén</button></h3><div id="p1" hidden>a</div>
      <h3><button id="t2" aria-expanded="false" aria-controls="x p2">Twee</button></h3><div id="p2" hidden>b</div>`);
    expect(findToggle(doc.getElementById('p1')!)?.id).toBe('t1');
    expect(findToggle(doc.getElementById('p2')!)?.id).toBe('t2'); // aria-controls is a list of ids
  });

  it('prefers the collapsed control when several name the panel', () => {
    const doc = page(`<div id="p" hidden><button id="close" aria-controls="p" aria-expanded="true">Sluit</button></div><button id="open" aria-controls="p" aria-expanded="false">Open</button>`);
    expect(findToggle(doc.getElementById('p')!)?.id).toBe('open');
  });

  it('finds a Bootstrap collapse toggle by data-bs-target or href', () => {
    const doc = page(`
      <button id="b" data-bs-toggle="collapse" data-bs-target="#c1">Meer</button><p>tussen</p><div id="c1" class="collapse">a</div>
      <a id="l" href="#c2" data-toggle="collapse">Meer</a><p>tussen</p><div id="c2" class="collapse">b</div>`);
    expect(findToggle(doc.getElementById('c1')!)?.id).toBe('b');
    expect(findToggle(doc.getElementById('c2')!)?.id).toBe('l');
  });

  it('finds a collapsed button or heading directly before a panel without an id', () => {
    const doc = page(`
      <button id="b" aria-expanded="false">Meer</button><div class="p1" hidden>a</div>
      <h2 id="h"><button id="hb" aria-expanded="false">Kop</button></h2><div class="p2" hidden>b</div>
      <h2 id="h3" role="button" aria-expanded="false" tabindex="0">Kop</h2><div class="p3" hidden>c</div>`);
    expect(findToggle(doc.querySelector('.p1')!)?.id).toBe('b');
    expect(findToggle(doc.querySelector('.p2')!)?.id).toBe('hb');
    expect(findToggle(doc.querySelector('.p3')!)?.id).toBe('h3');
  });

  it('never picks a link in a heading before a hidden block: it could lead away from the page', () => {
    const doc = page(`<h2><a id="a" href="/elders">Meer lezen</a></h2><div class="p" hidden>a</div>`);
    expect(findToggle(doc.querySelector('.p')!)).toBeNull();
  });

  it('finds nothing for a hidden block that no element opens', () => {
    const doc = page(`<p>Gewone alinea.</p><div id="los" hidden>a</div><a href="#elders">link</a><button aria-controls="ander">x</button>`);
    expect(findToggle(doc.getElementById('los')!)).toBeNull();
    // A plain paragraph or an expanded button before it is no toggle either.
    const doc2 = page(`<button aria-expanded="true">Open</button><div class="p" hidden>a</div>`);
    expect(findToggle(doc2.querySelector('.p')!)).toBeNull();
  });
});
