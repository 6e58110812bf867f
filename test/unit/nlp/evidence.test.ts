import { strict as assert } from 'node:assert';
import { documentCandidates, featuresOf as allFeatures, nameKeys } from '../../../src/core/nlp/entities';
import type { MentionCandidate } from '../../../src/core/nlp/placedName';
import { EVIDENCE, describeFeature, originBeside } from '../../../src/core/nlp/evidence';
import { findNames } from '../../../src/core/nlp/names';
import { splitParagraphs } from '../../../src/core/nlp/paragraphs';
import { tokenize } from '../../../src/core/nlp/tokens';

/** Every candidate of an invented article, with its local and document features. */
function candidates(text: string): MentionCandidate[] {
  const placed = splitParagraphs(text).map((p) => {
    const names = findNames(p.text, tokenize(p.text));
    return { offset: p.start, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates), sentences: names.sentences };
  });
  return documentCandidates(placed);
}

function featuresOf(text: string, name: string): string[] {
  const c = candidates(text).find((x) => x.text === name);
  assert.ok(c, `no candidate "${name}" in ${JSON.stringify(candidates(text).map((x) => x.text))}`);
  return allFeatures(c);
}

// Each named piece of evidence, an invented sentence where it fires, and the name it fires on.
const CASES: Array<[string, string, string]> = [
  ['e:country', 'Talks resumed in Norway on Monday.', 'Norway'],
  ['e:capital', 'The delegates met in Nairobi.', 'Nairobi'],
  ['e:norp', 'Several Peruvian farmers came.', 'Peruvian'],
  ['e:metonym', 'The Kremlin denied the report.', 'Kremlin'],
  ['e:credit', 'Hadra Volk at the harbour\nGETTY', 'GETTY'],
  ['e:head-org', 'She joined the Westland Rowing Association last year.', 'Westland Rowing Association'],
  ['e:head-place', 'They met at Corvin Stadium today.', 'Corvin Stadium'],
  ['e:head-org', 'The Parti Quellois held its seats.', 'Parti Quellois'],
  ['e:head-for', 'He leads the Brisk Centre for Tidal Studies now.', 'Brisk Centre for Tidal Studies'],
  ['e:team-context', 'He played for Quarby before he retired.', 'Quarby'],
  ['e:team-context', 'The coach praised him after the win over Quarby at home.', 'Quarby'],
  ['e:score', 'The Falcons lost to Quarby 63-7 on Saturday.', 'Quarby'],
  ['e:compass', 'Flooding hit North Quarvia overnight.', 'North Quarvia'],
  ['e:head-for', 'Staff at the Brisk Centers for Tidal Studies left.', 'Brisk Centers for Tidal Studies'],
  ['e:and-headed', 'Officials at the Quell Food and Drug Administration agreed.', 'Quell Food and Drug Administration'],
  ['e:non-entity-head', 'The Harbour Lights Festival opened.', 'Harbour Lights Festival'],
  ['e:according-to', 'Sales rose, according to Quellstar data.', 'Quellstar'],
  ['e:according-to', 'It rose, according to the Quell Bureau.', 'Quell Bureau'],
  ['e:acronym-branch', 'Officials at NHS Scotland said so.', 'NHS Scotland'],
  ['e:acronym-branch', 'Amnesty International Kenya said so.', 'Amnesty International Kenya'],
  ['e:acronym', 'Officials at ZQRX said nothing.', 'ZQRX'],
  ['e:acronym-short', 'The QV office closed.', 'QV'],
  ['e:acronym-defined', 'Rates of late frost damage (LFD) rose.', 'LFD'],
  ['e:acronym-code', 'The ZQR-11 probe was launched.', 'ZQR'],
  ['e:acronym-known-org', 'Staff at FIFA agreed.', 'FIFA'],
  ['e:caps-name', 'The opinion of the court was written by HARRISON last week.', 'HARRISON'],
  ['e:region-code', 'The shop moved to Quellport, MA 01040 in May.', 'MA'],
  ['e:region-code', 'Our office in Houston TX is closed.', 'TX'],
  ['e:postnominal', 'Hadra Volk MP said so.', 'Hadra Volk'],
  ['e:addressed', 'The files are attached. Thanks, Orla', 'Orla'],
  ['e:vocative', 'Orla, Please see the attached draft.', 'Orla'],
  ['e:org-suffix', 'Shares in Brindlesoft fell.', 'Brindlesoft'],
  ['e:cg-person', 'Yesterday John Smith arrived.', 'John Smith'],
  ['e:cg-first-name', 'Yesterday Mary Quellstone arrived.', 'Mary Quellstone'],
  ['e:locative', 'The parade went on in Varrowby.', 'Varrowby'],
  ['e:locative-from', 'The letter came from Varrowby.', 'Varrowby'],
  ['e:subtitled', 'She starred in Starfall: Requiem last year.', 'Starfall'],
  ['e:the', 'Visitors crowded the Quellhouse yesterday.', 'Quellhouse'],
  ['e:the-modifier', 'Visitors liked the Quellhouse exhibit.', 'Quellhouse'],
  ['e:apposition-role', 'The team’s coach, Aldo Verrini, resigned.', 'Aldo Verrini'],
  ['e:apposition-role', 'The team ’s coach , Aldo Verrini , resigned .', 'Aldo Verrini'],
  ['e:appos-person', 'Hadra Volk, a UNICEF nutrition officer in Quellport, said teams would go.', 'Hadra Volk'],
  ['e:appos-person', 'Hadra Volk , a nutrition officer , said teams would go .', 'Hadra Volk'],
  ['e:appos-person', 'Hadra Volk, chief financial officer and treasurer at Quellcorp, said so.', 'Hadra Volk'],
  ['e:appos-place', 'Varrowby, capital of the province, was calm.', 'Varrowby'],
  ['e:appos-org', 'Shares in Brindlemoor, a Swiss drugmaker, fell.', 'Brindlemoor'],
  ['e:appos-org', 'Shares in Brindlemoor , a Swiss drugmaker , fell .', 'Brindlemoor'],
  ['e:appos-place', 'Fighting reached Varrowby, a town of 20,000 people, on Monday.', 'Varrowby'],
  ['e:year-old', 'A 47-year-old Orvin Delacroix was charged.', 'Orvin Delacroix'],
  ['e:title', 'Later Minister Hadra Volk resigned.', 'Hadra Volk'],
  ['e:honorific', 'We spoke to Mr Taskel yesterday.', 'Taskel'],
  ['e:role', 'Police named ringleader Orvin Delacroix on Monday.', 'Orvin Delacroix'],
  ['e:people-plural', 'The court heard from nationals Katra Vell and others.', 'Katra Vell'],
  ['e:dateline', 'VARROWBY, March 3 (Wire) - Markets fell.', 'VARROWBY'],
  ['e:dateline', 'NEW YORK — Markets fell on Monday.', 'NEW YORK'],
  ['e:age', 'Hadra Volk, 52, was released.', 'Hadra Volk'],
  ['e:age', 'Hadra Volk , 52 , was released .', 'Hadra Volk'],
  ['e:postnominal', 'Mark Telden, QC, appeared.', 'Mark Telden'],
  ['e:region-after', 'They flew to Quellport, Canada, on Monday.', 'Quellport'],
  ['e:region-after', 'They flew to Quellport , Canada , on Monday .', 'Quellport'],
  ['e:speech-verb', 'Hadra Volk said it was over.', 'Hadra Volk'],
  ['e:gazetteer', 'Protests spread to Herat overnight.', 'Herat'],
  ['e:gazetteer-person-cue', 'We spoke to Mr Herat yesterday.', 'Herat'],
  ['e:after-capitalised', 'The Afghan Herat office closed.', 'Herat'],
  ['e:bracket-acronym', 'The Quell Tidal Works (QTW) shut.', 'Quell Tidal Works'],
  ['e:common-suffix', 'The Global Resilience Initiative grew.', 'Global Resilience Initiative'],
  ['e:caption', 'Hadra Volk at the harbour', 'Hadra Volk'],
  ['e:unpunctuated', `${'we went there again and the food was fine but slow '.repeat(4)}and Hadra Volk said hi`, 'Hadra Volk'],
  ['e:initial', 'Hadra Volk arrived late.', 'Hadra Volk'],
  ['e:possessive', 'It was Hadra Volk’s idea.', 'Hadra Volk'],
  ['e:possessive', "It was Hadra Volk 's idea.", 'Hadra Volk'],
  ['e:of-inside', 'He studied at the University of Quellport.', 'University of Quellport'],
];

