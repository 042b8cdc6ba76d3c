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

  it('never picks a real link, a form field or a button that sends a form, whatever it says it controls: the section stays closed', () => {
    const doc = page(`
      <a id="l1" href="/pagina-2" aria-controls="p1" aria-expanded="false">Meer</a><div id="p1" hidden>a</div>
      <a id="l2" href="javascript:open()" data-bs-target="#p2">Meer</a><div id="p2" hidden>b</div>
      <form><button id="s3" aria-controls="p3" aria-expanded="false">Verstuur</button></form><div id="p3" hidden>c</div>
      <form id="f"></form><input id="i4" type="submit" form="f" aria-controls="p4" value="Zoek"><div id="p4" hidden>d</div>
      <a id="l5" href="https://elders.example/" aria-expanded="false">Verder</a><div class="p5" hidden>e</div>
      <h2><a id="l6" href="/elders" aria-expanded="false">Kop</a></h2><div class="p6" hidden>f</div>
      <button id="b7" type="submit" form="f" data-target="#p7">Meer</button><div id="p7" hidden>g</div>`);
    for (const id of ['p1', 'p2', 'p3', 'p4', 'p7']) expect(findToggle(doc.getElementById(id)!)).toBeNull();
    expect(findToggle(doc.querySelector('.p5')!)).toBeNull();
    expect(findToggle(doc.querySelector('.p6')!)).toBeNull();
    // The safe toggle is still found next to an unsafe one: a "#…" link, and a plain button in a form.
    const ok = page(`
      <a id="l" href="/elders" aria-controls="q1">Lees verder</a><a id="h" href="#q1" aria-controls="q1" aria-expanded="false">Open</a><div id="q1" hidden>a</div>
      <form><button id="b" type="button" aria-controls="q2" aria-expanded="false">Open</button></form><div id="q2" hidden>b</div>
      <h2><a href="/elders" aria-expanded="false">Kop</a><button id="hb" aria-expanded="false">Open</button></h2><div class="q3" hidden>c</div>`);
    expect(findToggle(ok.getElementById('q1')!)?.id).toBe('h');
    expect(findToggle(ok.getElementById('q2')!)?.id).toBe('b');
    expect(findToggle(ok.querySelector('.q3')!)?.id).toBe('hb');
  });

  it('finds nothing for a hidden block that no element opens', () => {
    const doc = page(`<p>Gewone alinea.</p><div id="los" hidden>a</div><a href="#elders">link</a><button aria-controls="ander">x</button>`);
    expect(findToggle(doc.getElementById('los')!)).toBeNull();
    // A plain paragraph or an expanded button before it is no toggle either.
    const doc2 = page(`<button aria-expanded="true">Open</button><div class="p" hidden>a</div>`);
    expect(findToggle(doc2.querySelector('.p')!)).toBeNull();
  });
});
