/**
 * Quote candidates: words an article prints inside quotation marks, with a suggested speaker.
 * A speaker counts as attributed only when the sentence says so plainly — a name with a verb of
 * speech ("Peskov said", "“…,” Lavrov told reporters") and no other person named in between —
 * because a wrong speaker written into the archive is worse than a quote left for the maintainer.
 */
import { findPersonMentions, type PersonMention, type PersonNames } from './suggestions.ts';

/** Quoted words found in the text. */
export interface QuoteCandidate {
  /** The words inside the quotation marks, as printed (a trailing comma dropped). */
  text: string;
  /** The person most likely speaking, when any is named nearby. */
  speaker?: string;
  /** True when the sentence attributes the words to `speaker` plainly enough to record them. */
  attributed: boolean;
}

/** What counts as a quote worth recording, in words. */
export interface QuoteOptions {
  minWords?: number;
  maxWords?: number;
}

// Opening and closing marks may differ in pasted text (“special military operation"), so either
// kind closes either kind.
const QUOTED = /[“"]([^“”"]+)[”"]/g;
const SPEECH_VERB =
  /\b(?:said|says|say|saying|told|tells|added|adds|stated|states|continued|noted|notes|asked|asks|explained|insisted|stressed|emphasi[sz]ed|warned|claimed|declared|wrote|writes|replied|remarked|commented|argued|responded|announced|recalled|acknowledged|admitted|urged|vowed|according to)\b/i;
const AFTER_WINDOW = 120;
const BEFORE_WINDOW = 200;

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Whether `span` holds a verb of speech and names nobody. */
function isPlainAttribution(span: string, mentionsInSpan: number): boolean {
  return SPEECH_VERB.test(span) && mentionsInSpan === 0;
}

function findSpeaker(masked: string, start: number, end: number, inner: string, mentions: readonly PersonMention[]) {
  // "“…,” Lavrov said": the name after the quote, before any other name.
  if (!/[.]\s*$/.test(inner)) {
    const windowEnd = Math.min(masked.length, end + AFTER_WINDOW, ...[masked.indexOf('\u0000', end)].filter((index) => index >= 0));
    const after = mentions.filter((mention) => mention.index >= end && mention.index < windowEnd);
    const first = after[0];
    if (first && !first.possessive) {
      const sentence = masked.slice(end, windowEnd).split(/[.!?](?:\s|$)/)[0] ?? '';
      if (first.index < end + sentence.length && SPEECH_VERB.test(sentence)) return { speaker: first.id, attributed: true };
    }
  }
  // "Peskov said ... “…”": the nearest name before the quote with a verb of speech after it.
  const before = mentions.filter((mention) => mention.index < start && mention.index >= start - BEFORE_WINDOW).reverse();
  for (const candidate of before) {
    if (candidate.possessive) continue;
    const span = masked.slice(candidate.index + candidate.form.length, start);
    if (!SPEECH_VERB.test(span)) continue;
    const between = before.filter((mention) => mention.index > candidate.index).length;
    return { speaker: candidate.id, attributed: isPlainAttribution(span, between) };
  }
  const nearest = [...mentions].sort((a, b) => Math.abs(a.index - start) - Math.abs(b.index - start))[0];
  return nearest ? { speaker: nearest.id, attributed: false } : { attributed: false };
}

/**
 * The quotes each paragraph prints, of at least `minWords` and at most `maxWords` words (scare
 * quotes such as “happy” are not quotes worth recording), in order.
 */
export function extractQuoteCandidates(
  paragraphs: readonly string[],
  people: readonly PersonNames[],
  { minWords = 3, maxWords = 150 }: QuoteOptions = {},
): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  let previousMentions: PersonMention[] = [];
  for (const paragraph of paragraphs) {
    const quotes = [...paragraph.matchAll(QUOTED)];
    // Names inside quotation marks are what someone said, not who said it; the mark at the start
    // of each masked quote lets a window stop at the next quote.
    const masked = quotes.reduce(
      (text, match) => text.slice(0, match.index) + '\u0000' + ' '.repeat(match[0].length - 1) + text.slice(match.index + match[0].length),
      paragraph,
    );
    const mentions = findPersonMentions(masked, people);
    for (const match of quotes) {
      const inner = match[1] ?? '';
      const words = countWords(inner);
      if (words < minWords || words > maxWords) continue;
      const text = inner.trim().replace(/[,;:]$/, '');
      const found = findSpeaker(masked, match.index, match.index + match[0].length, inner, mentions);
      const speaker = found.speaker ?? previousMentions.at(-1)?.id;
      candidates.push(speaker ? { text, speaker, attributed: found.attributed } : { text, attributed: false });
    }
    if (mentions.length > 0) previousMentions = mentions;
  }
  return candidates;
}
