import { describe, expect, it } from 'vitest';
import { classifyChromeLine, countWords, getBylineName, isCodeLike, isPageCode, isRelatedHeader, type ChromeKind } from './chrome.ts';

const CHROME: [string, ChromeKind][] = [
  ['Home', 'navigation'],
  ['Menu', 'navigation'],
  ['Search', 'navigation'],
  ['Skip to main content', 'navigation'],
  ['Connect with us', 'navigation'],
  ['Hi, what are you looking for?', 'navigation'],
  ['Home › World › Europe', 'navigation'],
  ['News | Politics | Business | Opinion', 'navigation'],
  ['World News', 'navigation'],
  ['Tags: Russia, Ukraine, Kremlin', 'navigation'],
  ['Privacy Policy', 'navigation'],
  ['By News Feed Room', 'byline'],
  ['By Jane Roe and John Doe | Updated 2 hours ago', 'byline'],
  ['Written by Anna K. Petrova', 'byline'],
  ['Photo of author', 'byline'],
  ['Share', 'share'],
  ['Share this article', 'share'],
  ['Facebook Twitter WhatsApp Email', 'share'],
  ['Share on X', 'share'],
  ['Sign up for our daily briefing', 'newsletter'],
  ['Get the latest headlines delivered to your inbox every morning.', 'newsletter'],
  ['Follow us on Telegram', 'newsletter'],
  ['Subscribe', 'newsletter'],
  ['We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.', 'cookie'],
  ['Accept all', 'cookie'],
  ['Manage preferences', 'cookie'],
  ['Related', 'related'],
  ['Most read', 'related'],
  ['READ ALSO: Putin praises PM Modi: Is this aimed at India?', 'related'],
  ['Read more: Kremlin says talks were useful', 'related'],
  ['Read more news', 'related'],
  ['You may also like', 'related'],
  ['Advertisement', 'advertisement'],
  ['ADVERTISEMENT', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['Scroll to continue with content', 'advertisement'],
  ['Photo: commons.wikimedia.org by Benjamin D Applebaum', 'caption'],
  ['Photo from Google', 'caption'],
  ['Image credit: Kremlin press service', 'caption'],
  ['Vladimir Putin in Moscow on Thursday. REUTERS/Evgenia Novozhenina', 'caption'],
  ['Dmitry Peskov (Photo: AFP)', 'caption'],
  ['Putin speaks in Moscow, December 14, 2023. Photo: Example Wire/Gavriil Grigorov', 'caption'],
  ['Pictures via Getty Images', 'caption'],
  ['© 2024 Example Media. All rights reserved.', 'copyright'],
  ['Copyright Example News Ltd', 'copyright'],
  ['Click to comment', 'comment'],
  ['Leave a Reply', 'comment'],
  ['Your email address will not be published. Required fields are marked *', 'comment'],
  ['12 Comments', 'comment'],
  ['Published: 16 December 2023, 10:43 GMT', 'metadata'],
  ['Updated 3 hours ago', 'metadata'],
  ['5 min read', 'metadata'],
  ['!function(f,b,e,v,n,t,s)', 'script'],
  ["fbq('track', 'PageView');", 'script'],
  ["'https://connect.facebook.net/en_US/fbevents.js');", 'script'],
  ['window.dataLayer = window.dataLayer || [];', 'script'],
  ['.share-bar { display: none; }', 'script'],
  ['{"@context":"https://schema.org","@type":"NewsArticle"}', 'script'],
];

const PROSE = [
  'In an interview with NBC News, Dmitry Peskov, the Kremlin’s spokesman, revealed that Putin desires a more constructive U.S. president.',
  'By engaging in open and respectful dialogue, both nations can address concerns.',
  'By Monday, the talks had ended.',
  'Background on Kremlin’s Spokesman',
  'The Alaska Summit',
  '‘Commonsense’ efforts to end war',
  'He also reiterated that Ukraine would not concede any territory to Russia as part of a peace deal.',
  'Russia would not subscribe to the plan, Peskov said.',
  'Related to this, Peskov said the Kremlin does not monitor inmates.',
  'Putin and Trump met face-to-face on August 15 in Anchorage, Alaska.',
  'The ratio x = 5; y = 6; was cited in the report.',
  'The report cited data from Reuters and AFP.',
  '“This largely coincides with our vision.”',
  'Home is where the heart is, the Kremlin spokesman joked.',
  'He wrote {x} and <y> in the note.',
  'Share prices fell sharply after the announcement on Friday.',
];

describe('classifyChromeLine', () => {
  it.each(CHROME)('takes %j for %s', (line, kind) => {
    expect(classifyChromeLine(line)).toBe(kind);
  });

  it.each(PROSE)('keeps the article line %j', (line) => {
    expect(classifyChromeLine(line)).toBeUndefined();
  });
});

describe('getBylineName', () => {
  it('takes the name from a byline, without what follows it', () => {
    expect(getBylineName('By Jane Roe, December 16, 2023')).toBe('Jane Roe');
    expect(getBylineName('Author: Ivan Petrov')).toBe('Ivan Petrov');
  });

  it('refuses sentences that start with "By"', () => {
    expect(getBylineName('By then the Kremlin had spoken.')).toBeUndefined();
    expect(getBylineName('by the way')).toBeUndefined();
  });
});

describe('isCodeLike', () => {
  it('recognises every line of a pasted tracking pixel', () => {
    const pixel = [
      '!function(f,b,e,v,n,t,s)',
      '{if(f.fbq)return;n=f.fbq=function(){n.callMethod?',
      'n.callMethod.apply(n,arguments):n.queue.push(arguments)};',
      "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';",
      's.parentNode.insertBefore(t,s)}(window, document,’script’,',
    ];
    for (const line of pixel) expect(isCodeLike(line), line).toBe(true);
  });

  it('leaves prose with brackets and semicolons alone', () => {
    expect(isCodeLike('The Kremlin (which rarely comments) said nothing; Peskov declined to elaborate.')).toBe(false);
  });
});

describe('isRelatedHeader', () => {
  it('recognises headers of link lists, not lines that merely start with their words', () => {
    expect(isRelatedHeader('Related articles')).toBe(true);
    expect(isRelatedHeader('More from Europe')).toBe(true);
    expect(isRelatedHeader('READ ALSO: Netanyahu speaks to Putin')).toBe(false);
  });
});

describe('countWords', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Home › World — Europe')).toBe(3);
  });
});

