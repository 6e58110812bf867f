/**
 * Links from an entity to a knowledge base: `wikidata:Q7747`, `geonames:2643743`, or any absolute IRI. What a
 * person pastes (an id, a compact id or a page URL) is normalised to one spelling, so that two people linking
 * the same item write the same string and exports can name the knowledge base.
 */

/** A normalised link, or why the input is not one. */
export type LinkResult = { ok: true; link: string } | { ok: false; reason: string };

const WIKIDATA_ID = /^[QP][1-9][0-9]{0,11}$/;
const GEONAMES_ID = /^[1-9][0-9]{0,11}$/;
/** Schemes that run or embed content instead of naming something; never stored, never shown as links. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob', 'about']);
const MAX_LENGTH = 2048;

/** Wikidata or GeoNames ids in the URLs people copy from those sites. */
function fromKnownUrl(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'www.wikidata.org' || host === 'wikidata.org' || host === 'm.wikidata.org') {
    // /wiki/Q7747, /entity/Q7747, /wiki/Property:P31
    const last = (parts[parts.length - 1] ?? '').replace(/^Property:/, '');
    if ((parts[0] === 'wiki' || parts[0] === 'entity') && parts.length === 2 && WIKIDATA_ID.test(last)) return `wikidata:${last}`;
  }
  if (host === 'www.geonames.org' || host === 'geonames.org' || host === 'sws.geonames.org') {
    // /2643743/london.html, /2643743/, sws.geonames.org/2643743/about.rdf
    const id = parts[0] ?? '';
    if (GEONAMES_ID.test(id)) return `geonames:${id}`;
  }
  return undefined;
}

/**
 * Normalises a pasted link: `Q7747`, `wikidata:Q7747` and Wikidata page URLs give `wikidata:Q7747`;
 * `geonames:2643743` and GeoNames page URLs give `geonames:2643743`; any other absolute IRI is kept as it is
 * (trimmed). Refused: empty input, whitespace inside, relative references, and schemes that run code or embed
 * data (`javascript:`, `data:`…).
 */
export function normaliseLink(input: string): LinkResult {
  const s = input.trim();
  if (!s) return { ok: false, reason: 'a link cannot be empty' };
  if (s.length > MAX_LENGTH) return { ok: false, reason: `a link is at most ${MAX_LENGTH} characters long` };
  if (/[\s\p{Cc}<>"{}|\\^`]/u.test(s)) return { ok: false, reason: `"${s.slice(0, 60)}" holds spaces or characters a link cannot hold` };
  if (WIKIDATA_ID.test(s.toUpperCase()) && /^[qp]/i.test(s)) return { ok: true, link: `wikidata:${s.toUpperCase()}` };
  const compact = /^(wikidata|wd|geonames|gn):(.+)$/i.exec(s);
  if (compact) {
    const base = (compact[1] as string).toLowerCase();
    const id = compact[2] as string;
    if (base === 'wikidata' || base === 'wd') {
      return WIKIDATA_ID.test(id.toUpperCase()) ? { ok: true, link: `wikidata:${id.toUpperCase()}` } : { ok: false, reason: `"${id}" is not a Wikidata id (Q or P and a number, e.g. Q7747)` };
    }
    return GEONAMES_ID.test(id) ? { ok: true, link: `geonames:${id}` } : { ok: false, reason: `"${id}" is not a GeoNames id (a number, e.g. 2643743)` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  if (!scheme) return { ok: false, reason: `"${s.slice(0, 60)}" is neither an id (Q7747, wikidata:Q7747, geonames:2643743) nor an absolute IRI` };
  if (UNSAFE_SCHEMES.has(scheme)) return { ok: false, reason: `${scheme}: links are not allowed` };
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { ok: false, reason: `"${s.slice(0, 60)}" is not a valid IRI` };
  }
  if ((scheme === 'http' || scheme === 'https') && !url.hostname) return { ok: false, reason: `"${s.slice(0, 60)}" has no host` };
  return { ok: true, link: fromKnownUrl(url) ?? s };
}

/** The https address a person can open for a link, or undefined when it has none (http, urn, other schemes). */
export function linkHref(link: string): string | undefined {
  const wd = /^wikidata:([QP][0-9]+)$/.exec(link);
  if (wd) return `https://www.wikidata.org/wiki/${wd[1] as string}`;
  const gn = /^geonames:([0-9]+)$/.exec(link);
  if (gn) return `https://www.geonames.org/${gn[1] as string}`;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The link as a full IRI (W3C Web Annotation bodies identify their resource by IRI). */
export function linkIri(link: string): string {
  const wd = /^wikidata:([QP][0-9]+)$/.exec(link);
  if (wd) return `http://www.wikidata.org/entity/${wd[1] as string}`;
  const gn = /^geonames:([0-9]+)$/.exec(link);
  if (gn) return `https://sws.geonames.org/${gn[1] as string}/`;
  return link;
}

/** The `DB:ID` of a brat normalisation line (`N1\tReference T1 Wikidata:Q7747`). */
export function bratReference(link: string): string {
  const wd = /^wikidata:(.+)$/.exec(link);
  if (wd) return `Wikidata:${wd[1] as string}`;
  const gn = /^geonames:(.+)$/.exec(link);
  if (gn) return `GeoNames:${gn[1] as string}`;
  // brat splits the line on whitespace, which an IRI never holds; the IRI's own scheme names the resource.
  return `IRI:${link}`;
}

/** The link a brat `DB:ID` names (`Wikidata:Q7747`, `GeoNames:2643743`, `IRI:…`), or undefined for other databases. */
export function linkFromBratReference(ref: string): string | undefined {
  const m = /^(Wikidata|GeoNames|IRI):(.+)$/i.exec(ref);
  if (!m) return undefined;
  const db = (m[1] as string).toLowerCase();
  const r = normaliseLink(db === 'iri' ? (m[2] as string) : `${db === 'wikidata' ? 'wikidata' : 'geonames'}:${m[2] as string}`);
  return r.ok ? r.link : undefined;
}
