import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/nlp/analyze';
import { hasSportsSlug, tableNames } from '../../../src/core/nlp/tables';
import { scoreDocuments, type DocPair, type GoldDoc } from '../../../src/core/eval/score';
import { mentionsOf } from './helpers';

// Wire copy and the error classes seen on unseen news, each on invented lines of its own (not those of the
// wire-style set). None of the training corpora has tables, scorecards, line-ups or sports slugs: hand rules
// (tables.ts, handRules.ts) type them. Every case failed before those rules.
const CASES: Array<{ why: string; text: string; has: string[]; not?: string[] }> = [
  { why: 'clubs opposite their scores in a results table', text: 'Barnsford 2 Kelby Town 1\nLeeds 3 Portwell 0',
    has: ['Barnsford:ORG', 'Kelby Town:ORG', 'Leeds:ORG', 'Portwell:ORG'] },
  { why: 'results run together in a line of prose after a label', text: "Saturday's results: Barnsford 2 Kelby Town 1, Wexley 0 Portwell 3; Hallam 1 Amberley 1.",
    has: ['Barnsford:ORG', 'Kelby Town:ORG', 'Wexley:ORG', 'Portwell:ORG', 'Hallam:ORG', 'Amberley:ORG'] },
  { why: 'results after a label that opens a later sentence of the line', text: 'The weekend was busy. Premier League results: Barnsford 2 Chelsea 1, Wexley 0 Fulham 0.',
    has: ['Barnsford:ORG', 'Chelsea:ORG', 'Wexley:ORG', 'Fulham:ORG'] },
  { why: 'results run together with commas, no label', text: 'Leeds 3 Portwell 0, Wexley 1 Kelby Town 2',
    has: ['Leeds:ORG', 'Portwell:ORG', 'Wexley:ORG', 'Kelby Town:ORG'] },
  { why: 'goal scorers in brackets after the score', text: 'Leeds United 2 (Mallory 12, Quist 80) Chelsea 1 (Fenwick 44). Halftime 1-1.',
    has: ['Leeds United:ORG', 'Mallory:PERSON', 'Quist:PERSON', 'Chelsea:ORG', 'Fenwick:PERSON'] },
  { why: 'national teams in a results table are their countries', text: 'SOCCER - WORLD CUP QUALIFIERS .\nBrazil 3 Norway 1\nGhana 0 Peru 0\nThe striker scored twice and the goalkeeper saved a penalty in stoppage time.',
    has: ['Brazil:PLACE', 'Norway:PLACE', 'Ghana:PLACE', 'Peru:PLACE'], not: ['CUP QUALIFIERS', 'CUP'] },
  { why: 'words naming a competition in a sports headline are no side', text: 'SOCCER - PORTWELL TOP PREMIER LEAGUE .\nTENNIS - VASKOVA WINS CANADIAN OPEN .\nSOCCER - ENGLAND WORLD CUP SQUAD .',
    has: ['PORTWELL:ORG', 'VASKOVA:PERSON', 'ENGLAND:PLACE'], not: ['PREMIER', 'VASKOVA WINS', 'PORTWELL TOP'] },
  { why: 'a side the report names in full is the side where it names it by its first word alone',
    text: 'SOCCER - DUTCH LEAGUE SUMMARIES .\nAMSTERDAM 1996-08-25\nFeyenoord drew 1-1 with Vitesse Arnhem . Feyenoord \'s Julio Cruz scored before Vitesse equalised through Nikos Machlas .\nPSV Eindhoven beat NAC Breda 3-0 . Luc Nilis scored twice for PSV .',
    has: ['Vitesse Arnhem:ORG', 'Vitesse:ORG', 'PSV Eindhoven:ORG', 'PSV:ORG', 'Julio Cruz:PERSON', 'Luc Nilis:PERSON'] },
  { why: 'a plural common noun in a sports headline is no side, whatever its plural ending',
    text: 'SOCCER - DUTCH FIRST DIVISION SUMMARIES .\nSOCCER - PORTWELL MATCHES AND FIXTURES .\nSummaries of first division matches played on Sunday :',
    has: ['PORTWELL:ORG'], not: ['SUMMARIES', 'Summaries', 'MATCHES', 'FIXTURES'] },
  { why: 'a side of a headline the report names in full as a person is the player, and a club’s opening word makes a club',
    text: 'SOCCER - VELLANO SIGNS FOR PORTWELL .\nLONDON 1996-08-22\nPortwell signed Dutch midfielder Marco Vellano from AC Milan on Thursday , the Premier League club said .\nVellano , 29 , scored 12 goals last season and the striker said the move was his dream .',
    has: ['VELLANO:PERSON', 'PORTWELL:ORG', 'Marco Vellano:PERSON', 'Vellano:PERSON', 'AC Milan:ORG'], not: ['Vellano:ORG', 'VELLANO:ORG'] },
  { why: 'teams in a standings table', text: 'Hallam 10 6 2 2 18 9 20\nWexley Athletic 10 5 3 2 15 11 18\nSAN DIEGO 70 62 .530 4',
    has: ['Hallam:ORG', 'Wexley Athletic:ORG', 'SAN DIEGO:ORG'] },
  { why: 'batsmen, fielders and bowlers in a scorecard', text: 'P. Dunmore c Asif b Zaheer 38\nK. Brack lbw b Mansoor 12\nT. Wilcox not out 4\nBowling : Zaheer 18-3-50-2 , Mansoor 11-1-40-1',
    has: ['P. Dunmore:PERSON', 'Asif:PERSON', 'Zaheer:PERSON', 'K. Brack:PERSON', 'Mansoor:PERSON', 'T. Wilcox:PERSON'] },
  { why: 'batting lines run together with commas', text: 'R. Oakes c Imran b Tariq 21, D. Vell lbw b Saqlain 44',
    has: ['R. Oakes:PERSON', 'Imran:PERSON', 'Tariq:PERSON', 'D. Vell:PERSON', 'Saqlain:PERSON'] },
  { why: 'a line-up: the team, its players and a substitute', text: 'Wexley: Amberley; Cosgrove, Tandy, Lusk (captain), Orme; Peake (Rudd 75), Sayle, Venn',
    has: ['Wexley:ORG', 'Amberley:PERSON', 'Cosgrove:PERSON', 'Lusk:PERSON', 'Rudd:PERSON', 'Venn:PERSON'] },
  { why: 'competitors and their countries in individual results', text: '1. Tomas Brezina (Slovakia) 2:10:44\n2. Odalys Brenes (Costa Rica) 4:05.12\n214 Wim Dekkers 71 72 71\n3 - Ines Valdez (Chile) beat Mia Sorensen (Norway) 6-2 6-4',
    has: ['Tomas Brezina:PERSON', 'Slovakia:PLACE', 'Odalys Brenes:PERSON', 'Costa Rica:PLACE', 'Wim Dekkers:PERSON', 'Ines Valdez:PERSON', 'Chile:PLACE', 'Mia Sorensen:PERSON', 'Norway:PLACE'] },
  { why: 'sides in a team-sport headline in capitals', text: 'SOCCER - BARNSFORD STUN CHELSEA .', has: ['BARNSFORD:ORG', 'CHELSEA:ORG'] },
  { why: 'a club acting on its staff in a headline: the verb is no part of the side', text: 'SOCCER - WEXHAM SACK COACH AFTER DEFEAT .\nSOCCER - BARNSFORD SUSPEND STRIKER .',
    has: ['WEXHAM:ORG', 'BARNSFORD:ORG'], not: ['WEXHAM SACK', 'BARNSFORD SUSPEND', 'COACH'] },
  { why: 'the slug names the sport, whatever its words could be', text: 'RUGBY UNION - CUTTITTA BACK FOR ITALY .\nRUGBY LEAGUE - WIGAN BEAT LEEDS .',
    has: ['ITALY:PLACE', 'WIGAN:ORG'], not: ['RUGBY UNION', 'UNION', 'RUGBY LEAGUE', 'RUGBY'] },
  { why: 'competitors in an individual-sport headline, the venue after IN', text: 'TENNIS - VALDEZ BEATS SORENSEN IN MADRID .', has: ['VALDEZ:PERSON', 'SORENSEN:PERSON', 'MADRID:PLACE'] },
  { why: 'a dateline with its region, also in a sports report', text: 'GOLF - PELL LEADS .\nAKRON , Ohio 1996-08-29\nPell holed a putt on the last to lead the play-off after scoring 66, and Dekkers scored 68 with a hat-trick of birdies.',
    has: ['PELL:PERSON', 'AKRON:PLACE', 'Ohio:PLACE'] },
  { why: 'a side the headline names is a side in the sentences too', text: 'SOCCER - LEEDS BEAT CHELSEA .\nLONDON 1996-08-24\nChelsea lost 2-1 to Leeds on Saturday.',
    has: ['LEEDS:ORG', 'CHELSEA:ORG', 'Chelsea:ORG', 'Leeds:ORG'] },
  { why: 'wire sports copy keeps countries as places', text: 'CRICKET - ENGLAND WIN .\nEngland beat Pakistan by five wickets after their openers scored 90 in the first innings, and Pakistan now face a play-off.',
    has: ['ENGLAND:PLACE', 'England:PLACE', 'Pakistan:PLACE'], not: ['ENGLAND WIN'] },
  { why: 'a hyphenated given name of four or five letters after the hyphen', text: 'Foreign minister Kang Ji-hwan arrived in Busan on Monday.', has: ['Kang Ji-hwan:PERSON'] },
  { why: 'a romanised Korean name whose family name is a common word, opening a sentence', text: 'Moon Ha-rin met officials on Monday.', has: ['Moon Ha-rin:PERSON'] },
  { why: 'a nationality of two words before a title', text: 'South Korean President Noh Sun-mi visited the port on Friday.', has: ['Noh Sun-mi:PERSON'] },
  { why: 'an institution named after its country, not a part or era of it', text: 'Statistics Canada said on Tuesday that the jobless rate rose in Mainland China and around Lake Chad.',
    has: ['Statistics Canada:ORG'], not: ['Mainland China:ORG', 'Lake Chad:ORG'] },
  { why: 'an institution named by two common nouns and its country', text: 'Public Safety Canada and Public Health England issued warnings, and Veterans Affairs Canada agreed.',
    has: ['Public Safety Canada:ORG', 'Public Health England:ORG', 'Veterans Affairs Canada:ORG'] },
  { why: 'festivals and software are no organisations or places', text: 'Pilgrims returning from the Hajj were delayed, and a fault in Windows software held up check-in.', has: [], not: ['Hajj', 'Windows'] },
  { why: 'a company whose share price moves', text: 'In London, Castell fell 12 pence while Ashby Dunmore rose 4p on the bid news.', has: ['Castell:ORG', 'Ashby Dunmore:ORG'] },
  { why: 'a company whose shares move, and a market named by its place', text: 'Corvane shares fell 4 per cent and Halbrook’s stock jumped by 12%, while London shares fell 2 per cent.',
    has: ['Corvane:ORG', 'Halbrook:ORG', 'London:PLACE'] },
  { why: 'the firm of a market analyst', text: 'Prices will stay high, said Ruth Ames, an analyst at Kellner Brandt.', has: ['Ruth Ames:PERSON', 'Kellner Brandt:ORG'] },
];

