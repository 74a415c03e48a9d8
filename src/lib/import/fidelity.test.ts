import { describe, expect, it } from 'vitest';
import { findAddedSpaces, getTreeText, getWords, scoreWords, type TextTreeNode } from './fidelity.ts';
import { readHtmlTree, renderImportedBody } from './rendered-text.ts';

const readHtml = (html: string) => getTreeText(readHtmlTree(html));
const readMdx = (body: string) => getTreeText(renderImportedBody(body) as TextTreeNode).text;

describe('getTreeText', () => {
  it('separates blocks and table cells but joins inline elements as the page does', () => {
    const { text } = readHtml('<p><span>Z</span>imbabwe, <a href="#">now</a>.</p><table><tr><td>a</td><td>b</td></tr></table><p>x<br>y</p>');
    expect(text).toBe('Zimbabwe, now. a b x y');
  });

  it('sets figure captions apart and leaves scripts and styles out', () => {
    const page = readHtml('<figure><img src="a.jpg"><figcaption>Peskov in Moscow</figcaption></figure><p>Text.</p><script>var a;</script><style>p{}</style>');
    expect(page).toEqual({ text: 'Text.', captions: ['Peskov in Moscow'] });
  });

  it('reads an imported body as the site renders it, tables and code included', () => {
    expect(readMdx('Say \\{hi\\} &amp; go.\n\n| A | B |\n| --- | --- |\n| 1 \\| 2 | 3 |\n\n```\nlet x = {a};\n```\n')).toBe('Say {hi} & go. A B 1 | 2 3 let x = {a};');
  });
});

describe('getWords', () => {
  it('counts letters and digits, drops apostrophes inside words and splits addresses into parts', () => {
    expect(getWords('Don’t see https://kremlin.ru/events/73585, OK?')).toEqual(['dont', 'see', 'https', 'kremlin', 'ru', 'events', '73585', 'ok']);
  });
});

describe('scoreWords', () => {
  it('counts repeated words: a word kept once of three times is two words lost', () => {
    const score = scoreWords({ text: 'no no no deal', captions: [] }, 'no deal');
    expect(score.recall).toBe(0.5);
    expect(score.precision).toBe(1);
    expect([...score.missing]).toEqual([['no', 2]]);
  });

  it('leaves captions out of recall and does not count a kept caption against precision', () => {
    const article = { text: 'Peskov spoke', captions: ['Photo Agency'] };
    expect(scoreWords(article, 'Peskov spoke').recall).toBe(1);
    expect(scoreWords(article, 'Peskov spoke Photo Agency').precision).toBe(1);
  });

  it('counts words the article does not have against precision', () => {
    const score = scoreWords({ text: 'Peskov spoke', captions: [] }, 'Menu Peskov spoke');
    expect(score.precision).toBeCloseTo(2 / 3);
    expect([...score.extra]).toEqual([['menu', 1]]);
  });
});

describe('findAddedSpaces', () => {
  it('finds a space put before punctuation that the article does not have', () => {
    expect(findAddedSpaces('scientists think, with Mugabe, his wife', 'scientists think , with Mugabe , his wife')).toEqual(['think ,', 'Mugabe ,']);
  });

  it('never counts the article’s own spacing', () => {
    expect(findAddedSpaces('a French quote : « oui » !', 'a French quote : « oui » !')).toEqual([]);
  });
});