describe('classifyChromeLine on what articles print', () => {
  it.each([
    'See https://www.kremlin.ru/events/president/news/73585',
    'kremlin.ru/events/president/news/73585',
    'Gmail | 17.8 MB | 7.6 MB (-57%) | 7.3 MB (-59%)',
    'North | 1,204 | 51%',
    '16/12/2023',
    'const total = items.reduce((sum, item) => sum + item.price, 0);',
    'SELECT name FROM people WHERE id = 3;',
    'x = [1, 2, 3];',
    'This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned so far.',
  ])('keeps %j: an address, a row of values or code is no chrome', (line) => {
    expect(classifyChromeLine(line)).toBeUndefined();
  });

  it.each([
    ['Home / World / Europe', 'navigation'],
    ['Home/World/Europe', 'navigation'],
    ['News | Politics | Business', 'navigation'],
    ['window.analytics = window.analytics || [];', 'script'],
    ["analytics.track('Article Viewed', { id: 42 });", 'script'],
    ['})(window,document);', 'script'],
    ["t=b.createElement(e);t.async=!0;", 'script'],
  ])('still takes %j for %s', (line, kind) => {
    expect(classifyChromeLine(line)).toBe(kind);
  });
});

describe('isPageCode', () => {
  it('tells a page’s own code from code an article prints', () => {
    expect(isPageCode("fbq('track', 'PageView');")).toBe(true);
    expect(isPageCode("'https://connect.facebook.net/en_US/fbevents.js');")).toBe(true);
    expect(isPageCode('var cow = new Cow("Kate");')).toBe(false);
    expect(isPageCode('expect(cow.name).to.equal("Kate");')).toBe(false);
  });
});
