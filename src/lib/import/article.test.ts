import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveProvisionalTitle, readArticle } from './article.ts';
import { renderBody } from './escape.ts';
import { getPlainText } from '../text.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
// The five raw seeds the archive began with, as pasted from their pages, kept as fixtures.
const seedsDir = resolve(repoRoot, 'src/cli/fixtures/import/seeds');
const readSeed = (prefix: string) => {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  return readFileSync(resolve(seedsDir, name ?? prefix), 'utf8');
};

/** The body the importer would write for a seed, as a reader would read it. */
function importSeed(prefix: string) {
  const article = readArticle(readSeed(prefix), 'text');
  return { article, text: getPlainText(renderBody(article.blocks)) };
}

const CHROME = ['Photo of author', 'READ ALSO', 'Connect with us', 'Hi, what are you looking for?', '{{^adFree}}', '{{/adFree}}', 'fbq(',
  '!function', 'Leave a Reply', 'Click to comment', 'Your email address will not be published', 'Photo from Google', 'Read more',
  'By News Feed Room', 'date 2023-12-16', 'Photo: commons.wikimedia.org'];

const KEPT: Record<string, string[]> = {
  '000': [
    'In an interview with NBC News, Dmitry Peskov, the Kremlin’s spokesman, revealed that Russian President Vladimir Putin desires a more constructive U.S. president towards Russia.',
    'Peskov reiterated that the Kremlin does not monitor inmates and downplayed Navalny’s significance, claiming he is not widely known or respected in Russia.',
    'Finally, the disappearance of Alexei Navalny brings attention to human rights concerns within Russia.',
  ],
  '001': [
    'In a recent NBC News interview, Kremlin spokesperson Dmitry Peskov disclosed Russian President Vladimir Putin‘s aspiration for a more constructive rapport with the United States',
    'Implications and Geopolitical Insights',
    'emphasizing the potential implications for global stability and the necessity for nuanced and balanced strategies in handling the intricate web of international relations.',
  ],
  '002': [
    'Russian President Vladimir Putin would prefer a US president who is "more constructive" toward Russia and understands the "importance of the dialogue" between the two countries, the Kremlin spokesperson said on Friday.',
    'He added, "You are making this conflict longer."',
    'As Russia launched its “special military operation" in Ukraine in 2022, it started facing sanctions by the US and Europe.',
  ],
  '003': [
    'Kremlin spokesman Dmitry Peskov said, according to Vesti.',
    'describing it as constructive and “cynical in a good sense.”',
    'Trump noted some progress, while Putin described the meeting as both useful and constructive.',
  ],
  '004': [
    'after Trump’s public spat with Ukrainian President Volodymyr Zelenksy.',
    '“This largely coincides with our vision.”',
    '‘Commonsense’ efforts to end war',
    'He also reiterated that Ukraine would not concede any territory to Russia as part of a peace deal.',
  ],
};

