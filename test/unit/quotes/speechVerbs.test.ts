import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { INVERTIBLE_VERBS, SPEECH_VERBS, SPEECH_VERB_COUNT } from '../../../src/core/nlp/speechVerbs';

const root = path.join(__dirname, '..', '..', '..');

describe('speech verbs: the shared lexicon', () => {
  it('holds hundreds of verbs of saying and writing with all their forms', () => {
    assert.ok(SPEECH_VERB_COUNT >= 500, `${SPEECH_VERB_COUNT} verbs`);
    const forms = ['declared', 'shouted', 'implored', 'fumed', 'quipped', 'conceded', 'reasoned', 'joked', 'gushed',
      'characterised', 'characterized', 'cited', 'recalled', 'warned', 'urged', 'insisted', 'acknowledged', 'predicted',
      'posted', 'tweeted', 'wrote', 'written', 'says', 'told', 'retorts', 'whispering', 'labelling', 'labeling',
      'emphasised', 'emphasized', 'replied', 'pleaded', 'swore', 'countered', 'interjected', 'lamented'];
    for (const f of forms) assert.ok(SPEECH_VERBS.has(f), f);
  });

  it('tells finite forms from participles', () => {
    assert.equal(SPEECH_VERBS.get('said'), 'finite');
    assert.equal(SPEECH_VERBS.get('saying'), 'participle');
    assert.equal(SPEECH_VERBS.get('labelling'), 'participle');
  });

  it('leaves out verbs of naming and words news uses for something else', () => {
    for (const w of ['dubbed', 'named', 'titled', 'nicknamed', 'will', 'show', 'shows', 'pointed', 'signed', 'carried', 'read'])
      assert.ok(!SPEECH_VERBS.has(w), w);
  });

  it('lets only verbs without an object or listener come before their subject', () => {
    for (const w of ['said', 'added', 'asked', 'wrote', 'quipped', 'conceded', 'fumed', 'recalled']) assert.ok(INVERTIBLE_VERBS.has(w), w);
    for (const w of ['told', 'denied', 'urged', 'praised', 'saying']) assert.ok(!INVERTIBLE_VERBS.has(w), w);
  });

  it('is the table the generator makes from WordNet today', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'genSpeechVerbs.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  }).timeout(60000);
});
