/**
 * Open the part of the page that holds a passage before it is shown: a closed <details>, or a
 * hidden accordion panel (the `hidden` attribute or display:none) whose toggle we click, so the
 * page's own script stays in step (aria-expanded, classes). When a passage cannot be opened,
 * say so; never force a section open behind the page's back.
 *
 * The finding part (which element hides the passage, which element opens it) works on any DOM,
 * so it is tested with linkedom; the waiting part needs a real browser's layout.
 */

/** Does this element itself hide what is inside it? */
export function isClosed(el: Element, inside: Node): boolean {
  if (el.tagName === 'DETAILS') {
    if (el.hasAttribute('open')) return false;
    // The <summary> of a closed <details> is visible.
    const summary = Array.from(el.children).find((c) => c.tagName === 'SUMMARY');
    return !summary || !summary.contains(inside);
  }
  const view = el.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    // A real browser: ask what is drawn (a page may also show [hidden] with its own CSS).
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
    // A panel folded to no height (max-height: 0, or Bootstrap's collapse at the start of its animation).
    return style.overflowY !== 'visible' && el.getBoundingClientRect().height === 0 && el.scrollHeight > 0;
  }
  // Without layout (linkedom in tests): the attribute or an inline style says it.
  return el.hasAttribute('hidden') || /(^|;)\s*display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** The outermost element around `node` that hides it, or null when nothing does. */
export function outermostClosed(node: Node): Element | null {
  let found: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (isClosed(el, node)) found = el;
  }
  return found;
}

/** What may be clicked inside a heading: never a link, which could lead away from the page. */
const BUTTON = 'button, [role="button"]';

/**
 * May this element be clicked to open a section? Never a link that leads somewhere (an href
 * other than "#…", also "javascript:"), a form field, or a button that sends or resets a form:
 * such a click could leave the page or send something. The section is then reported closed.
 */
export function safeToClick(el: Element): boolean {
  const tag = el.tagName;
  if ((tag === 'A' || tag === 'AREA') && el.hasAttribute('href') && !(el.getAttribute('href') ?? '').trim().startsWith('#')) return false;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return false;
  // A button in a form sends it unless its type says otherwise.
  if (tag === 'BUTTON' && (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'button' && (el.closest('form') || el.hasAttribute('form'))) return false;
  return true;
}

/** An element (or the clickable one in it) that says it controls a collapsed section. */
function expandable(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (el.getAttribute('aria-expanded') === 'false') return safeToClick(el) ? (el as HTMLElement) : null;
  if (/^H[1-6]$/.test(el.tagName) || el.tagName === 'DT' || el.getAttribute('role') === 'heading') {
    const inner = [...el.querySelectorAll('[aria-expanded="false"]'), ...el.querySelectorAll(BUTTON)].find(safeToClick);
    return (inner as HTMLElement | undefined) ?? null;
  }
  return null;
}

/**
 * The element that opens a hidden section: one whose aria-controls names it; else one whose
 * data-bs-target, data-target or href is "#its-id" (Bootstrap collapse and similar); else a
 * collapsed button or heading (with a button) directly before it. Only elements safeToClick.
 */
export function findToggle(section: Element): HTMLElement | null {
  const doc = section.ownerDocument;
  const id = section.id;
  if (id) {
    const controls = Array.from(doc.querySelectorAll('[aria-controls]')).filter(
      (el) => (el.getAttribute('aria-controls') ?? '').split(/\s+/).includes(id) && safeToClick(el),
    );
    // Prefer a toggle that says it is collapsed (some pages have a second "close" button).
    const control = controls.find((el) => el.getAttribute('aria-expanded') === 'false') ?? controls[0];
    if (control) return control as HTMLElement;
    const target = `#${id}`;
    const pointer = Array.from(doc.querySelectorAll('[data-bs-target], [data-target], a[href^="#"]')).find(
      (el) => (el.getAttribute('data-bs-target') === target || el.getAttribute('data-target') === target || el.getAttribute('href') === target) && safeToClick(el),
    );
    if (pointer) return pointer as HTMLElement;
  }
  return expandable(section.previousElementSibling);
}

/** How it went for one passage. */
export type RevealResult = 'visible' | 'closed';

export interface RevealOptions {
  /** How long to wait for a section to open after its toggle was clicked (animations). */
  timeoutMs?: number;
}

/** Is the text of this range drawn on the page (not in a closed or empty box)? */
export function isRendered(range: Range): boolean {
  const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  if (!el) return false;
  if (outermostClosed(range.startContainer)) return false;
  if (!Array.from(range.getClientRects()).some((r) => r.width > 0 && r.height > 0)) return false;
  const check = (el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
  return !clippedAway(el);
}

/**
 * Is the text inside a box folded to no height or width that hides what overflows (a panel
 * with max-height: 0, or one whose opening animation has not started)? Only folded boxes count:
 * text scrolled out of view in a scrolling box is there, and scrollIntoView brings it in.
 */
function clippedAway(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let a = el.parentElement; a && a !== el.ownerDocument.body; a = a.parentElement) {
    const style = view.getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    if (r.height === 0 || r.width === 0) return true;
  }
  return false;
}

/** Wait (a frame at a time, then in short steps) until `probe` is true or the time is up. */
async function settle(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (probe()) return true;
    if (Date.now() > deadline) return false;
    await new Promise<void>((ok) => {
      // requestAnimationFrame does not run in a hidden tab; the timeout keeps us going there.
      const timer = setTimeout(ok, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        ok();
      });
    });
  }
}

/**
 * Open every closed section around a range, outermost first: <details> by its `open`
 * attribute, a hidden section by clicking its toggle. Then wait until the text is drawn.
 * `clicked` is shared between the ranges of one request, so a toggle is never clicked twice
 * (a second click would close what the first opened).
 */
export async function revealRange(range: Range, clicked: Set<Element>, { timeoutMs = 1500 }: RevealOptions = {}): Promise<RevealResult> {
  let opened = false;
  for (let step = 0; step < 20; step++) {
    const closed = outermostClosed(range.startContainer);
    if (!closed) break;
    opened = true;
    if (closed.tagName === 'DETAILS') {
      closed.setAttribute('open', '');
      continue;
    }
    const toggle = findToggle(closed);
    if (!toggle || clicked.has(toggle)) return 'closed';
    clicked.add(toggle);
    toggle.click();
    if (!(await settle(() => !isClosed(closed, range.startContainer), timeoutMs))) return 'closed';
  }
  // Only what was just opened may need a moment to be drawn; other text is drawn or it is not.
  return (opened ? await settle(() => isRendered(range), timeoutMs) : isRendered(range)) ? 'visible' : 'closed';
}
