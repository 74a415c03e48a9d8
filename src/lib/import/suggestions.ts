/**
 * Suggestions for an imported article's people, topics and outlet, drawn from the archive's own
 * files: a person's name and aliases, a topic's id, title and summary, an outlet's name and home
 * page. They are suggestions for the maintainer to confirm, never written as fact.
 */

/** A person as the archive names them (content/people/*.yaml). */
export interface PersonNames {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
  /** The name in its own script ("Дмитрий Песков"): a Russian text names the person so. */
  nativeNames?: readonly string[] | undefined;
}

/** A topic as its file describes it (content/topics/*.mdx). */
export interface TopicTerms {
  id: string;
  title: string;
  summary?: string | undefined;
}

/** An outlet as its file describes it (content/outlets/*.yaml). */
export interface OutletInfo {
  id: string;
  name: string;
  url?: string | undefined;
}

/** One place where the text names a person. */
export interface PersonMention {
  id: string;
  /** The name as written. */
  form: string;
  index: number;
  /** "Putin’s": a possessive names a person without making them the subject. */
  possessive: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The forms a person may appear under: name, aliases, and the surname of each, since reports use
 * the surname alone after the first mention.
 * @example getNameForms({ id: 'x', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'] }) // ["Dmitry Peskov", "Dmitri Peskov", "Peskov"]
 */
export function getNameForms(person: PersonNames): string[] {
  const full = [person.name, ...(person.aliases ?? []), ...(person.nativeNames ?? [])].map((form) => form.trim()).filter(Boolean);
  const surnames = full.flatMap((form) => {
    const words = form.split(/\s+/);
    const last = words.at(-1) ?? '';
    return words.length > 1 && /^\p{Lu}\p{L}{2,}/u.test(last) ? [last] : [];
  });
  return [...new Set([...full, ...surnames])];
}

/**
 * Every mention of a known person in the text, in order. Where names overlap ("Dmitry Peskov"
 * contains "Peskov") the longest wins, so each mention counts once.
 */
export function findPersonMentions(text: string, people: readonly PersonNames[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (const person of people) {
    for (const form of getNameForms(person)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) {
        const after = text.slice(match.index + form.length, match.index + form.length + 2);
        found.push({ id: person.id, form, index: match.index, possessive: /^['’]s/.test(after) });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.form.length - a.form.length);
  let end = -1;
  return found.filter((mention) => {
    if (mention.index < end) return false;
    end = mention.index + mention.form.length;
    return true;
  });
}

/** A person the text mentions, with how often and under which names. */
export interface PersonSuggestion {
  id: string;
  count: number;
  forms: string[];
}

/** The people the text mentions, most mentioned first. */
export function suggestPeople(text: string, people: readonly PersonNames[]): PersonSuggestion[] {
  const byId = new Map<string, PersonSuggestion>();
  for (const mention of findPersonMentions(text, people)) {
    const suggestion = byId.get(mention.id) ?? { id: mention.id, count: 0, forms: [] };
    suggestion.count += 1;
    if (!suggestion.forms.includes(mention.form)) suggestion.forms.push(mention.form);
    byId.set(mention.id, suggestion);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

// Words that say nothing about a topic: grammar, and the vocabulary of every news report.
const STOPWORDS = new Set(('the and for but not was were are has had his her its our out who how why all any can may one two ' +
  'about above after again against also among archive archived articles been before being between both does during each ' +
  'explainer from have into itself more most news only other over report reports reported said says same some such than ' +
  'that their them then there these they this those through told under what when where which while whom with would your ' +
  'interview interviews president presidents statement statements comments efforts according today year years week ' +
  'january february march april june july august september october november december monday tuesday wednesday thursday ' +
  'friday saturday sunday').split(' '));

/** A word that points to a topic; title and id words weigh more than summary words. */
export interface TopicKeyword {
  word: string;
  weight: 1 | 2;
}

const splitWords = (text: string, minLength: number) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= minLength && !STOPWORDS.has(word));

/**
 * A topic's keywords: the words of its id and title (weight 2) and of its summary (weight 1),
 * less stopwords and the words every topic shares (they tell topics apart from nothing). Summary
 * words in `excludedWords` are left out too: the archive passes people's names, which in a summary
 * say who spoke, not what about (a topic titled with a name keeps it).
 */
export function getTopicKeywords(
  topic: TopicTerms,
  allTopics: readonly TopicTerms[] = [topic],
  excludedWords: ReadonlySet<string> = new Set(),
): TopicKeyword[] {
  const wordsOf = (entry: TopicTerms) => new Set(splitWords(`${entry.id.replace(/-/g, ' ')} ${entry.title} ${entry.summary ?? ''}`, 3));
  const others = allTopics.filter((entry) => entry.id !== topic.id).map(wordsOf);
  const isDistinctive = (word: string) => others.length === 0 || !others.every((words) => words.has(word));
  const primary = new Set(splitWords(`${topic.id.replace(/-/g, ' ')} ${topic.title}`, 3).filter(isDistinctive));
  const secondary = splitWords(topic.summary ?? '', 4).filter((word) => isDistinctive(word) && !primary.has(word) && !excludedWords.has(word));
  return [
    ...[...primary].map((word): TopicKeyword => ({ word, weight: 2 })),
    ...[...new Set(secondary)].map((word): TopicKeyword => ({ word, weight: 1 })),
  ];
}

/** A topic the text seems to concern, with the evidence. */
export interface TopicSuggestion {
  id: string;
  score: number;
  /** The keywords found most often, with their counts, for the report ("navalny ×6"). */
  matched: string[];
}

function countWord(text: string, word: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?:s|['’]s)?(?![\\p{L}\\p{N}])`, 'giu'))].length;
}

const MAX_EVIDENCE = 5;

/**
 * The topics the text seems to concern, best first: its title appears in the text, or every word
 * of its id, or two of its title words, or one title word and two summary words.
 */
export function suggestTopics(text: string, topics: readonly TopicTerms[], excludedWords: ReadonlySet<string> = new Set()): TopicSuggestion[] {
  const suggestions: TopicSuggestion[] = [];
  for (const topic of topics) {
    const found = getTopicKeywords(topic, topics, excludedWords)
      .map((keyword) => ({ ...keyword, count: countWord(text, keyword.word) }))
      .filter((keyword) => keyword.count > 0);
    const primary = found.filter((keyword) => keyword.weight === 2).length;
    const titleCount = countWord(text, topic.title);
    const idWords = topic.id.split('-').filter((word) => word.length >= 3);
    const hasIdWords = idWords.length > 0 && idWords.every((word) => countWord(text, word) > 0);
    if (titleCount === 0 && !hasIdWords && primary < 2 && (primary < 1 || found.length - primary < 2)) continue;
    const score = titleCount * 5 + found.reduce((sum, keyword) => sum + Math.min(keyword.count, 5) * keyword.weight, 0);
    const matched = found
      .sort((a, b) => b.weight - a.weight || b.count - a.count)
      .slice(0, MAX_EVIDENCE)
      .map((keyword) => `${keyword.word} ×${keyword.count}`);
    suggestions.push({ id: topic.id, score, matched });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The words of people's names, which topic suggestions leave aside. */
export function getNameWords(people: readonly PersonNames[]): Set<string> {
  return new Set(people.flatMap((person) => getNameForms(person).flatMap((form) => form.toLowerCase().split(/[^\p{L}]+/u))).filter(Boolean));
}

const getHost = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
};

/**
 * The outlet that published the page, when its address is on an outlet's site or the page names
 * an outlet exactly; undefined otherwise.
 */
export function suggestOutlet(outlets: readonly OutletInfo[], page: { url?: string | undefined; siteName?: string | undefined }): string | undefined {
  const host = page.url ? getHost(page.url) : undefined;
  const byHost = outlets.find((outlet) => {
    const outletHost = outlet.url ? getHost(outlet.url) : undefined;
    return host !== undefined && outletHost !== undefined && (host === outletHost || host.endsWith(`.${outletHost}`));
  });
  const siteName = page.siteName?.trim().toLowerCase();
  return (byHost ?? outlets.find((outlet) => siteName !== undefined && outlet.name.trim().toLowerCase() === siteName))?.id;
}
