import assert from 'node:assert/strict';
import fs from 'node:fs';
import { entityGolden } from '../../fixtures/nlp/golden';

// Golden files: regenerate with `npx tsx test/fixtures/nlp/regenerate.ts` after a deliberate change, and review the diff.
const dir = new URL('../../fixtures/nlp/', import.meta.url);

describe('nlp: golden articles', () => {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    it(`${f} gives the expected entities and mentions`, () => {
      const text = fs.readFileSync(new URL(f, dir), 'utf8');
      const expected = JSON.parse(fs.readFileSync(new URL(f.replace(/\.txt$/, '.expected.json'), dir), 'utf8'));
      assert.deepEqual(entityGolden(text), expected);
    });
  }
  it('the seed golden file agrees with the hand-made gold spans (entity F1 of at least 0.94)', () => {
    // The gold of ../shared/eval/dev, copied here so the test runs without the shared folder. The hand rules
    // matched it exactly, having been written against it; the learned recogniser misses four of 57 (MODEL.md).
    const expected = JSON.parse(fs.readFileSync(new URL('seed-article.expected.json', dir), 'utf8')) as { mentions: Array<{ start: number; end: number; type: string }> };
    const spans = expected.mentions.map((m) => `${m.start}-${m.end}:${m.type}`);
    const tp = spans.filter((x) => SEED_GOLD.includes(x)).length;
    const f1 = (2 * tp) / (spans.length + SEED_GOLD.length);
    assert.ok(f1 >= 0.94, `F1 ${f1.toFixed(3)}: missed ${SEED_GOLD.filter((g) => !spans.includes(g)).join(', ')}; spurious ${spans.filter((x) => !SEED_GOLD.includes(x)).join(', ')}`);
  });
});

const SEED_GOLD = [
  '0-6:PLACE', '22-29:NORP', '129-135:PLACE', '169-175:PLACE', '199-205:PLACE', '268-274:PLACE', '277-301:ORG', '313-337:ORG', '424-438:PLACE',
  '483-489:PLACE', '547-554:NORP', '582-584:PLACE', '589-596:NORP', '632-639:NORP', '660-666:PLACE', '668-673:ORG', '725-732:NORP', '798-805:ORG',
  '888-895:NORP', '903-912:NORP', '923-937:PERSON', '943-957:PERSON', '967-990:PERSON', '1021-1031:PLACE', '1099-1112:PERSON', '1124-1140:PERSON',
  '1150-1163:PERSON', '1192-1206:PERSON', '1206-1220:PERSON', '1220-1225:ORG', '1231-1245:ORG', '1266-1273:NORP', '1337-1348:PERSON', '1390-1392:PLACE',
  '1439-1453:PERSON', '1493-1507:ORG', '1550-1557:NORP', '1572-1578:PLACE', '1626-1632:PLACE', '1652-1659:NORP', '1751-1764:PERSON', '1768-1782:PLACE',
  '1807-1820:PERSON', '1824-1838:PLACE', '1838-1840:ORG', '1846-1848:PLACE', '1888-1895:ORG', '1996-2002:PLACE', '2022-2026:PLACE', '2033-2039:PLACE',
  '2087-2099:PERSON', '2133-2146:NORP', '2192-2199:PLACE', '2202-2216:ORG', '2293-2298:PERSON', '2458-2465:PLACE', '2478-2485:PLACE',
];
