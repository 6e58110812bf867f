import assert from 'node:assert/strict';
import { Beat, BEAT_SAMPLE, unrelatedLevel, wordVector } from '../../../src/core/learn/beat';
import { NAMES_ONLY } from '../../../src/core/learn/select';
import { learnFromStore, workspaceReport } from '../../../src/core/learn/taughtRecogniser';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import { applyOperation } from '../../../src/core/store/operations';
import { emptyStore, type Store } from '../../../src/core/store/types';

const COURT = [
  'The appeal was heard by the court on Monday. Counsel for the defendant told the judge the evidence at trial was unsafe and the conviction should be quashed.',
  'The judge directed the jury that the defendant was entitled to a fair trial. Counsel for the prosecution said the evidence of the witness was reliable.',
  'The court dismissed the appeal. The judge found that the trial judge had directed the jury properly and that counsel had not shown the conviction was unsafe.',
];
const TRAVEL = 'The museum is open daily from 09:00 and the beaches north of the harbour are best reached by ferry. Hotels near the old town fill up in summer.';
// Four reports on four subjects: what the context learns of them is no one beat's.
const UNRELATED = [
  COURT[0] as string,
  TRAVEL,
  'Whisk the eggs with the sugar until pale, fold in the flour and bake the sponge for twenty minutes; leave the cake to cool before icing.',
  'United scored twice in the second half. The striker headed home a corner and the keeper saved a penalty as the visitors held on for a draw.',
];
// A flower show whose prize a judge gave: one word of the court's, no more.
const SHOW = 'The weather was warm and the harvest came in early. At the flower show the judge gave the prize for roses to a gardener from the village.';

describe('the beat of the taught articles', () => {
  it('covers articles on the taught articles\' subject and not others', () => {
    const beat = Beat.of(COURT) as Beat;
    assert.ok(beat);
    assert.equal(beat.articles, 3);
    assert.ok(beat.covers('The judge told the jury the defendant had been denied a fair trial, and counsel asked the court to quash the conviction.'));
    assert.ok(!beat.covers(TRAVEL));
    assert.ok(beat.similarity(TRAVEL) < beat.threshold);
  });

  it('covers every taught article: the threshold is the least typical one\'s distance from the rest', () => {
    const beat = Beat.of(COURT) as Beat;
    for (const t of COURT) assert.ok(beat.covers(t));
  });

  it('is no beat when the taught articles resemble one another no more than unrelated articles do', () => {
    assert.equal(Beat.of(UNRELATED), null);
    assert.equal(Beat.of([COURT[0] as string, TRAVEL]), null);
    assert.ok(Beat.of(COURT), 'articles on one subject are a beat');
    assert.ok(Beat.of([...COURT, SHOW]), 'one stray article among articles on one subject leaves them a beat');
  });

  it('is no wider than unrelated articles are alike, however unlike the rest one taught article is', () => {
    const beat = Beat.of([...COURT, SHOW]) as Beat;
    assert.equal(beat.threshold, unrelatedLevel(4));
    // Closer to the taught articles than the flower show is to the court reports (0.13 against 0.12), which
    // alone would set the beat's width, but no closer than an unrelated article may be: not on the beat.
    const festival = 'The weather stayed warm for the harvest festival, and gardeners showed their roses in the church hall.';
    assert.ok(beat.similarity(festival) > 0.12 && beat.similarity(festival) < unrelatedLevel(4), String(beat.similarity(festival)));
    assert.ok(!beat.covers(festival));
    assert.ok(beat.covers('The judge told the jury the defendant had been denied a fair trial, and counsel asked the court to quash the conviction.'));
  });

  it('expects more words in common of more articles, as unrelated articles summed share more', () => {
    assert.ok(unrelatedLevel(2) < unrelatedLevel(4) && unrelatedLevel(4) < unrelatedLevel(8));
    assert.equal(unrelatedLevel(1), unrelatedLevel(0));
    assert.equal(unrelatedLevel(500), unrelatedLevel(50));
    assert.ok(unrelatedLevel(5) > unrelatedLevel(4) && unrelatedLevel(5) < unrelatedLevel(6));
  });

  it('needs two articles to say how wide a beat is', () => {
    assert.equal(Beat.of([]), null);
    assert.equal(Beat.of([COURT[0] as string]), null);
  });

  it('reads an article\'s opening, so a long article costs no more to place than a short one', () => {
    const beat = Beat.of(COURT) as Beat;
    const court = `${COURT.join(' ')} `.repeat(Math.ceil(BEAT_SAMPLE / 400));
    assert.ok(court.length > BEAT_SAMPLE);
    assert.equal(beat.similarity(court + TRAVEL.repeat(200)), beat.similarity(court));
  });

  it('reads topic words, not the words every article writes', () => {
    assert.deepEqual([...wordVector('They said that there would be more of this, which they said about that.').keys()], []);
    assert.ok(wordVector('Counsel counsel COUNSEL').get('counsel') as number > 1);
  });
});

