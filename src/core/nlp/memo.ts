/**
 * A pure function of one string, remembered: the name evidence asks the same questions of the same words over and
 * over (`Britain`, `said`, `Mr`), and each answer costs regular expressions, case changes and set lookups. The
 * memory is dropped whole once it holds `limit` answers, so that it cannot grow without bound over many articles.
 */
export function memoised<T>(fn: (text: string) => T, limit = 50000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    const hit = answers.get(text);
    if (hit !== undefined || answers.has(text)) return hit as T;
    if (answers.size >= limit) answers.clear();
    const answer = fn(text);
    answers.set(text, answer);
    return answer;
  };
}
