import assert from 'node:assert/strict';
import { mentionsOf } from './helpers';

// Each row: a sentence, mentions that must be found (`text:TYPE`), and texts that must not be mentions.
const CASES: Array<{ why: string; unlearned?: true; text: string; has: string[]; not?: string[] }> = [
  { why: 'unknown foreign names in a list with ages', text: 'Bulgarian nationals Katrin Ivanova, 33, Vanya Gaberova, 30, and Tihomir Ivanov Ivanchev, 39, were found guilty.',
    has: ['Katrin Ivanova:PERSON', 'Vanya Gaberova:PERSON', 'Tihomir Ivanov Ivanchev:PERSON', 'Bulgarian:NORP'] },
  { why: 'a role noun before an unknown name', text: 'The group’s 47-year-old ringleader Orlin Roussev admitted his role.', has: ['Orlin Roussev:PERSON'] },
  { why: 'a facility with the article is a place, not a person', text: 'They were found guilty at the Old Bailey last week.', has: ['Old Bailey:PLACE'] },
  { why: 'a role written as a title stays out of the name', text: 'Engineer Tomkins said the car was fine, and Chief Engineer Bob Tomkins agreed.',
    has: ['Tomkins:PERSON', 'Bob Tomkins:PERSON'], not: ['Engineer Tomkins', 'Engineer Bob Tomkins'] },
  { why: 'a club role before a player', text: 'Pastor Rick Warren watched as Striker Alan Shearer scored.', has: ['Rick Warren:PERSON', 'Alan Shearer:PERSON'], not: ['Pastor Rick Warren', 'Striker Alan Shearer'] },
  { why: 'facility heads', text: 'NASA celebrated the launch at an event at the Kennedy Space Center in Florida.', has: ['Kennedy Space Center:PLACE', 'Florida:PLACE', 'NASA:ORG'] },
  { why: 'organisation heads', text: 'In a statement, Moscow’s Federal Security Service said it had acted.', has: ['Moscow:PLACE', 'Federal Security Service:ORG'] },
  { why: 'institutions named after their seat', text: 'Downing Street said the claims were baseless, and the Kremlin denied them.', has: ['Downing Street:ORG', 'Kremlin:ORG'] },
  { why: 'the White House speaks for the presidency', text: 'The White House said on Monday it would not comment.', has: ['White House:ORG'] },
  { why: 'parts of the world after "the"', text: 'Moscow has expelled diplomats from the West, while farmers in the Midwest waited.', has: ['West:PLACE', 'Midwest:PLACE'] },
  { why: 'a surname that is a compass word is no part of the world', text: 'Kanye West said he would tour.', has: ['Kanye West:PERSON'], not: ['West'] },
  { why: 'possessive and punctuation stay out of spans', text: 'He met Vladimir Putin’s envoy in Moscow, then flew to Kyiv.', has: ['Vladimir Putin:PERSON', 'Moscow:PLACE'], not: ['Vladimir Putin’s', 'Moscow,'] },
  { why: 'sentence-initial function words are not names', text: 'However, the latest expulsions came after talks. The move was expected.', has: [], not: ['However', 'The'] },
  { why: 'dates are not names', text: 'On Wednesday, April 13, the agency met.', has: [], not: ['Wednesday', 'April'] },
  { why: 'a surname alone with a speech verb', text: 'Margaret Atwood spoke first. Later, Atwood said she was pleased.', has: ['Margaret Atwood:PERSON', 'Atwood:PERSON'] },
  { why: 'codes and abbreviations of common nouns are not organisations', text: 'Atlantis flew STS-135. Iodine deficiency disorders (IDD) lower IQ.', has: [], not: ['STS', 'IDD'] },
  { why: 'acronym after a name in brackets', unlearned: true, text: 'The Kennedy Space Center (KSC) is in Florida. KSC opened in 1962.', has: ['Kennedy Space Center:PLACE', 'KSC:PLACE'] },
  { why: 'a centre for something is an institution', text: 'He chairs the Australian Centre for Control of Iodine Deficiency Disorders.', has: ['Australian Centre for Control of Iodine Deficiency Disorders:ORG'] },
  { why: 'names of programmes and events are none of the types', text: 'The Space Shuttle Program ended, said officials at the Andy Warhol Photographic Legacy Program.', has: [], not: ['Space Shuttle Program', 'Andy Warhol Photographic Legacy Program'] },
  { why: 'a country before a personal name is split off', text: 'According to Afghan Ambassador to the United States Hamdullah Mohib, the team was delighted.', has: ['Afghan:NORP', 'United States:PLACE'] },
  { why: 'national teams in a sports report are organisations', text: 'Sweden beat South Korea 1–0 at the World Cup. The striker scored a penalty after the goalkeeper fouled him. Sweden topped the group stage.',
    has: ['Sweden:ORG', 'South Korea:ORG'] },
  { why: 'capitalised common words are not unknown personal names', unlearned: true, text: 'They play Global Offensive and suffer Iodine Deficiency Disorders.', has: [], not: ['Global Offensive', 'Iodine Deficiency Disorders'] },
  { why: 'an unknown two-word name is a person', text: 'Early on, Romelu Lukaku scored twice.', has: ['Romelu Lukaku:PERSON'] },
  { why: 'countries outside sport stay places', text: 'Sweden and South Korea signed a trade agreement.', has: ['Sweden:PLACE', 'South Korea:PLACE'] },
  { why: 'the holder of an office split off before it is a person', text: 'Coach Hansi Flick spoke to reporters on Monday.', has: ['Hansi Flick:PERSON'] },
  { why: 'a town before its fans is the club, a country stays a place', text: 'Everton fans marched on Saturday. Leeds supporters sang, and England fans travelled to Germany. Liverpool and Wolverhampton fans marched together.',
    has: ['Everton:ORG', 'Leeds:ORG', 'England:PLACE', 'Germany:PLACE', 'Liverpool:ORG', 'Wolverhampton:ORG'] },
  { why: 'a club before its manager, coach or captain', text: 'Barcelona coach Hansi Flick and Arsenal manager Mikel Arteta spoke, and Chelsea captain Reece James was injured.',
    has: ['Barcelona:ORG', 'Hansi Flick:PERSON', 'Arsenal:ORG', 'Mikel Arteta:PERSON', 'Chelsea:ORG', 'Reece James:PERSON'] },
  { why: 'a name before a firm’s officer is the firm', text: 'Apple CEO Tim Cook unveiled the phone. Shell chief executive Wael Sawan defended the dividend. Meta spokesman Andy Stone declined to comment.',
    has: ['Apple:ORG', 'Tim Cook:PERSON', 'Shell:ORG', 'Wael Sawan:PERSON', 'Meta:ORG', 'Andy Stone:PERSON'] },
  { why: 'a person or a place before an office stays one', text: 'London mayor Sadiq Khan spoke. Trump chief of staff Susie Wiles met the senators.', has: ['London:PLACE', 'Sadiq Khan:PERSON', 'Susie Wiles:PERSON'], not: ['Trump:ORG', 'London:ORG'] },
  { why: 'a town and a club word, or a club’s opening word and a town, is a club outside a sports report', text: 'Real Madrid beat Manchester United in the final. Lionel Messi scored as Inter Miami won, and Sporting Lisbon fans cheered. She lives in Mexico City.',
    has: ['Manchester United:ORG', 'Inter Miami:ORG', 'Sporting Lisbon:ORG', 'Mexico City:PLACE'] },
  { why: 'a listed organisation the first pass found stays one in a short text', text: 'Greenpeace activists boarded the tanker off Norway.', has: ['Greenpeace:ORG', 'Norway:PLACE'] },
  { why: 'partners’ names joined by an ampersand are a firm', text: 'Simon & Schuster will publish the memoir.', has: ['Simon & Schuster:ORG'] },
  { why: 'a firm of partners the recogniser leaves no name or reads in parts', unlearned: true, text: 'The rifle was made by Smith & Wesson. Marks & Spencer and Johnson & Johnson said sales rose.',
    has: ['Smith & Wesson:ORG', 'Marks & Spencer:ORG', 'Johnson & Johnson:ORG'] },
  { why: 'a known organisation’s acronym, one before a group’s noun, or a WordNet organisation after “the” is always a name', text: 'The U.N. envoy met officials. From the AP comes this story. Jonas Savimbi’s UNITA movement rejected the plan. The Bundesbank left its rate unchanged. The Food and Drug Administration approved the drug.',
    has: ['U.N.:ORG', 'AP:ORG', 'UNITA:ORG', 'Bundesbank:ORG', 'Food and Drug Administration:ORG'] },
  { why: 'a storm is no name, and its name alone is the storm', text: 'Hurricane Milton made landfall in Florida. Milton weakened as it crossed the state, Governor Ron DeSantis said.',
    has: ['Florida:PLACE', 'Ron DeSantis:PERSON'], not: ['Hurricane Milton', 'Milton'] },
  { why: 'a vessel or a spacecraft is no name, nor its name alone', text: 'The Space Shuttle Atlantis landed in Florida. Atlantis will go on display at the Kennedy Space Center. The tanker Front Altair caught fire, and HMS Queen Elizabeth sailed.',
    has: ['Florida:PLACE', 'Kennedy Space Center:PLACE'], not: ['Space Shuttle Atlantis', 'Atlantis', 'Front Altair', 'HMS Queen Elizabeth', 'Elizabeth', 'HMS'] },
  { why: 'a hyphenated name of two words opening with a given name and ending with a town is read, not a failure', text: 'The Paris-Dakar rally began. The Earth-Moon system was studied.',
    has: ['Paris-Dakar:PLACE'] },
  { why: 'a numbered craft one is aboard is no name; the number alone says nothing', text: 'Yuri Gagarin lifted off aboard Vostok 1 into space. The crew flew aboard Apollo 11. In Nauru 1 person was hurt.',
    has: ['Yuri Gagarin:PERSON', 'Nauru:PLACE'], not: ['Vostok', 'Apollo'] },
  { why: 'an airline after `carrier` stays an airline', text: 'Delta Air Lines said the carrier Delta would add flights.', has: ['Delta Air Lines:ORG', 'Delta:ORG'] },
  { why: 'a storm’s name stays a person’s where the article names someone by it in full', text: 'Typhoon Haiyan hit the Philippines. Mrs Haiyan Zhou, a resident, said Haiyan had destroyed her home.',
    has: ['Haiyan Zhou:PERSON'], not: ['Typhoon Haiyan'] },
  { why: 'a name in apposition to a title is a person', text: 'According to the Afghan team’s coach, Alireza Mehraban, the robot worked. For the traveler, West Oakland is quiet.',
    has: ['Alireza Mehraban:PERSON', 'West Oakland:PLACE'] },
  { why: 'a person an office names in full is one person, whatever names the words could be', text: 'President Luiz Inacio Lula da Silva visited Porto Alegre on Friday.',
    has: ['Luiz Inacio Lula da Silva:PERSON'], not: ['Lula da Silva'] },
  { why: 'an -ing form or `Like` opening a sentence is no part of the name after it', text: 'Following Smetana’s death, the orchestra toured Russia. Visiting Ukraine, Olaf Scholz met Volodymyr Zelensky.',
    has: ['Smetana:PERSON', 'Russia:PLACE', 'Ukraine:PLACE', 'Olaf Scholz:PERSON'], not: ['Following Smetana', 'Visiting Ukraine'] },
  { why: 'a unit named by its number keeps the number, and its kind makes it an organisation', text: 'The 82nd Airborne Division and the 3rd Infantry Division deployed, and the U.S. Sixth Fleet sailed. The Boy Scouts of America settled.',
    has: ['82nd Airborne Division:ORG', '3rd Infantry Division:ORG', 'Boy Scouts of America:ORG'], not: ['Airborne Division', 'Infantry Division', 'America'] },
  { why: 'a modifier of an office opening the sentence is no part of the nationality after it', text: 'Former Brazilian president Jair Bolsonaro was barred. Acting Ukrainian ambassador Olena Koval spoke.',
    has: ['Brazilian:NORP', 'Jair Bolsonaro:PERSON', 'Ukrainian:NORP'], not: ['Former Brazilian', 'Acting Ukrainian'] },
  { why: 'a possessive inside a saint’s or an institution’s name', text: 'The victim was taken to St Vincent’s Hospital. Pope Francis celebrated Mass in St. Peter’s Square. The People’s Liberation Army held drills. Britain’s Foreign Office said nothing.',
    has: ['St. Peter’s Square:PLACE', 'People’s Liberation Army:ORG', 'Britain:PLACE'], not: ['St Vincent', 'People', 'Britain’s Foreign Office'] },
  { why: 'a title joined to a name by a connector stays in it', text: 'Reporters contacted the NSW Department of Communities and Justice for comment.', has: ['NSW Department of Communities and Justice:ORG'] },
  { why: 'an interview’s speaker label is no name', text: 'Q: How did the library start?\n\nA: Adaeze Okoro opened it in Lagos in 1998.', has: ['Adaeze Okoro:PERSON', 'Lagos:PLACE'], not: ['Q', 'A'] },
  { why: 'an owner before a possessive is a person, and the listed firm after it a firm', text: 'Elon Musk’s SpaceX launched 20 satellites on Tuesday.',
    has: ['Elon Musk:PERSON', 'SpaceX:ORG'] },
  { why: 'a capital or a country inside a sentence is always a name', text: 'The mayor of Kyiv said the city was calm, and officials in Sarajevo agreed.', has: ['Kyiv:PLACE', 'Sarajevo:PLACE'] },
  { why: 'a capital opening a sentence is a name unless it is also a word', text: 'Tokyo stocks ended lower on Friday. Male voters turned out in large numbers.', has: ['Tokyo:PLACE'], not: ['Male'] },
  { why: 'a quoted plural after “the” names a group', text: 'The gang, dubbed the "Pink Panthers", stole jewels, and the cell, known as the “Beatles”, was caught.', has: ['Pink Panthers:ORG', 'Beatles:ORG'] },
  { why: '`and` after a name the lists know ends it, and a name they know with `and` inside stays whole', text: 'Aid reached Rio de Janeiro and Ho Chi Minh City. Leaders of Bosnia and Herzegovina and Serbia signed the accord.',
    has: ['Rio de Janeiro:PLACE', 'Ho Chi Minh City:PLACE', 'Bosnia and Herzegovina:PLACE', 'Serbia:PLACE'] },
  { why: 'one word only WordNet’s buildings and sites hold, after “the”, is a place', text: 'The Louvre reopened on Sunday, and the Colosseum drew crowds.', has: ['Louvre:PLACE', 'Colosseum:PLACE'] },
  { why: 'a listed firm followed by its trade is the firm', text: 'Samsung Electronics said profit rose, and Hyundai Motor agreed.', has: ['Samsung Electronics:ORG', 'Hyundai Motor:ORG'] },
  { why: 'a given name in apposition to a relative is that person', text: 'They were found guilty over the death of their nine-month-old child, Gloria. She died of an infection.', has: ['Gloria:PERSON'] },
  { why: 'a person after “the” who modifies a noun stays a person', text: 'She worked in the Bush administration for four years.', has: ['Bush:PERSON'] },
  { why: 'a portfolio after `Minister of` ends where the ministry’s name ends, whoever holds it', text: 'He met Minister of Defense Hazem Shaalan on Monday. The Minister of Finance Nirmala Sitharaman said taxes would fall.',
    has: ['Hazem Shaalan:PERSON', 'Nirmala Sitharaman:PERSON'], not: ['Defense Hazem Shaalan', 'Finance Nirmala Sitharaman'] },
  { why: '`on` joins a body to what it deliberates on, not to a date', text: 'The executive director of the Council on American-Islamic Relations spoke. The Committee on Monday voted. The crew landed at the Kennedy Space Center on STS-135.',
    has: ['Council on American-Islamic Relations:ORG', 'Kennedy Space Center:PLACE'], not: ['Committee on Monday', 'Kennedy Space Center on STS'] },
  { why: '`al` before a space opens a name, but not in `et al`', text: 'The plot bore the hallmarks of al Qaeda, Smith et al wrote.', has: ['al Qaeda:ORG'], not: ['al Smith'] },
  { why: '`PM` is a title before a name, not after a time', text: 'In Iraqi society, PM Allawi is responsible. At 10:30 PM Richard Hale called.', has: ['Allawi:PERSON', 'Richard Hale:PERSON'], not: ['PM Allawi', 'PM Richard Hale'] },
  { why: 'punctuation glued between two names parts them', text: 'USPS Delivery in Auckland,NZ is slow. I have settled the Ecogas/Enron/Randy Maffett lawsuit.',
    has: ['Auckland:PLACE', 'NZ:PLACE', 'Enron:ORG', 'Randy Maffett:PERSON'], not: ['Auckland,NZ'] },
];

describe('nlp: name finder', () => {
  const check = (c: (typeof CASES)[number]): void => {
    const got = mentionsOf(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `${h} missing in ${JSON.stringify(got)}`);
    // `not` names a name that must not be a mention at all, or a name and a type it must not have (`Trump:ORG`).
    for (const n of c.not ?? []) assert.ok(!got.some((g) => g === n || g.startsWith(`${n}:`)), `${n} should not be a mention: ${JSON.stringify(got)}`);
  };
  for (const c of CASES.filter((x) => !x.unlearned)) it(c.why, () => check(c));
  // What the hand rules did and the learned recogniser does not (yet; see src/core/nlp/MODEL.md): each must still
  // fail, so that one it learns is moved back among the cases above.
  it('still misses the constructions it has not learned', () => {
    for (const c of CASES.filter((x) => x.unlearned)) assert.throws(() => check(c), assert.AssertionError, c.why);
  });
});