describe('readArticle on the raw seeds', () => {
  it.each(Object.keys(KEPT))('removes the site chrome of seed %s', (prefix) => {
    const { text } = importSeed(prefix);
    for (const chrome of CHROME) expect(text).not.toContain(chrome);
  });

  it.each(Object.entries(KEPT))('keeps the sentences of seed %s verbatim', (prefix, sentences) => {
    const { text } = importSeed(prefix);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it('keeps the repeated headline of seed 000 as the title only', () => {
    const { article, text } = importSeed('000');
    expect(article.title).toBe('Top Kremlin Aide Reveals Putin’s Preference for a More Constructive U.S. President towards Russia');
    expect(text).not.toMatch(/Top Kremlin Aide Reveals Putin’?s Preference/);
    expect(article.removed.filter((item) => item.kind === 'headline')).toHaveLength(6);
  });

  it('moves the byline of seed 000 into the byline', () => {
    expect(importSeed('000').article.byline).toBe('News Feed Room');
  });

  it('takes the date of seed 002 from its leading "date" label', () => {
    expect(importSeed('002').article.published?.date).toEqual({ year: 2023, month: 12, day: 16 });
  });

  it('finds no headline in seeds that start with prose', () => {
    for (const prefix of ['002', '003', '004']) expect(importSeed(prefix).article.title).toBeUndefined();
  });

  it('removes every line of the tracking pixel in seed 004, and nothing else', () => {
    const { article } = importSeed('004');
    expect(article.removed.map((item) => item.kind)).toEqual(Array(10).fill('script'));
  });
});

describe('readArticle on saved pages', () => {
  const readFixture = (name: string) => readFileSync(resolve(repoRoot, 'src/cli/fixtures/import', name), 'utf8');

  it('reads byline and date printed only in the text of a page without metadata', () => {
    const article = readArticle(readFixture('bare-page.html'), 'html');
    expect(article.byline).toBe('Mira Sand');
    expect(article.published?.date).toEqual({ year: 2025, month: 9, day: 3 });
    expect(article.title).toBe('Kremlin on the Alaska summit');
    const text = article.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('Peskov said the next steps depended on the results of that work');
    for (const chrome of ['Advertisement', 'Image credit', 'Most read', 'Why the summit', 'Published:', 'By Mira Sand', '©', 'Log in']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('cleans the chrome Readability leaves inside the article', () => {
    const article = readArticle(readFixture('blog-post.html'), 'html');
    const text = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['Photo from Google', '{{', 'READ ALSO', 'Share this', 'Related', 'Leave a Reply', 'Most read', 'Copyright']) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain('“We do not see the conditions for such contacts at the moment,” Peskov told journalists during his daily call.');
  });
});

describe('readArticle on pasted text', () => {
  it('removes the chrome of a pasted wire story: menu, byline, datelines, share bar, caption, ads, credits, prompts, links', () => {
    const article = readArticle(readFileSync(resolve(repoRoot, 'src/cli/fixtures/import/wire-paste.txt'), 'utf8'), 'text');
    expect(article.title).toBe('Kremlin Rejects Ceasefire Plan as ‘Unserious’');
    expect(article.byline).toBe('Ivan Petrov, Example Wire');
    expect(article.published).toBeUndefined();
    expect(article.blocks.map((block) => block.text)).toEqual([
      "MOSCOW (Example Wire) - The Kremlin on Sunday rejected a ceasefire plan put forward by European leaders, saying it did not take Russia's interests into account.",
      'Kremlin spokesman Dmitry Peskov said the proposal was "unserious" and "detached from reality."',
      '"We have seen the plan. It contains nothing new," Peskov told reporters on a conference call.',
      'European officials said they would continue to work on the proposal.',
    ]);
    expect(new Set(article.removed.map((item) => item.kind))).toEqual(
      new Set(['navigation', 'byline', 'metadata', 'share', 'caption', 'advertisement', 'newsletter', 'related', 'cookie', 'copyright']),
    );
  });

  it('removes the headline given as a flag from the text, and reports it as printed', () => {
    const article = readArticle('Peskov Speaks\n\nPeskov said the talks were useful.', 'text', { title: 'Peskov speaks' });
    expect(article.blocks.map((block) => block.text)).toEqual(['Peskov said the talks were useful.']);
    expect(article.title).toBe('Peskov speaks');
  });

  it('drops control characters, which no reader can see', () => {
    const article = readArticle('Peskov said\u0000 the talks\u0007 were useful.', 'text');
    expect(article.blocks.map((block) => block.text)).toEqual(['Peskov said the talks were useful.']);
  });

  it('marks the short lines heading paragraphs as headings', () => {
    const article = readArticle('Title Line\n\nFirst paragraph ends here.\n\nA Section\n\nSecond paragraph ends here.', 'text');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('deriveProvisionalTitle', () => {
  it('takes the first sentence, shortened', () => {
    expect(deriveProvisionalTitle([{ kind: 'paragraph', text: 'Peskov spoke. Then he left.' }])).toBe('Peskov spoke');
    const long = deriveProvisionalTitle([{ kind: 'paragraph', text: `${'word '.repeat(40)}end.` }]);
    expect(long.length).toBeLessThanOrEqual(101);
    expect(long.endsWith('…')).toBe(true);
  });
});
