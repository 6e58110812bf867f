/**
 * The optional online look-up of Link Entity…: Wikidata items whose label or alias matches a name, through the
 * public `wbsearchentities` API. Only ever called when the user turned the setting on in a trusted workspace;
 * `fetch` and the endpoint are parameters so that tests answer from a local server.
 */

/** One candidate item. */
export interface WikidataHit {
  /** `wikidata:Q84`. */
  link: string;
  label: string;
  description: string;
}

/** Where and how to search. */
export interface WikidataSearchOptions {
  /** The MediaWiki API of Wikidata; a local server in tests. */
  endpoint?: string;
  fetch?: typeof fetch;
  language?: string;
  limit?: number;
  /** Gives up after this many milliseconds (default 8000). */
  timeoutMs?: number;
}

export const WIKIDATA_API = 'https://www.wikidata.org/w/api.php';

/**
 * Searches Wikidata items by name. Resolves to at most `limit` hits (items only, ids checked); rejects with a
 * one-line message when the service cannot be reached, answers with an error, or answers something else.
 */
export async function searchWikidata(name: string, options: WikidataSearchOptions = {}): Promise<WikidataHit[]> {
  const query = name.trim();
  if (!query) return [];
  const url = new URL(options.endpoint ?? WIKIDATA_API);
  const params: Record<string, string> = {
    action: 'wbsearchentities', format: 'json', type: 'item', search: query.slice(0, 250),
    language: options.language ?? 'en', uselang: options.language ?? 'en', limit: String(options.limit ?? 7),
    // Lets the browser build read the answer across origins.
    origin: '*',
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url.toString(), { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs ?? 8000) });
  } catch (e) {
    throw new Error(`cannot reach Wikidata (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, { cause: e });
  }
  if (!response.ok) throw new Error(`Wikidata answered ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error('Wikidata answered something that is not JSON');
  }
  const search = (body as { search?: unknown }).search;
  if (!Array.isArray(search)) throw new Error('Wikidata answered without search results');
  const hits: WikidataHit[] = [];
  for (const item of search as unknown[]) {
    const { id, label, description } = (item ?? {}) as { id?: unknown; label?: unknown; description?: unknown };
    if (typeof id !== 'string' || !/^Q[1-9][0-9]{0,11}$/.test(id)) continue;
    hits.push({ link: `wikidata:${id}`, label: typeof label === 'string' ? label : id, description: typeof description === 'string' ? description : '' });
  }
  return hits;
}
