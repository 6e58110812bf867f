import type { Beat } from './beat';
import type { DecisionExamples } from './examples';
import type { QuoteExamples } from './quotes';
import type { TeachingChoice } from './select';
import type { TaughtModel } from './teach';

/** A short plain-text report of what the analyser has learnt: the examples by kind and the features that moved most. */
export function learntReport(model: TaughtModel, taught: DecisionExamples, describe: (feature: string) => string = (f) => f, top = 10, choice?: TeachingChoice, quotes?: QuoteExamples, beat?: Beat | null): string {
  const byLabel = new Map<string, number>();
  for (const e of taught.examples) byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + 1);
  const kinds = ['PERSON', 'ORG', 'PLACE'].map((l) => `${byLabel.get(l) ?? 0} ${l}`).join(', ');
  // The status bar counts quote decisions that taught the attribution choice too: so does this line.
  const q = quotes?.examples.length ?? 0;
  const total = taught.examples.length + q;
  const lines = [
    `Learnt from ${total} decision${total === 1 ? '' : 's'}: ${kinds}, ${byLabel.get('O') ?? 0} rejected${q ? `, ${q} quote${q === 1 ? '' : 's'}` : ''}.`,
  ];
  const s = taught.skipped;
  const notes = [
    s.reset && `${s.reset} set aside by a reset`,
    s.notCandidate && `${s.notCandidate} on spans the analyser never proposes`,
    s.unanchored && `${s.unanchored} no longer anchored in their article`,
    s.noText && `${s.noText} in articles that could not be read`,
    s.ruled && `${s.ruled} nationalities or groups (decided by the lexicon)`,
  ].filter(Boolean);
  if (notes.length) lines.push(`Not learnt from: ${notes.join('; ')}.`);
  if (choice && taught.examples.length > 0) lines.push(choiceLine(choice));
  if (beat) lines.push(`What the context learnt applies to articles whose words resemble the ${beat.articles} taught ones; other articles get what was learnt of the names.`);
  else if (choice && choice.setting.context > 0 && beat === null) lines.push('The taught articles are no more alike than unrelated articles are, so they make no beat: every article gets what was learnt of the names, none what the context learnt.');
  if (quotes) {
    const q = quotes.skipped;
    const not = [
      q.rejected && `${q.rejected} rejected (what is a quote is decided by rules without weights)`,
      q.notProposed && `${q.notProposed} added by hand (no choice was made)`,
      q.noRightCandidate && `${q.noRightCandidate} whose speaker no rule proposed, or with no speaker`,
      q.noChoice && `${q.noChoice} with one speaker proposed`,
      q.unanchored && `${q.unanchored} set aside or no longer anchored`,
    ].filter(Boolean);
    if (quotes.examples.length || not.length) lines.push(`Quotes: the choice of speaker and cue learnt from ${quotes.examples.length} decision${quotes.examples.length === 1 ? '' : 's'}${not.length ? `; not from ${not.join('; ')}` : ''}.`);
  }
  const moved = model.moved(top);
  if (taught.examples.length === 0) lines.push('The analyser suggests what it was shipped with.');
  else if (moved.length === 0) lines.push('No weight has moved: the shipped model already agreed with every decision.');
  else {
    lines.push('Features that moved most:');
    for (const m of moved) lines.push(`  ${m.change > 0 ? '+' : '−'}${Math.abs(m.change).toFixed(2)} ${m.label}  ${describe(m.feature)}`);
  }
  return lines.join('\n');
}

/** How the workspace chose how far to trust its decisions, in one line. */
function choiceLine(c: TeachingChoice): string {
  if (c.folds === 0) return `Learning: ${c.setting.name} (too few articles, ${c.articles}, to judge whether the context should learn too).`;
  const pct = (x: number): string => (100 * x).toFixed(1);
  const tried = c.scores.map((s) => `${s.setting.name} ${pct(s.f1)}`).join(', ');
  const how = c.folds === c.articles ? `each of the ${c.articles} taught articles left out in turn` : `${c.folds} folds of the ${c.articles} taught articles left out in turn`;
  return `Learning: ${c.setting.name}, chosen with ${how} (F1 on the left-out decisions: ${tried}).`;
}
