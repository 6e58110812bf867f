import assert from 'node:assert/strict';
import { mentionsOf } from './helpers';

// Constructions of news English that the dev articles lack, each checked on sentences of its own (not those of
// the held-out set).
const CASES: Array<{ name: string; unlearned?: true; text: string; has: string[]; hasNot?: string[] }> = [
  {
    name: 'a sports report reads places named without a locative as clubs, and grounds as places',
    text: 'Leeds beat Ipswich 3-1 at Elland Road on Sunday. Leeds scored twice before half-time and the goalkeeper saved a penalty. ' +
      'Aston Villa will face Leeds in the semi-finals at Wembley.',
    has: ['Leeds:ORG', 'Ipswich:ORG', 'Wembley:PLACE', 'Elland Road:PLACE'],
  },
  {
    name: 'a player whose surname is a club word stays a person in a sports report',
    text: 'Spain beat Chile 2-1 in the group stage. David Villa scored twice before half-time and the goalkeeper saved a penalty.',
    has: ['David Villa:PERSON'],
  },
  {
    name: 'a club whose name opens with a given name is a club, not a person',
    text: 'Leeds beat Ipswich 3-1 at Elland Road on Sunday. Leeds scored twice before half-time and the goalkeeper saved a penalty. ' +
      'Aston Villa will face Leeds in the semi-finals at Wembley.',
    has: ['Aston Villa:ORG'],
  },
  {
    name: 'in a wire sports report the dateline and a place after a sentence-initial locative stay places',
    text: 'LONDON 1996-08-30\nNewcastle beat Leeds 1-0, striker Ian Rush scoring in the 12th minute after a missed penalty in extra time.\nIn Paris, Lyon drew with Monaco.',
    has: ['LONDON:PLACE', 'Paris:PLACE', 'Leeds:ORG', 'Monaco:ORG'],
  },
  {
    name: 'a club opening the first sentence of a wire sports report is a club',
    text: 'LONDON 1996-08-30\nNewcastle beat Leeds 1-0, striker Ian Rush scoring in the 12th minute after a missed penalty in extra time.\nIn Paris, Lyon drew with Monaco.',
    has: ['Newcastle:ORG'],
  },
  {
    name: 'a club name with no other evidence is a club in a sports report',
    text: 'Leeds United held on to win, striker Ian Rush scoring in the 12th minute and the goalkeeper saving a penalty in extra time.',
    has: ['Leeds United:ORG'],
  },
  {
    name: 'a headline in capitals is split at the words compromise reads as verbs, function words or common nouns',
    text: 'MARKETS - BANK OF JAPAN HOLDS RATES AS TOKYO SHARES FALL\nTOKYO 1996-08-30\nThe Bank of Japan kept its rates on Friday.',
    has: ['TOKYO:PLACE'], hasNot: ['BANK OF JAPAN HOLDS RATES AS TOKYO SHARES FALL:PLACE', 'OF JAPAN:PLACE'],
  },
  { name: 'outside a sports report a city stays a place', text: 'Leeds beat its own record for rainfall on Sunday.', has: ['Leeds:PLACE'] },
  {
    name: 'a one-word name joins the organisation it opens',
    text: 'Shares in Kvarstad Holdings fell on Monday. Analysts expect Kvarstad to cut jobs.',
    has: ['Kvarstad Holdings:ORG', 'Kvarstad:ORG'],
  },
  { name: 'a one-word name after in is a place', text: 'She grew up in Tromso before moving south.', has: ['Tromso:PLACE'] },
  { name: 'a locative does not outweigh what compromise knows of an organisation', text: 'He works at Google now.', has: ['Google:ORG'] },
  { name: 'legislatures are organisations after a locative too', text: 'The bill stalled in Congress and in the Senate.', has: ['Congress:ORG', 'Senate:ORG'] },
  { name: 'from is weak evidence', text: 'The goal came from a cross by Mateo Kovacic.', has: ['Mateo Kovacic:PERSON'] },
  { name: 'a coordinated name shares the preposition', text: 'The charity runs clinics in Goma and Bunia.', has: ['Goma:PLACE', 'Bunia:PLACE'] },
  { name: 'a month alone is no name', text: 'He admitted the offence in March.', has: [], hasNot: ['March:PLACE'] },
  { name: 'a compass word opens a region', text: 'Fighting spread across South Kordofan last week.', has: ['South Kordofan:PLACE'] },
  { name: 'a name with a subtitle is a work', unlearned: true, text: 'He played in Spyder: Agent Zero for hours.', has: [], hasNot: ['Spyder:PLACE'] },
  { name: 'a name given an acronym in brackets is an institution', unlearned: true, text: 'Staff of Reporters Sans Frontieres (RSF) were detained.', has: ['Reporters Sans Frontieres:ORG'] },
  { name: 'peoples of continents are NORP', text: 'The European market slowed.', has: ['European:NORP'] },
  { name: 'a spaced dash after a dateline opens a clause', text: 'NAIROBI, May 3 (Reuters) - The African Union met on Monday.', has: ['African Union:ORG'], hasNot: ['The African Union:ORG'] },
  { name: 'a Markdown link target is not part of a name', text: 'Read the [Clean Air Act](https://example.org/act) rules.', has: [], hasNot: ['Air Act](https://example.org/act:PERSON'] },
  { name: 'an organisation acronym before a place is its branch', text: 'Figures from BBC Scotland showed a rise, and NHS England said waits grew.', has: ['BBC Scotland:ORG', 'NHS England:ORG'] },
  { name: 'a word only the firm lists know is the firm, opening a sentence too', text: 'Nvidia shares rose on Tuesday. Huawei said sales fell.', has: ['Nvidia:ORG', 'Huawei:ORG'] },
  { name: 'a nationality first and a body’s head last is the body', text: 'In Europe, the European Union Aviation Safety Agency said it would follow.', has: ['European Union Aviation Safety Agency:ORG'] },
  { name: 'a country before an exchange is the exchange’s name', text: 'Shares fell on the Pakistan Stock Exchange on Monday.', has: ['Pakistan Stock Exchange:ORG'], hasNot: ['Pakistan:PLACE'] },
  {
    name: 'bodies, parties and agencies the news lexicon lists',
    text: 'The World Food Programme warned of hunger. Imran Khan\'s Pakistan Tehreek-e-Insaf held a rally, the official Antara news agency said. ' +
      'Farmers met officials at the Department for Environment, Food and Rural Affairs. Christie\'s sold a Basquiat.',
    has: ['World Food Programme:ORG', 'Pakistan Tehreek-e-Insaf:ORG', 'Antara:ORG', 'Department for Environment, Food and Rural Affairs:ORG', "Christie's:ORG"],
  },
  {
    name: 'a surname that is a common word, with a person’s role in apposition, is a person',
    text: 'Young, a professor of theology at Georgetown University, said the church had erred. Hill, the party\'s spokesman, said so. Overall, the chief executive of the firm said sales rose.',
    has: ['Young:PERSON', 'Hill:PERSON'], hasNot: ['Overall:PERSON'],
  },
  { name: 'unknown words with a person’s role in apposition are a person', text: "Wiratmo Sukardjo, the committee's head, said the crew had erred.", has: ['Wiratmo Sukardjo:PERSON'] },
  { name: 'an age after a given name that is a country makes one person', text: 'Jordan Green, 24, was jailed for four years.', has: ['Jordan Green:PERSON'], hasNot: ['Jordan:PLACE'] },
  { name: 'a common word opening a sentence before an office names no body', text: 'Military spokesman Avi Dorel said the strikes hit targets. Police spokesman Tom Hale said two men were held.', has: ['Avi Dorel:PERSON', 'Tom Hale:PERSON'], hasNot: ['Military:ORG', 'Police:ORG'] },
  { name: 'an office named by its holder’s title is one body', text: "The Kern County Sheriff's Office arrested two men.", has: ["Kern County Sheriff's Office:ORG"], hasNot: ['Kern County:PLACE'] },
  { name: 'schools and special districts are bodies', text: 'The board voted to close Garfield Elementary. The Metropolitan Water District raised rates.', has: ['Garfield Elementary:ORG', 'Metropolitan Water District:ORG'] },
  { name: 'a vegetable’s plural opening a sentence is no group', text: 'Greens and root vegetables are cheaper this winter. Swedes, carrots and parsnips are in season. The Greens won seats.', has: ['Greens:NORP'], hasNot: ['Swedes:NORP'] },
  { name: 'a wire story’s agency after a dateline’s region is the agency', text: 'PERTH, Western Australia (AP) - Rain fell on Monday.\n\nHALIFAX, Nova Scotia (CP) - Police said so.', has: ['AP:ORG', 'CP:ORG', 'Western Australia:PLACE'], hasNot: ['AP:PLACE'] },
  { name: 'an unknown word in a headline in capitals is the person the article names', text: 'MOKWENAZI DEFENDS COALITION AS TALKS STALL\n\nJOHANNESBURG (Reuters) - President Thabo Mokwenazi defended the coalition on Tuesday.', has: ['MOKWENAZI:PERSON', 'Thabo Mokwenazi:PERSON'] },
  { name: 'the platform X ends its sentence', text: 'He wrote on X. Doctors Without Borders said its clinic had closed. Musk posted on X. Tesla shares fell.', has: ['Doctors Without Borders:ORG', 'Tesla:ORG'], hasNot: ['X. Tesla:ORG'] },
  { name: 'towns of Gaza, Sudan and Myanmar news names', text: 'Its clinic in Khan Younis ran out of fuel. Strikes hit Jabalia overnight. The junta met in Naypyitaw.', has: ['Khan Younis:PLACE', 'Jabalia:PLACE', 'Naypyitaw:PLACE'] },
  { name: 'a firm’s kind opening a sentence is no title', text: 'Regulator Ofgem said bills would fall. Drugmaker Zentiva said sales rose.', has: ['Ofgem:ORG', 'Zentiva:ORG'], hasNot: ['Regulator Ofgem:PERSON'] },
  { name: 'results written two pairs to a sentence name sides in a sports report', text: 'Scottish premier division: Celtic 2 Hearts 1, Hibernian 0 Rangers 3, Raith 1 Partick Thistle 1. The striker scored twice before half-time and saved a penalty in extra time.', has: ['Celtic:ORG', 'Hearts:ORG', 'Hibernian:ORG', 'Rangers:ORG', 'Raith:ORG', 'Partick Thistle:ORG'] },
  { name: 'tallies shaped like results name no sides outside a sports report', text: 'The twins are now aged: Emma 7 Lucy 5. See Chapter 3 Section 2, Appendix 4 Table 1.', has: [], hasNot: ['Emma:ORG', 'Lucy:ORG', 'Section:ORG', 'Table:ORG', 'Appendix:ORG'] },
  { name: 'a club named by a weekday keeps it', text: "Sheffield Wednesday's Italian striker Benito Carbone scored twice. Sheffield Wednesday were top. Rain fell in Sheffield on Wednesday.", has: ['Sheffield Wednesday:ORG', 'Benito Carbone:PERSON', 'Sheffield:PLACE'] },
  { name: 'firms coordinated are two names', text: 'Meta and Amazon Web Services declined to comment. Olam Agri and Louis Dreyfus Company said the deal was off. The Food and Drug Administration said.', has: ['Meta:ORG', 'Amazon Web Services:ORG', 'Louis Dreyfus Company:ORG', 'Food and Drug Administration:ORG'], hasNot: ['Meta and Amazon Web Services:ORG'] },
  { name: 'an acronym that speaks after “the” is a body', text: 'The CPS said it would appeal. A CPS lawyer later said the CPS had reviewed it. The COO said profits rose.', has: ['CPS:ORG'], hasNot: ['COO:ORG'] },
  { name: 'a party, a member’s letters and the member', text: 'The murder of Labour MP Jo Cox shocked Britain. Jess Phillips MP said it was wrong.', has: ['Labour:ORG', 'Jo Cox:PERSON', 'Jess Phillips:PERSON'], hasNot: ['Labour MP Jo Cox:PERSON'] },
  { name: 'a modifier opening a sentence before a country is no name', text: 'Former US president Donald Trump said he would run.', has: ['US:PLACE', 'Donald Trump:PERSON'], hasNot: ['Former US:ORG', 'Former US:PLACE'] },
  { name: 'a wire newsroom signs its story', text: 'Shares fell 2 percent on Monday.\n\n-- Frankfurt Newsroom +49 69 756525', has: ['Frankfurt Newsroom:ORG'], hasNot: ['Shares:ORG'] },
  { name: 'the surname Day after a given name', text: 'Ohio State coach Ryan Day said the team was ready. On Christmas Day the stadium was empty.', has: ['Ryan Day:PERSON'], hasNot: ['Ryan:PERSON', 'Christmas Day:PERSON'] },
  { name: 'a dateline stays whole when a results line makes its town a side', text: 'BASEBALL - MAJOR LEAGUE RESULTS.\n\nNEW YORK 1996-08-25\n\nAmerican League: NEW YORK 6 Seattle 4, Baltimore 5 CLEVELAND 3.', has: ['NEW YORK:PLACE', 'Seattle:ORG', 'CLEVELAND:ORG'], hasNot: ['NEW:ORG'] },
  { name: 'a state’s party member is the state and a group', text: 'Matt Gaetz, a Florida Republican, resigned. Texas Democrats fled the state. The Republican National Committee met.', has: ['Florida:PLACE', 'Republican:NORP', 'Texas:PLACE', 'Democrats:NORP', 'Republican National Committee:ORG'], hasNot: ['Florida Republican:PLACE'] },
  { name: 'a party named by its members beside the members alone', text: 'The Democrats fled the state. Christian Democrats won the election.', has: ['Democrats:NORP', 'Christian Democrats:ORG'] },
  { name: 'plural titles and a member’s party and state', text: 'Democratic Reps. Greg Casar and Joaquin Castro wrote a letter. Sen. Marsha Blackburn, R-Tenn., said no.', has: ['Greg Casar:PERSON', 'Marsha Blackburn:PERSON'], hasNot: ['Democratic Reps:PERSON', 'R-Tenn:PLACE'] },
  { name: 'days named after saints and people', text: "Crowds marked St. Patrick's Day in Boston. Mother's Day sales rose. He lives in St. Louis.", has: ['Boston:PLACE', 'St. Louis:PLACE'], hasNot: ["Patrick's Day:PERSON", 'St:ORG'] },
  { name: 'a nation’s part of a range or a coast', text: 'He crashed in the French Alps. The Swiss Alps were snowy. An Afghan Herat official said.', has: ['French Alps:PLACE', 'Swiss Alps:PLACE', 'Afghan:NORP', 'Herat:PLACE'], hasNot: ['French:NORP'] },
  { name: 'bodies named by a place, a people or lower-case words', text: 'Transport for London is reviewing fares. Avon and Somerset Police said a man had been arrested. English Heritage said the site would reopen. He told Voice of America he would stay. Ratings agency Fitch cut its rating.', has: ['Transport for London:ORG', 'Avon and Somerset Police:ORG', 'English Heritage:ORG', 'Voice of America:ORG', 'Fitch:ORG'], hasNot: ['London:PLACE', 'English:NORP', 'America:PLACE'] },
  { name: 'shops named after their owners, the shop’s noun last', text: "We ate at Joe's Crab Shack last night. I visited Powell's Books in Portland. Hank's Auto Body fixed my car. Obama's Kitchen Cabinet met.", has: ["Joe's Crab Shack:ORG", "Powell's Books:ORG", "Hank's Auto Body:ORG"], hasNot: ["Obama's Kitchen Cabinet:ORG", "Obama's Kitchen:ORG"] },
  { name: 'universities coordinated before their students, and by their letters', text: 'Harvard and MIT students protested outside City Hall. She studied at UCLA.', has: ['Harvard:ORG', 'MIT:ORG', 'UCLA:ORG'] },
  { name: 'towns of Yemen, Syria, Iran and Ukraine news names', text: 'Strikes hit Hodeidah and Kobani overnight. Inspectors visited Fordow. Fighting reached Kurakhove and Huliaipole.', has: ['Hodeidah:PLACE', 'Kobani:PLACE', 'Fordow:PLACE', 'Kurakhove:PLACE', 'Huliaipole:PLACE'] },
  { name: 'wildfires and works after their kind are no names', text: 'The Camp Fire destroyed the town. Cal Fire said the Dixie Fire was contained. Alfonso Cuaron’s drama Roma won. She starred in the film Barbie.', has: ['Cal Fire:ORG', 'Alfonso Cuaron:PERSON'], hasNot: ['Camp Fire:ORG', 'Dixie Fire:ORG', 'Roma:PERSON', 'Barbie:PERSON'] },
  { name: 'American teams: listed whole, numbered nicknames, state universities', text: 'Boston travels to face the Indiana Pacers on Friday. The Knicks beat the Philadelphia 76ers 110-104. Ohio State fans celebrated. He moved to Washington State. Violence hit Rakhine State.', has: ['Indiana Pacers:ORG', 'Philadelphia 76ers:ORG', 'Ohio State:ORG', 'Washington State:PLACE', 'Rakhine State:PLACE'] },
  { name: 'letters of a thing are no names', text: 'He scored in OT to win it. A super PAC backed by Musk spent heavily.', has: [], hasNot: ['OT:PLACE', 'PAC:ORG'] },
  { name: 'a broadcaster’s stations and a label’s trade after its legal form', text: 'He told BBC Radio Somerset, BBC Radio 4 and Channel 4 News he was sorry. Warner Bros. Records released it.', has: ['BBC Radio Somerset:ORG', 'BBC Radio 4:ORG', 'Channel 4 News:ORG', 'Warner Bros. Records:ORG'], hasNot: ['BBC Radio:ORG', 'Records:PERSON'] },
  { name: 'a common noun ending like an agent’s is no role before a body', text: 'Cancer Research UK said the trial worked. Prosecutor Susan Ferrier said it had not.', has: ['Cancer Research UK:ORG', 'Susan Ferrier:PERSON'], hasNot: ['Research UK:PERSON'] },
  { name: 'wire names of bodies: a country’s ministry, a central bank’s governor, former states’ peoples', text: "Russia's Defence Ministry said troops advanced. Bank of Japan Governor Yasuo Matsushita said rates would hold. British Agriculture Minister Douglas Hogg spoke. The Zairean army fled. The Federal Republic of Yugoslavia protested.", has: ['Defence Ministry:ORG', 'Bank of Japan:ORG', 'Yasuo Matsushita:PERSON', 'British:NORP', 'Douglas Hogg:PERSON', 'Zairean:NORP', 'Federal Republic of Yugoslavia:PLACE'], hasNot: ['British Agriculture:ORG'] },
  { name: 'parliaments, parties and papers named in their own languages, a nation’s embassy', text: 'The Lok Sabha voted. Gerindra and Golkar formed a coalition. El Pais and La Nacion reported it. The Chinese Embassy said. Tigrayan forces advanced.', has: ['Lok Sabha:ORG', 'Gerindra:ORG', 'Golkar:ORG', 'El Pais:ORG', 'La Nacion:ORG', 'Chinese Embassy:ORG', 'Tigrayan:NORP'] },
  { name: 'what a market trades opening a sentence is no name', text: 'Gold rose 1 percent. Banks fell 2 percent, led by Barclays. Brent fell 3 percent to $78 a barrel. Siemens fell 2 percent.', has: ['Barclays:ORG', 'Siemens:ORG'], hasNot: ['Gold:ORG', 'Banks:ORG', 'Brent:PERSON', 'Brent:ORG'] },
  { name: 'a document’s or a device’s letters say nothing as a body', text: 'The FAQ says so. The GPS said turn left. The CPS said it would appeal.', has: ['CPS:ORG'], hasNot: ['FAQ:ORG', 'GPS:ORG'] },
  { name: 'members in the plural, and a state’s member before the name', text: 'Labour MPs Jo Cox and Rachel Reeves signed it. Texas Republican Ted Cruz said no.', has: ['Labour:ORG', 'Jo Cox:PERSON', 'Rachel Reeves:PERSON', 'Texas:PLACE', 'Republican:NORP', 'Ted Cruz:PERSON'], hasNot: ['Labour MPs Jo Cox:PERSON'] },
  { name: 'Jan before a particle opens a name', text: 'Jan van Aken said the vote was close.', has: ['Jan van Aken:PERSON'] },
  { name: 'DR Congo, and places the lists know whole across `of`', text: 'DR Congo said the rebels had advanced. Drought hit the Horn of Africa. He lives on the Isle of Man.', has: ['DR Congo:PLACE', 'Horn of Africa:PLACE', 'Isle of Man:PLACE'], hasNot: ['Congo:PERSON', 'Isle of Man.:PLACE'] },
  { name: 'a rival firm opening a sentence, a patriarch’s title', text: 'Rival BMW rose 2 percent. Patriarch Abune Mathias said prayers.', has: ['BMW:ORG', 'Abune Mathias:PERSON'], hasNot: ['Rival BMW:ORG'] },
  { name: 'firms spelled out with `and`', text: 'Shares in Marks and Spencer rose, while Procter and Gamble fell.', has: ['Marks and Spencer:ORG', 'Procter and Gamble:ORG'], hasNot: ['Spencer:PERSON', 'Marks:ORG'] },
  { name: 'a member named by common words after the letters', text: 'Labour MP Dawn Butler said the vote was wrong. Tory MP Faith Jones agreed.', has: ['Labour:ORG', 'Dawn Butler:PERSON', 'Faith Jones:PERSON'], hasNot: ['MP Faith Jones:PERSON'] },
  { name: 'a member after the letters and a comma', text: 'Another Labour MP, Dawn Butler, said the vote was wrong.', has: ['Dawn Butler:PERSON'], hasNot: ['Dawn Butler:ORG'] },
  { name: 'a conference of members in the plural is a body', text: 'The Kenya Conference of Catholic Bishops said the poll was flawed. He spoke at the Conference of Berlin.', has: ['Kenya Conference of Catholic Bishops:ORG', 'Berlin:PLACE'], hasNot: ['Catholic:NORP', 'Conference of Berlin:PLACE'] },
  { name: 'a nationality or a body opening a sentence before a title', text: 'Azerbaijani President Ilham Aliyev met Putin on Monday. Hezbollah Secretary-General Naim Qassem said the group would respond.', has: ['Azerbaijani:NORP', 'Ilham Aliyev:PERSON', 'Hezbollah:ORG', 'Naim Qassem:PERSON'] },
  { name: 'a firm named short after its full name', text: 'Granada Group Plc launched a hostile bid for Forte Plc on Wednesday. Forte said the offer was inadequate. Analysts said Granada had the upper hand. Eli Lilly said sales rose, and Lilly shares jumped.', has: ['Granada:ORG', 'Forte:ORG', 'Lilly:ORG'], hasNot: ['Granada:PLACE', 'Forte:PERSON', 'Lilly:PERSON'] },
  { name: 'a town named short for a firm stays the town where the sentence places it', text: 'Granada Group Plc launched a bid on Wednesday. Fans in Granada cheered.', has: ['Granada:PLACE'] },
  { name: 'a wire story’s sign-off', text: 'The plant will close next year.\n\nReporting by Kiyoshi Takenaka in Tokyo and Nailia Bagirova in Baku; Editing by Kim Coghill', has: ['Kiyoshi Takenaka:PERSON', 'Nailia Bagirova:PERSON', 'Baku:PLACE', 'Tokyo:PLACE', 'Kim Coghill:PERSON'], hasNot: ['Nailia Bagirova:PLACE', 'Editing:PLACE'] },
  { name: 'British police, councils’ and courts’ titles', text: 'Cllr Niall Murphy said the plan was flawed. PCSO Tom Hill and Supt Jane Dean spoke. District Judge Gwyn Jones said he would be jailed.', has: ['Niall Murphy:PERSON', 'Tom Hill:PERSON', 'Jane Dean:PERSON', 'Gwyn Jones:PERSON'], hasNot: ['Cllr Niall Murphy:PERSON', 'District Judge Gwyn Jones:ORG'] },
  { name: 'diseases named after physicians and places', text: 'Eli Lilly said its Alzheimer’s drug slowed decline. Cases of Lassa fever rose in Nigeria. He was diagnosed with Crohn’s disease.', has: ['Nigeria:PLACE'], hasNot: ['Alzheimer:PERSON', 'Alzheimer:ORG', 'Lassa:PLACE', 'Crohn:PERSON'] },
  { name: 'a ministry’s portfolios listed with commas', text: 'The Ministry of Trade, Industry and Energy said exports rose. The Department for Culture, Media and Sport agreed. The Ministry of Defence, Britain and France said no.', has: ['Ministry of Trade, Industry and Energy:ORG', 'Department for Culture, Media and Sport:ORG', 'Ministry of Defence:ORG', 'Britain:PLACE', 'France:PLACE'] },
  { name: 'a short name in mixed case defined in brackets', text: 'The Office for Students (OfS) said fees would rise. The OfS said it would act.', has: ['Office for Students:ORG', 'OfS:ORG'] },
  { name: 'where someone is from, as local news names it', text: 'A Dapto man has been charged. Police said a 31-year-old Newtown woman was hurt.', has: ['Dapto:PLACE', 'Newtown:PLACE'] },
  { name: 'a firm one word after its kind, whatever surname it is', text: 'Swiss drugmaker Roche said on Monday that its drug failed. Roche shares fell.', has: ['Roche:ORG'], hasNot: ['Roche:PERSON'] },
  { name: 'streets whose first word is a common word or a given name, after a preposition of place', text: 'Stocks rose on Wall Street on Monday. A crash closed lanes on Mary Street. The Coronation Street actor left. China spent billions on Belt and Road projects.', has: ['Wall Street:PLACE', 'Mary Street:PLACE'], hasNot: ['Coronation Street:PLACE', 'Belt and Road:PLACE'] },
  { name: 'a given name that is a country before a common-word surname', text: 'Georgia Brown said she was afraid. Jordan Young was charged.', has: ['Georgia Brown:PERSON', 'Jordan Young:PERSON'], hasNot: ['Georgia:PLACE', 'Jordan:PLACE'] },
  { name: 'two countries joined by a hyphen', text: 'The Iraq-Turkey pipeline closed. The India-China border is tense.', has: ['Iraq:PLACE', 'Turkey:PLACE', 'India:PLACE', 'China:PLACE'] },
  { name: 'a country before `and` and a park', text: 'Rhinos were moved to parks in Mozambique and Gonarezhou National Park. Trinidad and Tobago won.', has: ['Mozambique:PLACE', 'Gonarezhou National Park:PLACE', 'Trinidad and Tobago:PLACE'] },
  { name: 'universities listed after `at`', text: 'Researchers at Harvard, Stanford, Duke and Yale said the study was flawed. He studied at Oxford, Cambridge and Durham.', has: ['Harvard:ORG', 'Stanford:ORG', 'Duke:ORG', 'Yale:ORG', 'Cambridge:ORG'], hasNot: ['Stanford:PERSON', 'Cambridge:PLACE'] },
  { name: 'a special agent in charge', text: 'Special Agent in Charge Cheyvoryea Gibson said the case was closed.', has: ['Cheyvoryea Gibson:PERSON'] },
  { name: 'a work’s title named or quoted after its kind', text: 'Her new album is called "Cowboy Carter." The film "Joker" won the prize in Venice.', has: ['Venice:PLACE'], hasNot: ['Cowboy Carter:PERSON', 'Joker:PERSON'] },
  { name: 'a body named for a physician’s disease', text: "The Alzheimer's Association said the drug was promising. She has Alzheimer's.", has: ["Alzheimer's Association:ORG"], hasNot: ['Alzheimer:PERSON'] },
  { name: 'institutes and centres named for what they work on', text: 'The National Institute on Aging funded the study. The Center on Budget and Policy Priorities said. He spoke at the Institute on Tuesday.', has: ['National Institute on Aging:ORG', 'Center on Budget and Policy Priorities:ORG'], hasNot: ['Institute on Tuesday:ORG'] },
  { name: 'a council of two places', text: 'Derry City and Strabane District Council said the road would close. Leeds City Council and Bradford Council agreed.', has: ['Derry City and Strabane District Council:ORG', 'Leeds City Council:ORG', 'Bradford Council:ORG'] },
  { name: 'a stage name opening with a title', text: 'Lady Gaga said she would tour. Lady Hale retired.', has: ['Lady Gaga:PERSON', 'Hale:PERSON'], hasNot: ['Gaga:PERSON'] },
  { name: 'a sign-off’s places after a place, agencies and newsrooms', text: 'The plant will close.\n\n(Reporting by Jane Doe in Palm Beach, Florida, and Tom Lee in Gaza and Cairo; Additional reporting by Reuters staff and the Beijing newsroom; Editing by Jan Harvey)\n\nReporting by Bloomberg News in March showed that sales fell.', has: ['Jane Doe:PERSON', 'Florida:PLACE', 'Cairo:PLACE', 'Reuters:ORG', 'Beijing:PLACE', 'Jan Harvey:PERSON', 'Bloomberg News:ORG'], hasNot: ['Florida:PERSON', 'Cairo:PERSON', 'Additional:PLACE'] },
  { name: 'peoples and adjectives before a person’s noun are no towns', text: 'A 31-year-old Indigenous man, a Hasidic woman, a Deaf woman and a Traveller family met a Penrith woman.', has: ['Penrith:PLACE'], hasNot: ['Indigenous:PLACE', 'Hasidic:PLACE', 'Deaf:PLACE', 'Traveller:PLACE'] },
  { name: 'a member’s letters after a constituency or before a headline’s verb', text: 'Tory MP Faces Calls To Quit\n\nReform MP Sparks Fury Over Remarks', has: [], hasNot: ['Faces Calls:PERSON', 'Sparks Fury:PERSON'] },
  { name: 'bodies listed after a ministry are bodies of their own', text: 'The Ministry of Justice, Treasury and Home Office agreed.', has: ['Ministry of Justice:ORG', 'Home Office:ORG'], hasNot: ['Ministry of Justice, Treasury and Home Office:ORG'] },
  { name: 'a firm of a country’s name and a common word is no person', text: 'Georgia Power raised rates. Kenya Law published the ruling.', has: [], hasNot: ['Georgia Power:PERSON', 'Kenya Law:PERSON'] },
  { name: 'a person after a trade’s noun keeps their cues', text: 'Crane operator Davies fell. Davies, 52, said he was lucky.', has: ['Davies:PERSON'], hasNot: ['Davies:ORG'] },
  { name: 'a short firm name is not a common word opening a sentence, a person named in full, or a town before its officer', text: 'Lilly King won gold. Eli Lilly said sales rose. Granada Group Plc launched a bid. The Granada mayor objected.', has: ['Lilly King:PERSON', 'Eli Lilly:ORG'], hasNot: ['Lilly:ORG', 'Granada mayor:ORG'] },
  { name: 'a person’s craze and a town’s possessive are no diseases', text: 'Caitlin Clark fever gripped Iowa. Huntington’s police chief resigned.', has: ['Caitlin Clark:PERSON', 'Huntington:PLACE'] },
  { name: 'a town named like a pollster', text: 'In Gallup, New Mexico, police said the road was closed.', has: ['Gallup:PLACE'], hasNot: ['Gallup:ORG'] },
  { name: 'a conference of other people is a meeting', text: 'The Global Conference of Women Leaders opened in Kigali.', has: ['Kigali:PLACE'], hasNot: ['Global Conference of Women Leaders:ORG'] },
  { name: 'letters in mixed case after a place are no body’s', text: 'The Isle of Wight (IoW) council said the ferry would run.', has: ['Isle of Wight:PLACE'], hasNot: ['Isle of Wight:ORG', 'IoW:ORG'] },
  { name: 'a paper named by a given name that is a country', text: 'In a statement on Monday, Israel Hayom said the plan would go ahead.', has: ['Israel Hayom:ORG'] },
  { name: 'a firm reporting its results, not a chief the article names in full', text: 'Tarrowind said quarterly profits rose. Elon Musk spoke on Monday. Musk said sales rose.', has: ['Tarrowind:ORG', 'Elon Musk:PERSON', 'Musk:PERSON'], hasNot: ['Musk:ORG'] },
  { name: 'listed papers and agencies whose names hold a date’s or a caption’s word', text: 'A photo by Getty Images shows USA Today reporters. He told the Mail on Sunday and Russia Today that he would run.', has: ['Getty Images:ORG', 'USA Today:ORG', 'Mail on Sunday:ORG', 'Russia Today:ORG'], hasNot: ['USA:PLACE', 'Russia:PLACE', 'Getty:ORG'] },
  { name: 'a member whose surname is a place’s head', text: 'Labour MP John Field died on Monday.', has: ['Labour:ORG', 'John Field:PERSON'], hasNot: ['Labour MP John Field:PLACE'] },
  { name: 'a branch of an organisation known by its acronym', unlearned: true, text: 'The Westside YMCA will open a pool.', has: ['Westside YMCA:ORG'] },
];

describe('nlp: constructions the dev articles lack', () => {
  const check = (c: (typeof CASES)[number]): void => {
    const got = mentionsOf(c.text);
    for (const m of c.has) assert.ok(got.includes(m), `${m} not in ${JSON.stringify(got)}`);
    for (const m of c.hasNot ?? []) assert.ok(!got.includes(m), `${m} in ${JSON.stringify(got)}`);
    if (c.hasNot) for (const m of got) assert.ok(!m.includes(']('), m);
  };
  for (const c of CASES.filter((x) => !x.unlearned)) it(c.name, () => check(c));
  // What the hand rules did and the learned recogniser does not (yet; see src/core/nlp/MODEL.md): each must still
  // fail, so that one it learns is moved back among the cases above.
  it('still misses the constructions it has not learned', () => {
    for (const c of CASES.filter((x) => x.unlearned)) assert.throws(() => check(c), assert.AssertionError, c.name);
  });
});
