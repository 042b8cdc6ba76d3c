import { describe, expect, it } from 'vitest';
import { isFileKey, isTrackingParam, normaliseUrl } from '../../../lib/review/url';

describe('normaliseUrl', () => {
  it('lower-cases scheme and host but keeps "www." and the case of the path', () => {
    expect(normaliseUrl('HTTPS://WWW.Gemeente.NL/Regiovisie/Jeugd')).toBe('https://www.gemeente.nl/Regiovisie/Jeugd');
  });

  it('drops the fragment', () => {
    expect(normaliseUrl('https://gemeente.nl/regiovisie#hoofdstuk-3')).toBe('https://gemeente.nl/regiovisie');
    expect(normaliseUrl('https://gemeente.nl/regiovisie#')).toBe('https://gemeente.nl/regiovisie');
  });

  it('drops tracking parameters (utm_*, fbclid, gclid, mc_*) in any case', () => {
    expect(
      normaliseUrl(
        'https://gemeente.nl/visie?utm_source=nieuwsbrief&UTM_Medium=mail&fbclid=abc&gclid=x&mc_cid=1&mc_eid=2&id=7',
      ),
    ).toBe('https://gemeente.nl/visie?id=7');
    expect(normaliseUrl('https://gemeente.nl/visie?utm_campaign=x')).toBe('https://gemeente.nl/visie');
  });

  it('sorts the remaining query parameters, keeping the order of repeated names', () => {
    expect(normaliseUrl('https://gemeente.nl/zoek?z=1&a=2&m=3')).toBe('https://gemeente.nl/zoek?a=2&m=3&z=1');
    expect(normaliseUrl('https://gemeente.nl/zoek?tag=b&a=1&tag=a')).toBe('https://gemeente.nl/zoek?a=1&tag=b&tag=a');
  });

  it('gives the same key for the same query in another order or encoding', () => {
    expect(normaliseUrl('https://gemeente.nl/z?b=2&a=een%20twee')).toBe(normaliseUrl('https://gemeente.nl/z?a=een+twee&b=2'));
  });

  it('drops a trailing slash except for the root', () => {
    expect(normaliseUrl('https://gemeente.nl/regiovisie/')).toBe('https://gemeente.nl/regiovisie');
    expect(normaliseUrl('https://gemeente.nl/regiovisie//')).toBe('https://gemeente.nl/regiovisie');
    expect(normaliseUrl('https://gemeente.nl/')).toBe('https://gemeente.nl/');
    expect(normaliseUrl('https://gemeente.nl')).toBe('https://gemeente.nl/');
    expect(normaliseUrl('https://gemeente.nl/?a=1')).toBe('https://gemeente.nl/?a=1');
  });

  it('drops default ports and keeps other ports', () => {
    expect(normaliseUrl('https://gemeente.nl:443/a')).toBe('https://gemeente.nl/a');
    expect(normaliseUrl('http://gemeente.nl:80/a')).toBe('http://gemeente.nl/a');
    expect(normaliseUrl('https://gemeente.nl:8443/a')).toBe('https://gemeente.nl:8443/a');
  });

  it('drops user name and password', () => {
    expect(normaliseUrl('https://jan:geheim@gemeente.nl/a')).toBe('https://gemeente.nl/a');
  });

  it('keeps http and https apart', () => {
    expect(normaliseUrl('http://gemeente.nl/a')).not.toBe(normaliseUrl('https://gemeente.nl/a'));
  });

  it('trims surrounding white space', () => {
    expect(normaliseUrl('  https://gemeente.nl/a/  ')).toBe('https://gemeente.nl/a');
  });

  it('handles internationalised host names', () => {
    const key = normaliseUrl('https://GEMEENTE-ÉÉN.nl/a');
    expect(key).toMatch(/^https:\/\/xn--[a-z0-9-]+\.nl\/a$/);
    expect(key).toBe(normaliseUrl('https://gemeente-één.nl/a'));
  });

  it('keeps file:// URLs of pages opened from disk', () => {
    expect(normaliseUrl('file:///home/jan/Regiovisie.html#top')).toBe('file:///home/jan/Regiovisie.html');
  });

  it('turns file names and paths (CLI) into "file:<name>"', () => {
    expect(normaliseUrl('regiovisie.html')).toBe('file:regiovisie.html');
    expect(normaliseUrl('examples/regiovisie-voorbeeldregio.html')).toBe('file:regiovisie-voorbeeldregio.html');
    expect(normaliseUrl('/home/jan/Regiovisie 2025.pdf')).toBe('file:Regiovisie 2025.pdf');
    expect(normaliseUrl('C:\\Users\\jan\\Regiovisie.pdf')).toBe('file:Regiovisie.pdf');
    expect(normaliseUrl('C:/Users/jan/Regiovisie.pdf')).toBe('file:Regiovisie.pdf');
  });

  it('keeps non-web URLs readable', () => {
    expect(normaliseUrl('about:blank')).toBe('about:blank');
  });

  it('returns "" for an empty string', () => {
    expect(normaliseUrl('')).toBe('');
    expect(normaliseUrl('   ')).toBe('');
  });

  it('is idempotent', () => {
    for (const u of [
      'HTTPS://WWW.Gemeente.NL/Regiovisie/?z=1&utm_source=x&a=b#x',
      'regiovisie.html',
      'https://gemeente.nl/',
      'https://gemeente.nl/z?a=een%20twee',
    ]) {
      expect(normaliseUrl(normaliseUrl(u))).toBe(normaliseUrl(u));
    }
  });
});

describe('isTrackingParam', () => {
  it('recognises tracking parameters and nothing else', () => {
    for (const p of ['utm_source', 'UTM_TERM', 'fbclid', 'gclid', 'mc_cid', 'mc_eid', 'msclkid']) {
      expect(isTrackingParam(p)).toBe(true);
    }
    for (const p of ['id', 'page', 'utm', 'q', 'mcid']) expect(isTrackingParam(p)).toBe(false);
  });
});

describe('isFileKey', () => {
  it('tells the key of a chosen file from the key of a page, also one opened from disk', () => {
    expect(isFileKey(normaliseUrl('Regiovisie.pdf'))).toBe(true);
    expect(isFileKey(normaliseUrl('C:\\Users\\raad\\Regiovisie.pdf'))).toBe(true);
    expect(isFileKey(normaliseUrl('file:///home/raad/regiovisie.html'))).toBe(false);
    expect(isFileKey(normaliseUrl('https://www.gemeente.nl/regiovisie'))).toBe(false);
    expect(isFileKey('')).toBe(false);
  });
});
