import { strict as assert } from 'node:assert';
import { asPlaceIfBuilding } from '../../../scripts/conventions';

describe('training conventions: Wikigold buildings read as places', () => {
  const typeOf = (text: string, type = 'ORG'): string => asPlaceIfBuilding({ type, text }).type;

  it('reads an organisation whose head is a building head as a place', () => {
    for (const name of ['Shrine Auditorium', 'Mark Hopkins Hotel', 'Carnegie Hall', 'Washington Dulles International Airport', 'Senckenberg Museum']) assert.equal(typeOf(name), 'PLACE', name);
  });

  it('finds the head before `of`', () => {
    assert.equal(typeOf('Museum of Flight'), 'PLACE');
    assert.equal(typeOf('Hockey Hall of Fame'), 'PLACE');
    assert.equal(typeOf('University of Zurich'), 'ORG');
    assert.equal(typeOf('Church of England'), 'ORG');
  });

  it('leaves heads that also name institutions, and other types, as annotated', () => {
    for (const name of ['Cary Towne Center', 'Atlantic City Hospital', 'Landmark Church', 'Linkin Park', 'Harrow School']) assert.equal(typeOf(name), 'ORG', name);
    assert.equal(typeOf('Tower', 'PERSON'), 'PERSON');
    assert.equal(typeOf('Carnegie Hall', 'PLACE'), 'PLACE');
  });

  it('keeps the other fields and does not change the entry it was given', () => {
    const g = { type: 'ORG', text: 'Peninsula Hotel', start: 3, end: 18 };
    assert.deepEqual(asPlaceIfBuilding(g), { type: 'PLACE', text: 'Peninsula Hotel', start: 3, end: 18 });
    assert.equal(g.type, 'ORG');
  });
});
