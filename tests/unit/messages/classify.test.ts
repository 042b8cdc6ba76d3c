import { describe, expect, it } from 'vitest';
import { classifyTabUrl, isContentMessage } from '@/lib/messages';

describe('classifyTabUrl', () => {
  it.each([
    ['chrome://extensions', 'restricted'],
    ['edge://settings', 'restricted'],
    ['about:blank', 'restricted'],
    ['chrome-extension://abc/sidepanel.html', 'restricted'],
    ['view-source:https://example.nl', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['https://chrome.google.com/webstore/category/extensions', 'restricted'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'restricted'],
    ['https://addons.mozilla.org/nl/firefox/', 'restricted'],
    ['https://www.gemeente.nl/regiovisie.pdf', 'pdf'],
    ['https://www.gemeente.nl/Regiovisie%202025.PDF?download=1', 'pdf'],
    ['ftp://example.nl/x', 'restricted'],
    [undefined, 'noAccess'],
  ])('%s → %s', (url, code) => {
    expect(classifyTabUrl(url)).toBe(code);
  });

  it.each(['https://www.voorbeeldstad.nl/regiovisie-jeugd', 'http://127.0.0.1:8080/fixtures/x.html', 'file:///home/raad/regiovisie.html'])('lets %s through to injection', (url) => {
    expect(classifyTabUrl(url)).toBeNull();
  });
});

describe('isContentMessage', () => {
  it('accepts only the typed requests', () => {
    expect(isContentMessage({ type: 'snapshot' })).toBe(true);
    expect(isContentMessage({ type: 'toString' })).toBe(false);
    expect(isContentMessage({ type: 'highlight', quotes: [], scroll: true })).toBe(true);
    expect(isContentMessage({ type: 'evil' })).toBe(false);
    expect(isContentMessage('snapshot')).toBe(false);
    expect(isContentMessage({ type: 'extract' })).toBe(false); // protocol 1: the page is no longer read in the page
    expect(isContentMessage(null)).toBe(false);
  });
});
