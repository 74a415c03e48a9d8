/**
 * Quote candidates in Russian text: words in «ёлочки», „лапки“ or “…” / "…", with a speaker named
 * the Russian ways — «…», — заявил Песков; «…», — сказал пресс-секретарь Дмитрий Песков; Песков
 * сказал: «…»; по словам Пескова, «…». Russian declines names (Песков, Пескова, Пескову), so a
 * name is found by its stem. As in English (import/quote-candidates.ts), a speaker counts as attributed
 * only when the clause says so plainly and names nobody else.
 */
import type { QuoteCandidate, QuoteOptions } from '../quote-candidates.ts';
import type { PersonNames } from '../suggestions.ts';

/** Where a Russian text names a known person. */
export interface RussianMention {
  id: string;
  index: number;
  /** The word as printed, in whatever case it is declined. */
  form: string;
}

// Case endings of Russian nouns and adjectival surnames, longest first.
const ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ый', 'ий', 'ая', 'яя', 'ую', 'юю', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о'];
const MIN_STEM = 4;

/**
 * A Russian word without its case ending, lower-cased, so that the cases of one name compare equal.
 * @example stemRussianName('Пескова') // "песков"
 * @example stemRussianName('Зеленского') // "зеленск"
 */
export function stemRussianName(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const ending = ENDINGS.find((end) => lower.endsWith(end) && lower.length - end.length >= MIN_STEM);
  return ending ? lower.slice(0, -ending.length) : lower;
}

/** The stems of a person's surnames in their own script: the last word of each native name. */
function getSurnameStems(person: PersonNames): string[] {
  const surnames = (person.nativeNames ?? []).map((name) => name.trim().split(/\s+/).at(-1) ?? '').filter((word) => /^\p{Lu}/u.test(word));
  return [...new Set(surnames.map(stemRussianName))].filter((stem) => stem.length >= MIN_STEM);
}

/**
 * Every place a Russian text names a known person by surname, in any case, in order.
 * @example findRussianMentions('по словам Пескова', [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', nativeNames: ['Дмитрий Песков'] }])[0]?.id // "dmitry-peskov"
 */
export function findRussianMentions(text: string, people: readonly PersonNames[]): RussianMention[] {
  const stems = people.flatMap((person) => getSurnameStems(person).map((stem) => ({ id: person.id, stem })));
  const mentions: RussianMention[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
    const stem = stemRussianName(match[0]);
    const person = stems.find((candidate) => candidate.stem === stem);
    if (person) mentions.push({ id: person.id, index: match.index, form: match[0] });
  }
  return mentions;
}

// «…» may hold „…“ or another «…» inside; the others hold no marks of their own kind.
const QUOTED = /«((?:[^«»]|«[^«»]*»)+)»|„([^„“”]+)[“”]|“([^“”]+)”|"([^"]+)"/gu;
const VERB =
  '(?:заявил|сказал|отметил|подчеркнул|добавил|пояснил|сообщил|ответил|уточнил|констатировал|заверил|напомнил|указал|признал|рассказал|' +
  'заметил|считает|полагает|говорит|заявляет|сообщает|добавляет|пишет|написал|предупредил|выразил|прокомментировал|резюмировал|цитирует)(?:а|и|ся)?';
// After the quote: «…», — заявил журналистам Песков. Also «…», — Песков заявил.
const AFTER = new RegExp(`^[,.!?…]?\\s*[—–-]\\s*(?:${VERB}(?![\\p{L}])[^.!?«„“"]*|[^.!?«„“",]{0,80}?\\s${VERB}(?![\\p{L}])[^.!?«„“"]*)`, 'u');
// «…», по словам Пескова.
const AFTER_ACCORDING = /^[,.]?\s*(?:[—–-]\s*)?(?:по словам|как (?:заявил|сказал|отметил)\p{L}*)\s[^.!?«„“"]*/iu;
// Before the quote: Песков заявил: «…» / По словам Пескова, «…» / Как сказал Песков, «…».
const BEFORE = new RegExp(`(?:${VERB}(?![\\p{L}])[^.!?«„“"]*|по словам\\s[^.!?«„“"]*)[:,]?\\s*$`, 'iu');
const BEFORE_WINDOW = 200;

/** Whether a mention prints the surname as the person's record writes it: the nominative. */
const isNominative = (mention: RussianMention, people: readonly PersonNames[]) =>
  people.some((person) => person.id === mention.id && (person.nativeNames ?? []).some((name) => name.split(/\s+/).at(-1) === mention.form));

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function findSpeaker(paragraph: string, start: number, end: number, people: readonly PersonNames[]): { speaker?: string; attributed: boolean } {
  const after = paragraph.slice(end);
  const clause = AFTER.exec(after)?.[0] ?? AFTER_ACCORDING.exec(after)?.[0];
  if (clause) {
    const named = findRussianMentions(clause, people);
    const ids = new Set(named.map((mention) => mention.id));
    if (named[0]) return { speaker: named[0].id, attributed: ids.size === 1 };
  }
  const before = paragraph.slice(Math.max(0, start - BEFORE_WINDOW), start);
  const sentence = before.split(/(?<=[.!?…»])\s+(?=\p{Lu})/u).at(-1) ?? before;
  if (BEFORE.test(sentence)) {
    const named = findRussianMentions(sentence, people);
    const ids = new Set(named.map((mention) => mention.id));
    if (named.length > 0) return { speaker: named.at(-1)!.id, attributed: ids.size === 1 };
  }
  // «…», — сказал он: the pronoun stands for the last person named in the nominative before it.
  if (clause && /(?:^|\s)(?:он|она)(?![\p{L}])/u.test(clause)) {
    const subject = findRussianMentions(paragraph.slice(0, start), people).filter((mention) => isNominative(mention, people)).at(-1);
    if (subject) return { speaker: subject.id, attributed: false };
  }
  const nearest = findRussianMentions(paragraph, people).sort((a, b) => Math.abs(a.index - start) - Math.abs(b.index - start))[0];
  return nearest ? { speaker: nearest.id, attributed: false } : { attributed: false };
}

/**
 * The quotes each paragraph of a Russian text prints, of at least `minWords` words (a word in
 * «ёлочки» is more often a name — «Газпром» — than a quote), with the speaker the text names.
 * @example extractRussianQuoteCandidates(['«Мы открыты к диалогу», — заявил Песков.'], people)
 * // [{ text: 'Мы открыты к диалогу', speaker: 'dmitry-peskov', attributed: true }]
 */
export function extractRussianQuoteCandidates(
  paragraphs: readonly string[],
  people: readonly PersonNames[],
  { minWords = 3, maxWords = 150 }: QuoteOptions = {},
): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(QUOTED)) {
      const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const words = countWords(inner);
      if (words < minWords || words > maxWords) continue;
      const text = inner.trim().replace(/[,;:]$/, '');
      const found = findSpeaker(paragraph, match.index, match.index + match[0].length, people);
      candidates.push(found.speaker ? { text, speaker: found.speaker, attributed: found.attributed } : { text, attributed: false });
    }
  }
  return candidates;
}
