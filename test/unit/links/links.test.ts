import assert from 'node:assert/strict';
import { bratReference, linkHref, linkIri, normaliseLink } from '../../../src/core/links';

describe('entity links', () => {
  it('normalises ids and the URLs people copy from Wikidata and GeoNames', () => {
    const cases: Array<[string, string]> = [
      ['wikidata:Q7747', 'wikidata:Q7747'],
      ['Q7747', 'wikidata:Q7747'],
      ['  q7747 ', 'wikidata:Q7747'],
      ['wd:Q7747', 'wikidata:Q7747'],
      ['https://www.wikidata.org/wiki/Q7747', 'wikidata:Q7747'],
      ['http://www.wikidata.org/entity/Q7747', 'wikidata:Q7747'],
      ['https://m.wikidata.org/wiki/Q7747', 'wikidata:Q7747'],
      ['geonames:2643743', 'geonames:2643743'],
      ['https://www.geonames.org/2643743/london.html', 'geonames:2643743'],
      ['https://sws.geonames.org/2643743/', 'geonames:2643743'],
      ['https://en.wikipedia.org/wiki/Vladimir_Putin', 'https://en.wikipedia.org/wiki/Vladimir_Putin'],
      ['urn:isni:0000000121032683', 'urn:isni:0000000121032683'],
    ];
    for (const [input, link] of cases) assert.deepEqual(normaliseLink(input), { ok: true, link }, input);
  });

  it('refuses what is not a link, with a reason', () => {
    for (const input of ['', '   ', 'Putin', 'wikidata:7747', 'wikidata:Q', 'geonames:London', 'javascript:alert(1)', 'data:text/html,<b>x</b>',
      'https://example.org/a b', '/wiki/Q7747', 'https://', 'x'.repeat(3000)]) {
      const r = normaliseLink(input);
      assert.equal(r.ok, false, input);
      if (!r.ok) assert.ok(r.reason.length > 0 && !r.reason.includes('\n'));
    }
  });

  it('opens only https addresses', () => {
    assert.equal(linkHref('wikidata:Q7747'), 'https://www.wikidata.org/wiki/Q7747');
    assert.equal(linkHref('geonames:2643743'), 'https://www.geonames.org/2643743');
    assert.equal(linkHref('https://example.org/x?y=1'), 'https://example.org/x?y=1');
    assert.equal(linkHref('http://example.org/x'), undefined);
    assert.equal(linkHref('urn:isni:0000000121032683'), undefined);
  });

  it('names the knowledge base in brat and W3C', () => {
    assert.equal(bratReference('wikidata:Q7747'), 'Wikidata:Q7747');
    assert.equal(bratReference('geonames:2643743'), 'GeoNames:2643743');
    assert.equal(bratReference('https://example.org/x'), 'IRI:https://example.org/x');
    assert.equal(linkIri('wikidata:Q7747'), 'http://www.wikidata.org/entity/Q7747');
    assert.equal(linkIri('geonames:2643743'), 'https://sws.geonames.org/2643743/');
  });
});

describe('GeoNames links suggested for places', () => {
  it('finds capitals and large cities by any of their names, without diacritics', async () => {
    const { suggestPlaceLink } = await import('../../../src/core/placeLinks');
    // Ids as on geonames.org: London 2643743, Paris 2988507, Moscow 524901.
    assert.deepEqual(suggestPlaceLink(['London']), { link: 'geonames:2643743', country: 'GB' });
    assert.deepEqual(suggestPlaceLink(['Paris']), { link: 'geonames:2988507', country: 'FR' });
    assert.equal(suggestPlaceLink(['Moskva', 'Moscow'])?.link, 'geonames:524901');
    assert.equal(suggestPlaceLink(['Zürich'])?.link, suggestPlaceLink(['Zurich'])?.link);
    assert.equal(suggestPlaceLink(['Old Bailey']), undefined);
    assert.equal(suggestPlaceLink([]), undefined);
  });
});