describe('nlp: named evidence', () => {
  for (const [id, text, name] of CASES) {
    it(`${id} fires on "${name}"`, () => {
      assert.ok(id in EVIDENCE, `${id} is listed`);
      assert.ok(featuresOf(text, name).includes(id), `${id} not in ${JSON.stringify(featuresOf(text, name))}`);
    });
  }

  it('reads the noun of an apposition after a name, not a phrase that only follows a comma', () => {
    assert.ok(featuresOf('Hadra Volk, a nutrition officer, said so.', 'Hadra Volk').includes('appos=officer'));
    assert.ok(featuresOf('Brindlemoor, the country’s largest telecoms firm, said so.', 'Brindlemoor').includes('appos=firm'));
    const f = featuresOf('Hadra Volk, the head of the bank, said so.', 'Hadra Volk');
    assert.ok(f.includes('appos=head') && !f.includes('appos=bank'), JSON.stringify(f));
    for (const text of ['Hadra Volk, and then a nutrition officer, came.', 'Hadra Volk said, a little later, no.', 'Hadra Volk, however, said no.', 'Hadra Volk, whose firm failed, left.']) {
      assert.ok(!featuresOf(text, 'Hadra Volk').some((x) => x.startsWith('appos=') || x.startsWith('e:appos-')), text);
    }
    assert.equal(describeFeature('appos=officer'), '"officer" in apposition after');
  });

  it('reads where a player comes from: a possessive before, `of` after the name, brackets in a list', () => {
    const origin = (text: string, name: string): boolean => originBeside(text, text.indexOf(name), text.indexOf(name) + name.length);
    assert.ok(origin("Italy's Jannik Sinner won.", 'Italy'));
    assert.ok(origin('Aryna Sabalenka of Belarus beat Iga Swiatek of Poland.', 'Belarus'));
    assert.ok(origin('Serena Williams of the United States lost.', 'United States'));
    assert.ok(origin('1. Ludvig Aberg (Sweden) 68', 'Sweden'));
    assert.ok(!origin('Poland beat Spain 2-1.', 'Poland'));
    assert.ok(!origin('The players of Poland celebrated.', 'Poland'), 'a common noun before `of` names no person');
  });

  it('does not fire evidence without its cue', () => {
    const f = featuresOf('Yesterday Hadra Volk arrived.', 'Hadra Volk');
    for (const id of ['e:title', 'e:age', 'e:locative', 'e:the', 'e:head-org', 'e:head-place', 'e:speech-verb']) assert.ok(!f.includes(id), id);
  });

  it('reads a side from a verb of playing for it or a score beside it, not a team-mate or a model number', () => {
    assert.ok(featuresOf('Leeds 2 Quarby 1, and the rain held off.', 'Quarby').includes('e:score'));
    assert.ok(featuresOf('He scored in a 2-1 win over Quarby.', 'Quarby').includes('e:score'));
    assert.ok(!featuresOf('He played with Harry Quellpond.', 'Harry Quellpond').includes('e:team-context'));
    assert.ok(!featuresOf('He moved to Quarby in 2001.', 'Quarby').includes('e:team-context'));
    assert.ok(!featuresOf('In 1975 he played with Quarby on tour.', 'Quarby').includes('e:team-context'));
    assert.ok(!featuresOf('Yesterday Quarby 737-800 jets landed.', 'Quarby').includes('e:score'));
    assert.ok(!featuresOf('Leeds 2 Chelsea 1, Dries Vantongen scoring twice.', 'Dries Vantongen').includes('e:score'));
  });

  it('reads the head of a name before `of` or `for`, in the plural too, and an event’s word only where no body heads the name', () => {
    const f = featuresOf('Staff at the Quell Institutes of Health left.', 'Quell Institutes of Health');
    assert.ok(f.includes('e:head-org') && f.includes('head=institute'), JSON.stringify(f));
    const g = featuresOf('Analysts at the Brisk Institute for the Study of War said so.', 'Brisk Institute for the Study of War');
    assert.ok(g.includes('e:head-org') && !g.includes('e:non-entity-head'), JSON.stringify(g));
    const h = featuresOf('Talks went on in Bosnia and Herzegovina.', 'Bosnia and Herzegovina');
    assert.ok(h.includes('e:and-inside') && !h.includes('e:and-headed'), JSON.stringify(h));
    // A dash after a word in capitals makes a dateline only of a place (`MARKETS —` is a section's label).
    assert.ok(!featuresOf('QUELLMARKS — Stocks rose on Monday.', 'QUELLMARKS').includes('e:dateline'));
    // A body named head first in French reads its head (`Conservatoire de Quell`).
    assert.ok(featuresOf('She studied at the Conservatoire de Quell.', 'Conservatoire de Quell').includes('e:head-org'));
  });

  it('reads a surname after its particles as the short form of the full name, whatever the particle’s case', () => {
    const text = 'Yesterday Orla de Quellmont arrived.\nLater De Quellmont went home.';
    const short = candidates(text).find((c) => c.text === 'De Quellmont') as MentionCandidate;
    assert.ok(short.doc.includes('d:last-of-longer') && !short.doc.includes('d:lower-first'), JSON.stringify(short.doc));
  });

  it('adds what other mentions of the name say (one sense per article, as a feature)', () => {
    const text = 'Hadra Volk, 52, was released.\nLater Hadra Volk went home.';
    const second = candidates(text).filter((c) => c.text === 'Hadra Volk')[1] as MentionCandidate;
    assert.ok(second.doc.includes('g:e:age'), JSON.stringify(second.doc));
    assert.ok(!second.features.includes('e:age'));
    assert.ok(second.doc.includes('d:repeated'));
  });

  it('marks a one-word name that ends a longer one, with the longer name’s evidence', () => {
    const f = featuresOf('Minister Hadra Volk arrived.\nVolk said no.', 'Volk');
    assert.ok(f.includes('d:last-of-longer'), JSON.stringify(f));
    assert.ok(f.includes('l:e:title'), JSON.stringify(f));
  });

  it('marks unknown capitalised words the article also writes in lower case', () => {
    assert.ok(featuresOf('Yesterday Harbour Lights shone. The lights were bright.', 'Harbour Lights').includes('d:unknown-name-lower'));
    assert.ok(featuresOf('Yesterday Orvin Delacroix arrived.', 'Orvin Delacroix').includes('d:unknown-name'));
  });

  it('links an acronym to the longer name it abbreviates', () => {
    assert.ok(featuresOf('The Quell Tidal Works opened. QTW said so.', 'QTW').includes('d:acronym-of'));
  });

  it('adds name-list knowledge, surface features and the usual neighbours', () => {
    const f = featuresOf('Yesterday Mary Quellstone arrived.', 'Mary Quellstone');
    assert.ok(f.includes('kf:firstName'), JSON.stringify(f));
    for (const x of ['bias', 'words=2', 'first=mary', 'last=quellstone', 'prev=yesterday', 'next=arrived', 'shape=Xx Xx']) assert.ok(f.includes(x), x);
  });

  it('reads no neighbour across the end of a sentence', () => {
    const opening = featuresOf('The match was at the Quell ArenA. Vorsteen drew with Harbour Lane.', 'Vorsteen');
    for (const x of ['prev=_', 'prevc=_', 'cb=', 'punc=.|_']) assert.ok(opening.includes(x), `${x} in ${JSON.stringify(opening)}`);
    assert.ok(!opening.some((x) => x.startsWith('kp:')), JSON.stringify(opening));
    const closing = featuresOf('Prices fell in Quellport. The market closed early.', 'Quellport');
    for (const x of ['next=_', 'nextc=_', 'ca=']) assert.ok(closing.includes(x), `${x} in ${JSON.stringify(closing)}`);
    // Within a sentence, and after an opening quotation mark, the neighbour is read as before.
    const quoted = featuresOf('He said "Vorsteen will win" and left.', 'Vorsteen');
    assert.ok(quoted.includes('prev=said'), JSON.stringify(quoted));
  });

  it('reads a surname in capitals as a name only where the text is not in capitals and the letters are no organisation’s', () => {
    assert.ok(!featuresOf('The opinion of the court was written by HARRISON last week.', 'HARRISON').includes('e:acronym'));
    assert.ok(!featuresOf('Officials at NASA said nothing.', 'NASA').includes('e:caps-name'));
    assert.ok(!featuresOf('HARRISON WINS THE RACE AT QUELLPORT', 'HARRISON').includes('e:caps-name'));
  });

  it('reads a letter addressed to a name only where a capitalised clause follows the comma', () => {
    assert.ok(featuresOf('Orla, You are right about the fee.', 'Orla').includes('e:vocative'));
    assert.ok(featuresOf('Orla: As discussed, the draft is attached.', 'Orla').includes('e:vocative'));
    assert.ok(!featuresOf('In the Quellport Valley, I found no work.', 'Quellport Valley').includes('e:vocative'));
    assert.ok(!featuresOf('Orla, who runs the shop, agreed.', 'Orla').includes('e:vocative'));
    assert.ok(!featuresOf('Quellport, Canada is far away.', 'Quellport').includes('e:vocative'));
  });

  it('reads a state code only after a town and a comma', () => {
    assert.ok(!featuresOf('The MA programme was cut.', 'MA').includes('e:region-code'));
    assert.ok(featuresOf('She lives in Quellport, Ont. with her sister.', 'Ont.').includes('e:region-code'));
  });

  it('marks a name no list knows', () => {
    assert.ok(featuresOf('Reporters met Quellbrook yesterday.', 'Quellbrook').includes('k:none'));
    assert.ok(!featuresOf('Reporters met Harrison yesterday.', 'Harrison').includes('k:none'));
  });

  it('keeps an adjective compromise guessed from a word’s ending apart from one its lexicon knows', () => {
    assert.ok(featuresOf('Quellovic won the final on Sunday.', 'Quellovic').includes('tagf=?Adjective'));
    assert.ok(!featuresOf('Quellovic won the final on Sunday.', 'Quellovic').includes('tagf=Adjective'));
    assert.ok(!featuresOf('Reporters met Quellovic on Sunday.', 'Quellovic').some((f) => f.includes('Adjective')));
    assert.equal(describeFeature('tagf=?Adjective'), 'first word tag "Adjective", guessed from its ending');
  });

  it('reads a verb whose past is its base form as the verb between two names (`Nadal beat Federer`)', () => {
    const tokens = tokenize('Quellovic beat Marsden 6-4 and Storm Ciara hit Britain; the beat goes on.');
    const tags = (w: string): string[] => [...(tokens.find((t) => t.text === w)?.tags ?? [])];
    assert.deepEqual(tags('beat'), ['Verb', 'PastTense']);
    assert.deepEqual(tags('hit'), ['Verb', 'PastTense']);
    assert.ok(featuresOf('Quellovic beat Marsden in the final.', 'Marsden').includes('prevc=PastTense'));
    // A noun after a determiner stays a noun.
    assert.ok(!tokenize('Their new beat Goes on.').find((t) => t.text === 'beat')?.tags.has('Verb'));
  });

  it('marks a text of one sentence, with the name’s length and person lists read apart there', () => {
    const alone = featuresOf('Quellovic beat Marsden in Paris on Sunday.', 'Quellovic');
    for (const x of ['d:alone', 'd:alone|words=1', 'd:alone|k:none']) assert.ok(alone.includes(x), `${x} in ${JSON.stringify(alone)}`);
    assert.ok(!alone.includes('d:alone|e:initial'));
    assert.ok(featuresOf('Quellovic beat Marsden in Paris on Sunday.', 'Marsden').includes('d:alone|k:surname'));
    assert.ok(!featuresOf('Quellovic beat Marsden in Paris on Sunday.', 'Paris').some((f) => f.startsWith('d:alone|k:city')));
    for (const text of ['Tennis final\n\nQuellovic beat Marsden in Paris on Sunday.', 'Quellovic beat Marsden in Paris on Sunday. Mr. Marsden left.']) {
      const inText = featuresOf(text, 'Quellovic');
      assert.ok(!inText.some((f) => f.startsWith('d:alone')), JSON.stringify(inText));
    }
    // Abbreviations and initials end no sentence.
    assert.ok(featuresOf('Quellovic met Mr. J. Marsden in the U.S. on Sunday.', 'Quellovic').includes('d:alone'));
    assert.equal(describeFeature('d:alone|words=1'), 'words "1", in a text of one sentence');
  });

  it('reads every feature in an explanation', () => {
    assert.equal(describeFeature('title=sir'), 'title "sir" before');
    assert.equal(describeFeature('e:gazetteer'), 'city gazetteer');
    assert.equal(describeFeature('g:e:age'), 'other mention: age after');
    assert.equal(describeFeature('k:company'), 'company list');
    assert.equal(describeFeature('k:none'), 'in no name list');
    for (const id of Object.keys(EVIDENCE)) assert.notEqual(describeFeature(id), id);
  });

  it('reads schools, special districts and offices named by their holder as bodies; a nationality before a body’s head', () => {
    const of = (text: string, name: string): string[] => { const c = candidates(text).find((x) => x.text === name); assert.ok(c, `${name} in ${text}`); return allFeatures(c); };
    assert.ok(of('Norman Public Schools announced early dismissal.', 'Norman Public Schools').includes('e:head-org'));
    assert.ok(of('The Cedar Rapids Community School District said so.', 'Cedar Rapids Community School District').includes('e:head-org'));
    assert.ok(of("The Attorney General's Office sued.", "Attorney General's Office").includes('e:head-org'));
    assert.ok(of('Senator Jim Banks spoke.', 'Jim Banks').every((f) => f !== 'e:head-org'));
    assert.ok(of('In Europe, the European Union Aviation Safety Agency said so.', 'European Union Aviation Safety Agency').includes('e:norp-head-org'));
    assert.ok(!of('North Carolina State University won.', 'North Carolina State University').includes('e:compass'), 'a compass word only where no head is');
  });
});
