import { strict as assert } from 'node:assert';
import type { Entity, Mention } from '../../../src/core/model';
import { splitParagraphs } from '../../../src/core/nlp/paragraphs';
import { findQuotes } from '../../../src/core/nlp/quotes/findQuotes';

/** Each quote as `quote | speaker | cue` (`-` where there is none). */
function attributed(text: string, mentions: Mention[] = [], entities: Entity[] = []): string[] {
  return findQuotes(text, splitParagraphs(text), mentions, entities).map((q) => `${q.text} | ${q.speaker?.text ?? '-'} | ${q.cue?.text ?? '-'}`);
}

/** A mention of `name` at its first occurrence at or after `from`. */
function mention(text: string, name: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(name, from);
  const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, '-')}`;
  return { start, end: start + name.length, text: name, type, entityId: id, origin: 'auto', status: 'suggested' };
}

interface Case { name: string; text: string; expected: string[] }

const table = (cases: Case[]): void => {
  for (const c of cases) it(c.name, () => assert.deepEqual(attributed(c.text), c.expected));
};

describe('quote attribution', () => {
  describe('attribution forms', () => table([
    { name: 'X said: “…”', text: 'The minister said: “We will not back down.”', expected: ['“We will not back down.” | The minister | said'] },
    { name: '“…,” X said', text: '"We will not back down," Angela Merkel said.', expected: ['"We will not back down," | Angela Merkel | said'] },
    { name: '“…,” said X', text: '"It was not possible," said Ambassador Mohib.', expected: ['"It was not possible," | Mohib | said'] },
    { name: 'X said “…” (no comma)', text: 'Mu Li said "it is reasonable to assume the worst."', expected: ['"it is reasonable to assume the worst." | Mu Li | said'] },
    { name: 'according to X, “…”', text: 'According to the BBC, "the talks have collapsed entirely".', expected: ['"the talks have collapsed entirely" | BBC | According to'] },
    { name: '“…”, according to X', text: 'By then, "her skin was weeping", according to the Sydney Morning Herald.', expected: ['"her skin was weeping" | Sydney Morning Herald | according to'] },
    { name: 'in the words of X, with an appositive chain', text: 'In the words of the Crown prosecutor, Mark Tedeschi, QC, "she cried for months."', expected: ['"she cried for months." | Mark Tedeschi | In the words of'] },
    { name: 'X told Y: “…”', text: 'President Joe Biden told reporters: "This is a good day for America."', expected: ['"This is a good day for America." | Joe Biden | told'] },
    { name: 'X told Y that … “…”', text: 'Mr. Tedeschi also told the court that, over five months, "both parents knew this."', expected: ['"both parents knew this." | Tedeschi | told'] },
    { name: "X's statement read: “…”", text: 'The company\'s statement read: "We regret the error."', expected: ['"We regret the error." | The company | read'] },
    { name: "X's statement added, “…”", text: 'Cornyn\'s statement added, "There is no question about it."', expected: ['"There is no question about it." | Cornyn | added'] },
    { name: 'saying that … “…” (partial quote)', text: 'Foreign Secretary David Lammy defended the decision by saying that the UK will be “unapologetic” in standing up.', expected: ['“unapologetic” | David Lammy | saying'] },
    { name: 'labelling them as “…”', text: 'The UK has denied the allegations, labelling them as “malicious and baseless”.', expected: ['“malicious and baseless” | UK | labelling'] },
    { name: 'two quotes sharing one speaker and cue', text: 'Downing Street said the expulsions were “what we expect” and “the allegations are baseless”.', expected: ['“what we expect” | Downing Street | said', '“the allegations are baseless” | Downing Street | said'] },
    { name: '“A,” he said, “B.”', text: '"It is over," he said, "and there is nothing left."', expected: ['"It is over," | he | said', '"and there is nothing left." | he | said'] },
    { name: '“A,” X told Y, “B.”', text: '"We are interested," team member Rodaba Noori told the press, "to show what we can do."', expected: ['"We are interested," | Rodaba Noori | told', '"to show what we can do." | Rodaba Noori | told'] },
    { name: 'a participle sharing the subject of the verb before it', text: '"We need time," Jones told the committee, adding that the plan was "not ready for use".', expected: ['"We need time," | Jones | told', '"not ready for use" | Jones | adding'] },
    { name: 'a quote after its own attributed sentence', text: '"It was magical," Allton said. "I smacked them around."', expected: ['"It was magical," | Allton | said', '"I smacked them around." | Allton | said'] },
    { name: 'a sentence reporting speech before the quote', text: 'Wilkins also said Warhol was a businessman. "He was very prolific but business minded."', expected: ['"He was very prolific but business minded." | Wilkins | said'] },
    { name: 'issued a statement', text: 'Senator John Cornyn, Republican from Texas, issued a statement on Tuesday. "Like many Texans, I am disappointed."', expected: ['"Like many Texans, I am disappointed." | John Cornyn | issued a statement'] },
    { name: 'replied', text: 'His sister pleaded with him, but he replied "I am not able to do that".', expected: ['"I am not able to do that" | he | replied'] },
    { name: 'call for', text: 'They call for "urgent implementation of mandatory iodisation."', expected: ['"urgent implementation of mandatory iodisation." | They | call for'] },
    { name: 'quoted X as saying', text: 'The newspaper quoted him as saying: "I will never resign from this post."', expected: ['"I will never resign from this post." | him | saying'] },
    { name: 'an evaluative naming by a subject is their words', text: 'Officials say the fire, which they called "the worst in decades", destroyed homes.', expected: ['"the worst in decades" | they | called'] },
    { name: 'a verb with an object after the quote is not an inverted attribution (the relative clause attributes it)', text: 'Trump, who has called the inquiry a "witch hunt against me," denied any wrongdoing.', expected: ['"witch hunt against me," | Trump | called'] },
    { name: 'a headline by juxtaposition', text: "Vladimir Putin: 'We will respond to any threat'\n\nThe Russian president spoke.", expected: ["'We will respond to any threat' | Vladimir Putin | -"] },
    { name: 'a reporting clause after a headline quote wins over the label before it', text: "Q&A: 'Libraries are the last free indoor public space,' says Lagos librarian\n\nAdaeze Okonkwo runs a library in Lagos.", expected: ["'Libraries are the last free indoor public space,' | Lagos librarian | says"] },
    { name: 'a colon after a common noun is no headline speaker', text: 'Warning: "do not enter the building after dark"', expected: ['"do not enter the building after dark" | - | -'] },
    { name: 'an evaluative reporting verb', text: 'Labour leader Keir Starmer accused the government of being \'behind the curve\'.', expected: ["'behind the curve' | Keir Starmer | accused"] },
    { name: 'British single quotes throughout', text: "'We must act now,' Mr Johnson said. 'Every day counts.'", expected: ["'We must act now,' | Johnson | said", "'Every day counts.' | Johnson | said"] },
    { name: 'a passive with its agent', text: 'He was described by colleagues as "a brilliant and kind man".', expected: ['"a brilliant and kind man" | colleagues | described'] },
    { name: 'X says, present tense, then a second quote', text: '"I can\'t believe it," says Maria Lopez, a teacher from Madrid. "It was like a dream."', expected: ['"I can\'t believe it," | Maria Lopez | says', '"It was like a dream." | Maria Lopez | says'] },
  ]));

  describe('speakers', () => table([
    { name: 'a name without its title', text: 'Foreign Secretary David Lammy said: "We act."', expected: ['"We act." | David Lammy | said'] },
    { name: 'a title with its complement before the name', text: 'In a statement, Governor of Washington Chris Gregoire said, "Seattle would have been a perfect fit."', expected: ['"Seattle would have been a perfect fit." | Chris Gregoire | said'] },
    { name: 'a name after a possessive', text: 'After the match, Tunisia\'s coach Nabil Maaloul said, "We played a skilled team."', expected: ['"We played a skilled team." | Nabil Maaloul | said'] },
    { name: 'a name with a lower-case particle after a rank', text: 'Authority director General Suleiman al-Amr, in remarks to television, said "All were taken to hospital."', expected: ['"All were taken to hospital." | Suleiman al-Amr | said'] },
    { name: 'a name before an appositive', text: '"It could have been worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', expected: ['"It could have been worse," | Khaled Al-Maeena | said'] },
    { name: 'an appositive after a leading adverbial', text: 'After the match, Hernan Dario Gomez, Panama coach, said, "We learned a lot today."', expected: ['"We learned a lot today." | Hernan Dario Gomez | said'] },
    { name: 'an institution', text: 'Downing Street said the move was “what we have come to expect”.', expected: ['“what we have come to expect” | Downing Street | said'] },
    { name: 'an institution after a possessive place', text: 'In a statement, Moscow’s Federal Security Service said: “The operations exposed it.”', expected: ['“The operations exposed it.” | Federal Security Service | said'] },
    { name: 'a role phrase taken whole with its determiner', text: 'The Prime Minister’s official spokesman said: “It won’t distract us.”', expected: ['“It won’t distract us.” | The Prime Minister’s official spokesman | said'] },
    { name: 'a role phrase with its organisation', text: 'A spokeswoman for the ministry said: "No decision has been taken."', expected: ['"No decision has been taken." | A spokeswoman for the ministry | said'] },
    { name: 'a role phrase after the quote', text: '"We are deeply concerned," a spokesman for Google said.', expected: ['"We are deeply concerned," | a spokesman for Google | said'] },
    { name: 'a plural role phrase', text: 'The report\'s authors say iodine deficiency is "the sleeper health issue in Australia".', expected: ['"the sleeper health issue in Australia" | The report\'s authors | say'] },
    { name: 'a clause-internal institution', text: 'It responded to what the Foreign Office said was a “baseless” decision.', expected: ['“baseless” | Foreign Office | said'] },
    { name: 'a pronoun', text: '"Pregnant women are getting half as much as they need," he said.', expected: ['"Pregnant women are getting half as much as they need," | he | said'] },
    { name: 'a name in apposition to a role', text: "Trump's campaign manager, Kellyanne Conway, told CNN that he had \"moved on from the fight\".", expected: ['"moved on from the fight" | Kellyanne Conway | told'] },
    { name: 'a party title before the name', text: 'House Speaker Paul Ryan said the remark was "the textbook definition of a racist comment."', expected: ['"the textbook definition of a racist comment." | Paul Ryan | said'] },
    { name: 'an abbreviated title and a party affiliation', text: '"We are going to win this state," said Sen. Ted Cruz, R-Texas, at a rally.', expected: ['"We are going to win this state," | Ted Cruz | said'] },
    { name: 'a possessive noun is not a cue', text: 'Clinton spokesman Brian Fallon said that Trump\'s comments showed "a pattern that should disqualify him."', expected: ['"a pattern that should disqualify him." | Brian Fallon | said'] },
    { name: 'a dateline and a day are no part of the subject', text: 'WASHINGTON (AP) — Republican presidential candidate Donald Trump on Tuesday dismissed the criticism, saying he was "not going to change".', expected: ['"not going to change" | Donald Trump | saying'] },
    { name: 'an organisation containing a verb-like word', text: 'The US State Department said in a statement: "We are monitoring the situation."', expected: ['"We are monitoring the situation." | US State Department | said'] },
    { name: 'a title with a complement naming a state', text: 'Secretary of State Antony Blinken said the US was "deeply concerned by the reports."', expected: ['"deeply concerned by the reports." | Antony Blinken | said'] },
    { name: 'a role phrase with an age adjective', text: '"I saw the whole thing from my window," the 35-year-old said.', expected: ['"I saw the whole thing from my window," | the 35-year-old | said'] },
    { name: 'an age in apposition', text: '"It was the best day of my life," Johnson, 45, said.', expected: ['"It was the best day of my life," | Johnson | said'] },
    { name: 'a sentence-initial adverb is not part of the name', text: 'Yesterday Smith said: "We are done here."', expected: ['"We are done here." | Smith | said'] },
  ]));

  describe('names, titles, terms and scare quotes', () => table([
    { name: 'dubbed the “…”', text: 'The group, dubbed the “Minions”, were part of the “largest and most complex” operation.', expected: ['“largest and most complex” | - | -'] },
    { name: 'a title of a work', text: 'The print called "Cowboys and Indians" dates from 1987.', expected: [] },
    { name: 'a title in title case', text: 'She curated "Andy Warhol: Photographs and Prints from the Collection" this year.', expected: [] },
    { name: 'a title in title case that asks a question, and a question so written that a cue gives', text: 'She won for "What Was I Made For?" on Sunday. "Are You Kidding Me?" he asked.', expected: ['"Are You Kidding Me?" | he | asked'] },
    { name: 'going by the name', text: 'We met a cosplayer going by the name "The Katherinator".', expected: [] },
    { name: 'a work named by its kind', text: 'His book "How to win friends and influence people" sold millions.', expected: [] },
    { name: 'the word', text: 'The word "freedom" appears 40 times in the speech.', expected: [] },
    { name: 'a self-chosen name', text: 'A group calling itself "the Real Resistance Movement" claimed it.', expected: [] },
    { name: 'one- and two-word scare quotes nobody said', text: 'The girls were granted "parole" status for "courageous achievement" on Tuesday.', expected: [] },
    { name: 'an unattributed sentence-like quote is kept without speaker', text: 'Their entry would be a "significant public benefit."', expected: ['"significant public benefit." | - | -'] },
  ]));

  describe('across paragraphs', () => table([
    {
      name: 'a paragraph-long quote after an attributed one takes its speaker and cue',
      text: '"Seventeen years ago, this was impossible," said Ambassador Mohib.\n\n"They represent our aspirations and resilience."',
      expected: ['"Seventeen years ago, this was impossible," | Mohib | said', '"They represent our aspirations and resilience." | Mohib | said'],
    },
    {
      name: 'an unclosed paragraph continued without an opening mark',
      text: 'Harry Kane won the award. He said, "In the first half it felt good.\n\nWe could have scored three." After the match, coach Nabil Maaloul said, "We tried.',
      expected: [
        '"In the first half it felt good. | He | said',
        'We could have scored three." | He | said',
        '"We tried. | Nabil Maaloul | said',
      ],
    },
    {
      name: 'a continuation across a caption paragraph',
      text: 'Governor Chris Gregoire said, "Seattle would have been a perfect fit.\n\nFile image of a shuttle. Image: NASA.\n\n"However, the trainer will soon call the museum home."',
      expected: ['"Seattle would have been a perfect fit. | Chris Gregoire | said', '"However, the trainer will soon call the museum home." | Chris Gregoire | said'],
    },
    {
      name: 'X said: at the end of the previous paragraph',
      text: 'The spokesman said:\n\n"We will publish the report next week."',
      expected: ['"We will publish the report next week." | The spokesman | said'],
    },
    {
      name: 'no inheritance across distant paragraphs',
      text: '"We are ready," the coach said.\n\nThe team trained.\n\nIt rained.\n\nThe fans came.\n\n"Nobody expected this outcome at all."',
      expected: ['"We are ready," | the coach | said', '"Nobody expected this outcome at all." | - | -'],
    },
  ]));

  describe('linking speakers to entities', () => {
    it('links a named speaker to the mention it overlaps', () => {
      const text = 'Foreign Secretary David Lammy said: "We act now."';
      const m = mention(text, 'David Lammy', 'PERSON');
      const [q] = findQuotes(text, splitParagraphs(text), [m], []);
      assert.equal(q.speaker?.entityId, 'person:david-lammy');
    });
    it('narrows a name to the mention it ends with', () => {
      const text = 'Governor of Washington Chris Gregoire said, "It fits."';
      const m = mention(text, 'Chris Gregoire', 'PERSON');
      const [q] = findQuotes(text, splitParagraphs(text), [mention(text, 'Washington', 'PLACE'), m], []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId], ['Chris Gregoire', 'person:chris-gregoire']);
    });
    it('widens a name to the person’s mention it opens (a nickname in quotation marks)', () => {
      const text = '"I am done," said Joaquin "El Chapo" Guzman as he left.';
      const m = mention(text, 'Joaquin "El Chapo" Guzman', 'PERSON');
      const [q] = findQuotes(text, splitParagraphs(text), [m], []);
      assert.deepEqual([q?.text, q?.speaker?.text, q?.speaker?.entityId], ['"I am done,"', 'Joaquin "El Chapo" Guzman', m.entityId]);
    });
    it('links a surname alone to the entity of the full name', () => {
      const text = '"We act now," Lammy said.';
      const entity: Entity = { id: 'person:david-lammy', type: 'PERSON', name: 'David Lammy', aliases: [], descriptors: [], mentionCount: 1 };
      const [q] = findQuotes(text, splitParagraphs(text), [], [entity]);
      assert.equal(q.speaker?.entityId, 'person:david-lammy');
    });
    it('resolves he to the nearest person before it, not to a name inside a quote', () => {
      const text = 'Harry Kane scored twice. "It was like Lionel Messi," he said.';
      const mentions = [mention(text, 'Harry Kane', 'PERSON'), mention(text, 'Lionel Messi', 'PERSON')];
      const [q] = findQuotes(text, splitParagraphs(text), mentions, []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId], ['he', 'person:harry-kane']);
    });
    it('resolves she to the nearest person the article does not show as a man', () => {
      const text = 'Ms Ada Kerr chairs the board. Its treasurer, Mr Ivo Lund, gave the figures. "We are solvent," she said.';
      const mentions = [mention(text, 'Ada Kerr', 'PERSON'), mention(text, 'Ivo Lund', 'PERSON')];
      const [q] = findQuotes(text, splitParagraphs(text), mentions, []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId], ['she', 'person:ada-kerr']);
    });
    it('resolves he past a woman shown by a pronoun of her own', () => {
      const text = 'Paul Ames opened the shop in 1990. Later Rita Vance joined. She ran the till. "We never closed," he said.';
      const mentions = [mention(text, 'Paul Ames', 'PERSON'), mention(text, 'Rita Vance', 'PERSON')];
      const [q] = findQuotes(text, splitParagraphs(text), mentions, []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId], ['he', 'person:paul-ames']);
    });
    it('resolves they to an organisation, not to a person or a nationality adjective', () => {
      const text = 'The Australian Medical Association met Dr Smith and Australian officials. They said: "Salt must be iodised now."';
      const mentions = [mention(text, 'Australian Medical Association', 'ORG'), mention(text, 'Smith', 'PERSON'), mention(text, 'Australian', 'NORP', 60)];
      const [q] = findQuotes(text, splitParagraphs(text), mentions, []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId], ['They', 'org:australian-medical-association']);
    });
    it('takes a one-word headline speaker only when it is a known name', () => {
      const text = "Putin: 'We will respond to any threat'";
      const [q] = findQuotes(text, splitParagraphs(text), [mention(text, 'Putin', 'PERSON')], []);
      assert.deepEqual([q.speaker?.text, q.speaker?.entityId, q.cue], ['Putin', 'person:putin', null]);
    });
    it('leaves a role phrase unlinked, though it contains a name', () => {
      const text = 'The Prime Minister’s official spokesman said: “No.” A White House official said: “Yes.”';
      const mentions = [mention(text, 'Prime Minister', 'PERSON'), mention(text, 'White House', 'ORG')];
      const quotes = findQuotes(text, splitParagraphs(text), mentions, []);
      assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.entityId]), [
        ['The Prime Minister’s official spokesman', undefined],
        ['A White House official', undefined],
      ]);
    });
  });

  describe('Unicode and markup', () => table([
    { name: 'emoji and accents inside and around the quote', text: 'The UN chief António Guterres said: "The world is on fire 🔥 and we must act now." 🌍', expected: ['"The world is on fire 🔥 and we must act now." | António Guterres | said'] },
    { name: 'Markdown emphasis around the quote', text: '**"We are ready,"** the coach said.', expected: ['"We are ready," | the coach | said'] },
    { name: 'HTML around the quote', text: '<p>"The team is strong," said Jane Doe.</p>', expected: ['"The team is strong," | Jane Doe | said'] },
    { name: 'astral letters in a name', text: '"We won," said 𝒜lice Smith.', expected: ['"We won," | 𝒜lice Smith | said'] },
  ]));
});
