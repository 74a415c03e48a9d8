import { describe, expect, it } from 'vitest';
import {
  findPersonMentions,
  getNameForms,
  getNameWords,
  getTopicKeywords,
  suggestOutlet,
  suggestPeople,
  suggestTopics,
  type PersonNames,
  type TopicTerms,
} from './suggestions.ts';

const PEOPLE: PersonNames[] = [
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov', 'Dimitri Peskov'] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: [] },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelenksy'] },
];

const TOPICS: TopicTerms[] = [
  { id: 'ukraine-war', title: 'The war in Ukraine', summary: 'What the Kremlin says about the war in Ukraine and the fighting.' },
  { id: 'us-russia-dialogue', title: 'US–Russia dialogue', summary: 'What the Kremlin says about talks between Moscow and Washington.' },
  { id: 'navalny', title: 'Alexei Navalny', summary: 'What the Kremlin says about the opposition leader Alexei Navalny and his imprisonment.' },
];

describe('getNameForms', () => {
  it('lists the name, the aliases and their surnames once each', () => {
    expect(getNameForms(PEOPLE[0]!)).toEqual(['Dmitry Peskov', 'Dmitri Peskov', 'Dimitri Peskov', 'Peskov']);
    expect(getNameForms(PEOPLE[2]!)).toEqual(['Volodymyr Zelensky', 'Zelenskyy', 'Zelenksy', 'Zelensky']);
  });
});

describe('findPersonMentions', () => {
  it('counts a full name once, not again for its surname, and notes possessives', () => {
    const mentions = findPersonMentions('Dmitri Peskov spoke of Putin’s plan. Peskov left.', PEOPLE);
    expect(mentions.map(({ id, form, possessive }) => [id, form, possessive])).toEqual([
      ['dmitry-peskov', 'Dmitri Peskov', false],
      ['vladimir-putin', 'Putin', true],
      ['dmitry-peskov', 'Peskov', false],
    ]);
  });

  it('matches whole words only, with the case written', () => {
    expect(findPersonMentions('Putinism and a putin are not Putin himself', PEOPLE)).toHaveLength(1);
  });
});

describe('suggestPeople', () => {
  it('suggests each person mentioned, under every spelling found, most mentioned first', () => {
    const text = 'Zelenksy met Zelensky’s aides. Putin spoke. Zelenskyy replied.';
    expect(suggestPeople(text, PEOPLE)).toEqual([
      { id: 'volodymyr-zelensky', count: 3, forms: ['Zelenksy', 'Zelensky', 'Zelenskyy'] },
      { id: 'vladimir-putin', count: 1, forms: ['Putin'] },
    ]);
  });
});

describe('getTopicKeywords', () => {
  it('weighs title and id words above summary words, and drops stopwords and words every topic shares', () => {
    const keywords = getTopicKeywords(TOPICS[2]!, TOPICS);
    expect(keywords).toContainEqual({ word: 'navalny', weight: 2 });
    expect(keywords).toContainEqual({ word: 'opposition', weight: 1 });
    expect(keywords.map((keyword) => keyword.word)).not.toContain('kremlin');
    expect(keywords.map((keyword) => keyword.word)).not.toContain('what');
  });

  it('keeps short title words such as "war"', () => {
    expect(getTopicKeywords(TOPICS[0]!, TOPICS)).toContainEqual({ word: 'war', weight: 2 });
  });

  it('leaves people’s names out of summary keywords, but not out of a title', () => {
    const names = getNameWords([{ id: 'alexei-navalny', name: 'Alexei Navalny' }]);
    const topic = { id: 'prison', title: 'Prisons', summary: 'What Alexei Navalny said about prisons and camps.' };
    expect(getTopicKeywords(topic, [topic], names).map((keyword) => keyword.word)).toEqual(['prison', 'prisons', 'camps']);
    expect(getTopicKeywords(TOPICS[2]!, TOPICS, names).map((keyword) => keyword.word)).toContain('navalny');
  });
});

describe('suggestTopics', () => {
  it('suggests the topics whose title, keywords or id the text carries, best first', () => {
    const text =
      'Peskov said the Kremlin does not track Alexei Navalny, whose lawyers lost contact with the opposition leader. ' +
      'He also spoke about the war in Ukraine.';
    const suggestions = suggestTopics(text, TOPICS);
    expect(suggestions.map((suggestion) => suggestion.id)).toEqual(['navalny', 'ukraine-war']);
    expect(suggestions[0]?.matched).toContain('navalny ×1');
  });

  it('suggests nothing for a text on another subject', () => {
    expect(suggestTopics('The central bank raised its key rate by two points.', TOPICS)).toEqual([]);
  });

  it('needs more than one summary word to suggest a topic', () => {
    expect(suggestTopics('The fighting went on.', TOPICS)).toEqual([]);
  });
});

describe('suggestOutlet', () => {
  const outlets = [
    { id: 'nbc-news', name: 'NBC News', url: 'https://www.nbcnews.com' },
    { id: 'meridian-ledger', name: 'The Meridian Ledger' },
  ];

  it('finds the outlet whose site the address is on', () => {
    expect(suggestOutlet(outlets, { url: 'https://www.nbcnews.com/news/world/peskov-123' })).toBe('nbc-news');
  });

  it('finds the outlet the page names exactly, and nothing for a stranger', () => {
    expect(suggestOutlet(outlets, { siteName: 'the meridian ledger' })).toBe('meridian-ledger');
    expect(suggestOutlet(outlets, { url: 'https://example.org/x', siteName: 'Example' })).toBeUndefined();
  });
});