describe('nlp: wire copy and its tables', () => {
  for (const c of CASES) {
    it(c.why, () => {
      const got = mentionsOf(c.text);
      for (const h of c.has) assert.ok(got.includes(h), `${h} missing in ${JSON.stringify(got)}`);
      for (const n of c.not ?? []) assert.ok(!got.some((g) => g.startsWith(`${n}:`)), `${n} should not be a mention: ${JSON.stringify(got)}`);
    });
  }

  it('explains a table decision by its rule', () => {
    const m = analyze('Barnsford 2 Kelby Town 1', { explain: true }).mentions.find((x) => x.text === 'Barnsford');
    assert.deepEqual(m?.why, ['team in a results table (rule)']);
  });

  it('explains a seat read as its institution by its rule, and leaves a seat read as a location to the model', () => {
    const said = analyze('The Pentagon said the flight was routine.', { explain: true }).mentions.find((x) => x.text === 'Pentagon');
    assert.deepEqual(said?.why, ['institution named after its seat (rule)']);
    const visited = analyze('Reporters waited outside the Pentagon for hours.', { explain: true }).mentions.find((x) => x.text === 'Pentagon');
    assert.notDeepEqual(visited?.why, ['institution named after its seat (rule)']);
  });

  it('reads prose lines as no table', () => {
    for (const line of ['He said Leeds had 2 chances to score in the first half.', 'LONDON 1996-08-24', 'Results of matches on Saturday :',
      'Fall of wickets : 1-38 2-97', 'Attendance : 31,204', 'The Prime Minister met 12 ministers in Paris on 4 May 2021.',
      'Cast: Anna Reyes, Tom Hale, Lucy Marr, Ben Ode, Ivo Petrov', '3 Grand Mosque (The Old Mosque). Built in the 12th century.',
      'Town Hall Visitor Centre (Centro de Visitantes) opens at 9:30 on weekdays.']) {
      assert.equal(tableNames(line), null, line);
    }
    // A results label or commas make no table of a sentence whose pieces are not all results.
    for (const line of ['Results: Leeds 2 Chelsea 1 after extra time, and a replay next week.', 'Results: the survey of 2 towns found 1 clinic.',
      'He said the results: Leeds had 2 chances, Everton 0.',
      'Scores: high in Reading, low in Writing.']) {
      assert.equal(tableNames(line), null, line);
    }
    assert.equal(hasSportsSlug('A story about SOCCER - fans.'), false);
    assert.equal(hasSportsSlug('Intro\nSOCCER - LEEDS WIN .'), true);
  });

  it('reads a long line in time linear in its length', () => {
    const line = `${'Barnsford Kelby Town Portwell '.repeat(2000)}2`;
    const t0 = process.hrtime.bigint();
    tableNames(line);
    tableNames(`Wexley : ${'Amberley , '.repeat(5000)}`);
    tableNames(`Wexley : Amberley ${'1'.repeat(400)}x , Tandy , Lusk , Orme`);
    tableNames(`Hallam ${'1 '.repeat(290)}x`);
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 200);
  });
});

// The wire-style evaluation set (test/fixtures/wire-style, built by its build.mjs): invented results tables,
// scorecards, line-ups, headlines, a market report and the error classes, scored CoNLL style. The rules were
// written while looking at it, so its floor guards against losing them, not a claim of how they carry over
// (`later/`, written after them, is that check).
describe('nlp: wire-style set', () => {
  const dir = path.join(__dirname, '..', '..', 'fixtures', 'wire-style');
  const pairs = (sub: string): DocPair[] => fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, sub, name), 'utf8')) as GoldDoc;
    const r = analyze(fs.readFileSync(path.join(dir, sub, name.replace(/\.json$/, '.txt')), 'utf8'));
    return { name, gold, pred: { mentions: r.mentions, quotes: r.quotes } };
  });
  it('scores above its floor', () => {
    const s = scoreDocuments(pairs('.')).summary;
    assert.ok(s.entity.f1 >= 0.9, `entity F1 ${s.entity.f1}`);
    assert.ok((s.byType.ORG?.f1 ?? 0) >= 0.85, `ORG F1 ${s.byType.ORG?.f1}`);
  });
});
