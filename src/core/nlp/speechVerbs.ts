import { SPEECH_VERB_TABLE } from './speechVerbs.generated';

/**
 * The verbs of saying and writing of English news (`said`, `warned`, `quipped`, `fumed`, `characterised`,
 * `tweeted`…), with all their forms: the one list of them in the code base, shared by the quote finder (cues)
 * and the entity recogniser (a name before `said` is a speaker). The table is generated from WordNet's
 * verb.communication file by `scripts/genSpeechVerbs.mjs`; see there for how verbs are chosen.
 */

/** How a verb form relates to its speaker. */
export type SpeechVerbKind =
  /** A finite form or past participle: the speaker is its subject (`X said`) or follows it (`said X`). */
  | 'finite'
  /** A gerund or present participle (`saying`, `labelling`): the speaker is the subject of the clause it hangs on. */
  | 'participle';

interface Table {
  forms: Map<string, SpeechVerbKind>;
  invertible: Set<string>;
  lemmas: number;
}

function readTable(table: string): Table {
  const forms = new Map<string, SpeechVerbKind>();
  const invertible = new Set<string>();
  const entries = table.split('|');
  for (const entry of entries) {
    const words = entry.slice(1).split(' ');
    for (const w of words) {
      const kind: SpeechVerbKind = w.endsWith('ing') && w !== words[0] ? 'participle' : 'finite';
      if (!forms.has(w) || kind === 'finite') forms.set(w, kind);
      if (entry[0] === '+' && kind === 'finite') invertible.add(w);
    }
  }
  return { forms, invertible, lemmas: entries.length };
}

const TABLE = readTable(SPEECH_VERB_TABLE);

/** Every form of every verb of saying, lower case, with its kind. */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerbKind> = TABLE.forms;

/**
 * Forms that may come before their subject after a quote (`“…,” said X`, `“…,” quipped the coach`). Verbs whose
 * next phrase is an object or a listener (`“…” denied any wrongdoing`, `told reporters`) are left out.
 */
export const INVERTIBLE_VERBS: ReadonlySet<string> = TABLE.invertible;

/** How many verbs (lemmas) the table holds. */
export const SPEECH_VERB_COUNT = TABLE.lemmas;
