import { GEONAMES_IDS } from './geonamesIds.generated';
import type { Entity } from './model';

/** A place's GeoNames id found by its name, as a link an annotator may accept. */
export interface PlaceLink {
  link: string;
  /** ISO 3166-1 alpha-2 code of the country the place is in, to tell the annotator which place is meant. */
  country: string;
}

let index: Map<string, PlaceLink> | undefined;

/** The table, unpacked on first use: nothing is paid for it until a place's link is asked for. */
function table(): Map<string, PlaceLink> {
  if (index) return index;
  index = new Map();
  for (const entry of GEONAMES_IDS.split(';')) {
    const [name, id36, country] = entry.split('|');
    if (name && id36 && country) index.set(name, { link: `geonames:${parseInt(id36, 36)}`, country });
  }
  return index;
}

// The same folding as the gazetteer's names: no diacritics, straight apostrophes.
const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");

/**
 * The GeoNames link of a capital or a large city (200,000 people or more) by one of its names, trying each name
 * in turn (canonical name first, then aliases); the most populous place of a name, or a country's capital, wins.
 */
export function suggestPlaceLink(names: readonly string[]): PlaceLink | undefined {
  for (const name of names) {
    const hit = table().get(fold(name.trim()));
    if (hit) return hit;
  }
  return undefined;
}

/** The GeoNames link suggested for a place entity, by its name or an alias; none for other types. */
export function suggestedLink(e: Entity): PlaceLink | undefined {
  return e.type === 'PLACE' ? suggestPlaceLink([e.name, ...e.aliases]) : undefined;
}
