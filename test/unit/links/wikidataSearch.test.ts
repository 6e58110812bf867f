import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { searchWikidata } from '../../../src/core/wikidataSearch';

// A local stand-in for Wikidata's API: the tests never touch the network.
describe('Wikidata look-up (against a local fake server)', () => {
  let server: Server;
  let endpoint: string;
  let lastQuery: URLSearchParams | undefined;
  let answer: (res: ServerResponse) => void;

  before(async () => {
    server = createServer((req, res) => {
      lastQuery = new URL(req.url ?? '/', 'http://localhost').searchParams;
      answer(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w/api.php`;
  });

  after(() => new Promise<void>((resolve) => {
    // The request left unanswered on purpose is still open.
    server.closeAllConnections();
    server.close(() => resolve());
  }));

  const json = (status: number, body: string) => (res: ServerResponse): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };

  it('asks for items by name and returns normalised links with labels and descriptions', async () => {
    answer = json(200, JSON.stringify({ search: [
      { id: 'Q84', label: 'London', description: 'capital and largest city of the United Kingdom' },
      { id: 'P31', label: 'instance of' },
      { id: 'Q92561', label: 'London', description: 'city in Ontario, Canada' },
      { id: 'javascript:alert(1)', label: 'x' },
    ] }));
    const hits = await searchWikidata(' London ', { endpoint });
    assert.deepEqual(hits, [
      { link: 'wikidata:Q84', label: 'London', description: 'capital and largest city of the United Kingdom' },
      { link: 'wikidata:Q92561', label: 'London', description: 'city in Ontario, Canada' },
    ]);
    assert.equal(lastQuery?.get('action'), 'wbsearchentities');
    assert.equal(lastQuery?.get('search'), 'London');
    assert.equal(lastQuery?.get('type'), 'item');
  });

  it('says in one line what went wrong', async () => {
    answer = json(503, '{}');
    await assert.rejects(searchWikidata('London', { endpoint }), /^Error: Wikidata answered 503$/);
    answer = json(200, '<html>');
    await assert.rejects(searchWikidata('London', { endpoint }), /not JSON/);
    answer = json(200, '{"error": {"code": "x"}}');
    await assert.rejects(searchWikidata('London', { endpoint }), /without search results/);
    answer = () => undefined; // never answers
    await assert.rejects(searchWikidata('London', { endpoint, timeoutMs: 200 }), /cannot reach Wikidata/);
    assert.deepEqual(await searchWikidata('   ', { endpoint }), []);
  });
});