describe('what the context learnt stays on its beat', () => {
  const analyzer = createAnalyzer();
  // Three court reports whose every "Brightwater" the annotator makes an organisation.
  const texts = COURT.map((t, i) => `Brightwater said on day ${i + 1} of the hearing it would appeal. ${t}`);
  /** Every article's first "Brightwater" made an organisation (retyped, or added where nothing was suggested). */
  function decided(articles: readonly string[] = texts): Store {
    let store = emptyStore();
    articles.forEach((text, i) => {
      const at = text.indexOf('Brightwater');
      const m = analyze(text).mentions.find((x) => x.start === at);
      const mention = { start: at, end: at + 'Brightwater'.length, type: m?.type ?? 'ORG' };
      store = applyOperation(store, `${i}.txt`, text, m ? { kind: 'retypeMention', mention, type: 'ORG' } : { kind: 'addMention', mention });
    });
    return store;
  }
  const context = { name: 'every feature', context: 1, margin: 2, maxStep: 1, maxWeight: 3 };

  it('applies the context\'s changes on the beat and only the names\' off it', () => {
    const learning = learnFromStore(decided(), (p) => texts[Number(p.replace('.txt', ''))], (t, proposer) => analyzer.candidates(t, proposer), undefined, undefined, undefined, [context]);
    assert.equal(learning.choice.setting, context);
    assert.ok(learning.beat);
    const forText = learning.recogniser.forText;
    assert.ok(forText, 'the recogniser reads each article by its beat');
    const onBeat = forText('Brightwater told the court the judge had misdirected the jury at trial. Counsel for the defendant said the conviction was unsafe and the appeal should be heard.');
    const offBeat = forText(`Brightwater runs ferries to the islands. ${TRAVEL}`);
    assert.notEqual(onBeat, offBeat);
    assert.equal(forText(texts[0] as string), onBeat, 'a taught article is on its beat');
    assert.equal(forText(TRAVEL), offBeat, 'the same recogniser for the same kind of article (the memo stays valid)');
    // Off the beat the name still carries what the decisions taught.
    const typed = analyze(`Brightwater said it runs ferries to the islands. ${TRAVEL}`, {}, learning.recogniser).mentions.map((m) => `${m.text}:${m.type}`);
    assert.ok(typed.includes('Brightwater:ORG'), typed.join(', '));
    assert.match(learning.choice.setting.name, /every feature/);
  });

  it('applies the names\' changes everywhere when the taught articles make no beat', () => {
    const unrelated = UNRELATED.map((t) => `Brightwater said so. ${t}`);
    const store = decided(unrelated);
    // A margin the decided type's prior alone never reaches, so that every decision moves the context's weights
    // whatever the shipped model makes of the name.
    const eager = { ...context, margin: 40 };
    const learning = learnFromStore(store, (p) => unrelated[Number(p.replace('.txt', ''))], (t, proposer) => analyzer.candidates(t, proposer), undefined, undefined, undefined, [eager]);
    assert.equal(learning.choice.setting, eager);
    assert.equal(learning.beat, null);
    assert.equal(learning.recogniser.forText, undefined, 'one recogniser for every article');
    // The context learnt, and applies nowhere: every article reads as names only would have it.
    assert.ok([...learning.model.delta.keys()].some((f) => !/brightwater/i.test(f)), 'the context learnt');
    const namesOnly = learnFromStore(store, (p) => unrelated[Number(p.replace('.txt', ''))], (t, proposer) => analyzer.candidates(t, proposer), undefined, undefined, undefined, [NAMES_ONLY]);
    for (const text of [...unrelated, `Brightwater runs ferries to the islands. ${TRAVEL}`]) {
      const scores = (r: typeof learning.recogniser): number[][] => analyzer.candidates(text).map((c) => (r.second ?? r.first).scores([...c.features, ...c.doc]));
      assert.deepEqual(scores(learning.recogniser), scores(namesOnly.recogniser));
    }
    const typed = analyze(`Brightwater said it runs ferries to the islands. ${TRAVEL}`, {}, learning.recogniser).mentions.map((m) => `${m.text}:${m.type}`);
    assert.ok(typed.includes('Brightwater:ORG'), typed.join(', '));
    assert.match(workspaceReport(learning), /make no beat/);
  });

  it('has no beat when only the names learnt', () => {
    const learning = learnFromStore(decided(), (p) => texts[Number(p.replace('.txt', ''))], (t, proposer) => analyzer.candidates(t, proposer));
    assert.equal(learning.choice.setting.name, 'names only');
    assert.equal(learning.beat, null);
    assert.equal(learning.recogniser.forText, undefined);
  });
});
