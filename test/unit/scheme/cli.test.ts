import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeAnchor } from '../../../src/core/store/anchor';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyDocument, emptyStore } from '../../../src/core/store/types';
import { runCli } from '../cli/runCli';

const TEXT = 'Keir Starmer of the Labour Party met voters in Leeds on Monday.\n';

describe('news-annotator annotate with an annotation scheme', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-scheme-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    const store = emptyStore();
    store.scheme = { types: [{ id: 'PARTY', label: 'Political party', parent: 'ORG', colour: '#8e44ad', key: '5' }], quoteAttributes: [{ id: 'stance', values: ['support', 'oppose'] }], disabled: ['NORP'] };
    const doc = emptyDocument();
    const at = TEXT.indexOf('Labour Party');
    doc.mentions.push({ ...makeAnchor(TEXT, at, at + 'Labour Party'.length), status: 'accepted', origin: 'user', type: 'PARTY', entityId: 'party:labour' });
    store.documents.set('a.txt', doc);
    writeFileSync(join(dir, 'news-annotations.json'), serializeStore(store));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the scheme type with its own tag and writes brat\'s annotation.conf from the scheme', () => {
    const conll = runCli(dir, 'annotate', 'a.txt', '--store', 'news-annotations.json', '--format', 'conll');
    assert.equal(conll.status, 0, conll.stderr);
    assert.match(conll.stdout, /^Labour _ _ B-PARTY\nParty _ _ I-PARTY$/m);
    const brat = runCli(dir, 'annotate', 'a.txt', '--store', 'news-annotations.json', '--format', 'brat', '--out', 'out');
    assert.equal(brat.status, 0, brat.stderr);
    assert.match(readFileSync(join(dir, 'out', 'a.ann'), 'utf8'), /^T\d+\tPARTY \d+ \d+\tLabour Party$/m);
    const conf = readFileSync(join(dir, 'out', 'annotation.conf'), 'utf8');
    assert.match(conf, /^ORG\n\tPARTY$/m);
    assert.match(conf, /^stance\tArg:Quote, Value:support\|oppose$/m);
    assert.doesNotMatch(conf, /NORP/);
  });

  it('refuses a workspace file whose decisions use a type its scheme lacks, in one line, exit 1', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, readFileSync(join(dir, 'news-annotations.json'), 'utf8').replace(/\{"id":"PARTY"[^}]*\}/, '').replace('"types": [\n      \n    ]', '"types": []'));
    const r = runCli(dir, 'annotate', 'a.txt', '--store', 'broken.json', '--format', 'json');
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), /^news-annotator: broken\.json:\d+:\d+: PARTY is used by 1 decision in 1 article but is not a type of the scheme; change or remove them first$/);
  });
});
