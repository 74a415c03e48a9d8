import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, formatSummary, type ContentFile, type ContentProblem } from './content.ts';
import { readContentEntry, type ContentEntry } from './entry.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { PartialDate } from '../dates.ts';

const TODAY = { year: 2025, month: 6, day: 1 };
const ARTICLE = 'articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx';
const TOPIC = 'topics/ukraine-war.mdx';
const PERSON = 'people/dmitry-peskov.yaml';
const EVENT = 'events/peskov-nbc-interview.yaml';

// Line numbers below count the `---` line as line 1, as editors do.
const articleText = (fields: Record<number, string> = {}, body = 'Peskov said: “You are making this conflict longer.”'): string =>
  [
    '---',
    fields[2] ?? 'title: Peskov speaks',
    fields[3] ?? 'outlet: nbc-news',
    fields[4] ?? "published: '2023-12-16'",
    fields[5] ?? 'url: https://www.nbcnews.com/news/peskov-speaks',
    fields[6] ?? "retrieved: '2024-01-05'",
    'topics:',
    fields[8] ?? '  - ukraine-war',
    'people:',
    '  - dmitry-peskov',
    'events:',
    '  - peskov-nbc-interview',
    'quotes:',
    fields[14] ?? '  - text: You are making this conflict longer.',
    fields[15] ?? '    speaker: dmitry-peskov',
    ...(fields[16] === undefined ? [] : [fields[16]]),
    '---',
    '',
    body,
    '',
  ].join('\n');

const topicText = (body = 'Peskov blamed the West.<Cite id="2023-12-16-nbc-news-peskov-speaks"/>'): string =>
  ['---', 'title: War in Ukraine', 'summary: What the Kremlin said about the war.', 'order: 1', '---', '', body, ''].join('\n');

const VALID_FILES: readonly ContentFile[] = [
  { path: ARTICLE, text: articleText() },
  { path: TOPIC, text: topicText() },
  { path: PERSON, text: 'name: Dmitry Peskov\nrole: Kremlin spokesperson\naliases:\n  - Dmitri Peskov\n' },
  { path: 'outlets/nbc-news.yaml', text: 'name: NBC News\nurl: https://www.nbcnews.com\ncountry: United States\n' },
  { path: EVENT, text: "title: Peskov's interview with NBC News\ndate: '2023-12'\ntopics:\n  - ukraine-war\nsummary: He spoke.\n" },
  { path: 'outlets/.gitkeep', text: '' },
];

/** The valid set with one file replaced or added. */
const withFile = (path: string, text: string): ContentFile[] => [...VALID_FILES.filter((file) => file.path !== path), { path, text }];

const check = (files: readonly ContentFile[]): ContentProblem[] => checkContent(files, { root: 'content', today: TODAY }).problems;

interface BrokenCase {
  rule: string;
  files: ContentFile[];
  expected: { path: string; line: number; field: string; message: string }[];
}

const at = (path: string, line: number, field: string, message: string) => ({ path: `content/${path}`, line, field, message });
const SECOND_ARTICLE = 'articles/2023/2023-12-16-nbc-news-peskov-again.mdx';

const BROKEN_CASES: BrokenCase[] = [
  {
    rule: 'a date that is not a date',
    files: withFile(ARTICLE, articleText({ 4: "published: '2023-13-45'" })),
    expected: [at(ARTICLE, 4, 'published', '"2023-13-45" has no month 13')],
  },
  {
    rule: 'a date in the future',
    files: withFile(EVENT, "title: Peskov's interview\ndate: '2099-01'\ntopics:\n  - ukraine-war\nsummary: He spoke.\n"),
    expected: [at(EVENT, 2, 'date', '"2099-01" is in the future (today is 2025-06-01)')],
  },
  {
    rule: 'a retrieved date before the published date',
    files: withFile(ARTICLE, articleText({ 6: "retrieved: '2023-11'" })),
    expected: [at(ARTICLE, 6, 'retrieved', '"2023-11" is before the publication date "2023-12-16"')],
  },
  {
    rule: 'an http URL',
    files: withFile(ARTICLE, articleText({ 5: 'url: http://www.nbcnews.com/news/peskov-speaks' })),
    expected: [at(ARTICLE, 5, 'url', '"http://www.nbcnews.com/news/peskov-speaks" must be an https:// URL')],
  },
  {
    rule: 'an unknown key',
    files: withFile(PERSON, 'name: Dmitry Peskov\nrole: Kremlin spokesperson\nrank: spokesman\n'),
    expected: [at(PERSON, 3, 'rank', 'unknown field (the fields are: name, role, aliases, nativeNames, wikidata)')],
  },
  {
    rule: 'a misspelt key in a quote, suggesting the right one',
    files: withFile(ARTICLE, articleText({ 15: '    speakr: dmitry-peskov' })),
    expected: [
      at(ARTICLE, 14, 'quotes.0.speaker', 'is required'),
      at(ARTICLE, 15, 'quotes.0.speakr', 'unknown field (did you mean "speaker"?)'),
    ],
  },
  {
    rule: 'a missing required field, at the opening line',
    files: withFile(PERSON, 'name: Dmitry Peskov\n'),
    expected: [at(PERSON, 1, 'role', 'is required')],
  },
  {
    rule: 'an article without a topic',
    files: withFile(ARTICLE, articleText({ 8: '  []' }).replace('topics:\n  []', 'topics: []')),
    expected: [at(ARTICLE, 7, 'topics', 'needs at least one topic')],
  },
  {
    rule: 'a topic that does not exist',
    files: withFile(ARTICLE, articleText({ 8: '  - ukraine' })),
    expected: [at(ARTICLE, 8, 'topics.0', 'no topic "ukraine" in content/topics/')],
  },
  {
    rule: 'a dangling reference to a person in a quote',
    files: withFile(ARTICLE, articleText({ 15: '    speaker: dmitri-peskov' })),
    expected: [at(ARTICLE, 15, 'quotes.0.speaker', 'no person "dmitri-peskov" in content/people/')],
  },
  {
    rule: 'a dangling outlet',
    files: withFile(ARTICLE, articleText({ 3: 'outlet: nbc' })),
    expected: [at(ARTICLE, 3, 'outlet', 'no outlet "nbc" in content/outlets/')],
  },
  {
    rule: 'a duplicate id, in both files',
    files: withFile('people/dmitry-peskov.yml', 'name: Dmitri Peskov\nrole: Press secretary\n'),
    expected: [
      at(PERSON, 1, 'id', 'duplicate id "dmitry-peskov": also content/people/dmitry-peskov.yml'),
      at('people/dmitry-peskov.yml', 1, 'id', 'duplicate id "dmitry-peskov": also content/people/dmitry-peskov.yaml'),
    ],
  },
  {
    rule: 'a duplicate URL, in both articles',
    files: withFile(SECOND_ARTICLE, articleText({ 5: 'url: https://www.nbcnews.com/news/peskov-speaks/' })),
    expected: [
      at(SECOND_ARTICLE, 5, 'url', '"https://www.nbcnews.com/news/peskov-speaks/" is also the url of content/' + ARTICLE),
      at(ARTICLE, 5, 'url', '"https://www.nbcnews.com/news/peskov-speaks" is also the url of content/' + SECOND_ARTICLE),
    ],
  },
  {
    rule: 'a quote that is not in the body',
    files: withFile(ARTICLE, articleText({ 14: '  - text: You are making this war longer.' })),
    expected: [at(ARTICLE, 14, 'quotes.0.text', '"You are making this war longer." does not appear in the body (quotes are verbatim)')],
  },
  {
    rule: 'an import statement',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer.\n\nimport Evil from "evil"')),
    expected: [at(ARTICLE, 20, 'body', expectFragment('import statement'))],
  },
  {
    rule: 'an export statement',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer.\n\nexport const x = process.exit()')),
    expected: [at(ARTICLE, 20, 'body', expectFragment('export statement'))],
  },
  {
    rule: 'an {expression}',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer. {process.exit()}')),
    expected: [at(ARTICLE, 18, 'body', expectFragment('{expression}'))],
  },
  {
    rule: 'a <script> tag, once for the element',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer.\n<script>alert(1)</script>')),
    expected: [at(ARTICLE, 19, 'body', '<script> element: HTML is not allowed in entries; write \\< for a literal "<"')],
  },
  {
    rule: 'an HTML comment',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer. <!-- ad -->')),
    expected: [at(ARTICLE, 18, 'body', expectFragment('HTML comment'))],
  },
  {
    rule: 'a component not on the allow-list (Cite is for topics only)',
    files: withFile(ARTICLE, articleText({}, 'You are making this conflict longer.<Cite id="x"/>')),
    expected: [at(ARTICLE, 18, 'body', '<Cite> component is not allowed here (allowed: none); write \\< for a literal "<"')],
  },
  {
    rule: 'an explainer quotation the cited article does not print character for character',
    files: withFile(TOPIC, topicText('Peskov said: “You are making this war longer.”<Cite id="2023-12-16-nbc-news-peskov-speaks"/>')),
    expected: [
      at(TOPIC, 7, 'body', '“You are making this war longer.” is not printed, character for character, in the article this sentence cites (2023-12-16-nbc-news-peskov-speaks)'),
    ],
  },
  {
    rule: 'a Cite id that names no article',
    files: withFile(TOPIC, topicText('He spoke.<Cite id="2023-12-16-nbc-news-peskov"/>')),
    expected: [at(TOPIC, 7, 'body', '<Cite id="2023-12-16-nbc-news-peskov"/>: no article "2023-12-16-nbc-news-peskov" in content/articles/')],
  },
  {
    rule: 'a topic without a citation',
    files: withFile(TOPIC, topicText('Peskov blamed the West.')),
    expected: [at(TOPIC, 6, 'body', expectFragment('the topic cites no article'))],
  },
  {
    rule: 'a YAML syntax error',
    files: withFile(PERSON, 'name: Dmitry Peskov\nrole: Kremlin: spokesperson\n'),
    expected: [at(PERSON, 2, 'yaml', expectFragment('invalid YAML'))],
  },
  {
    rule: 'a file in the wrong year folder',
    files: [...VALID_FILES.filter((file) => file.path !== ARTICLE), { path: ARTICLE.replace('/2023/', '/2024/'), text: articleText() }],
    expected: [at(ARTICLE.replace('/2023/', '/2024/'), 1, 'id', 'file must be in the folder "2023/", the year it was published')],
  },
  {
    rule: 'an id whose date differs from the published date',
    files: withFile(ARTICLE, articleText({ 4: "published: '2023-12-15'" })),
    expected: [at(ARTICLE, 1, 'id', expectFragment('must start with "2023-12-15-nbc-news-"'))],
  },
  {
    rule: 'a file without frontmatter',
    files: withFile(ARTICLE, 'Peskov spoke.\n'),
    expected: [at(ARTICLE, 1, 'frontmatter', expectFragment('must start with a --- line'))],
  },
  {
    rule: 'a file no collection reads',
    files: withFile('articles/2023/notes.md', 'To do\n'),
    expected: [at('articles/2023/notes.md', 1, 'file', expectFragment('not part of any collection'))],
  },
  {
    rule: 'an article without text',
    files: withFile(ARTICLE, articleText({ 14: '  - text: x', 15: '    speaker: dmitry-peskov' }, '').replace(/quotes:\n.*\n.*\n/, '')),
    expected: [at(ARTICLE, 14, 'body', expectFragment('the article has no text'))],
  },
];

/** A message matcher for messages whose full wording other modules own. */
function expectFragment(fragment: string): string {
  return expect.stringContaining(fragment) as unknown as string;
}

describe('checkContent', () => {
  it('finds no problems in a valid archive', () => {
    expect(checkContent(VALID_FILES, { root: 'content', today: TODAY })).toMatchObject({ entryCount: 5, problems: [] });
  });

  it.each(BROKEN_CASES)('reports $rule with its file, line and field', ({ files, expected }) => {
    expect(check(files)).toEqual(expected);
  });

  it('reports every problem of every file in one run', () => {
    const files = [
      ...withFile(ARTICLE, articleText({ 5: 'url: http://x.org', 8: '  - ukraine' }, 'Text {x}')),
      { path: 'people/x.yaml', text: 'name: [' },
    ];
    expect(check(files).map(formatProblem)).toEqual([
      'content/articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx:5 url: "http://x.org" must be an https:// URL',
      'content/articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx:8 topics.0: no topic "ukraine" in content/topics/',
      'content/articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx:14 quotes.0.text: "You are making this conflict longer." does not appear in the body (quotes are verbatim)',
      'content/articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx:18 body: {expression}: entries may not run code at build time; write \\{ and \\} for braces',
      'content/people/x.yaml:1 yaml: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('lets a draft article go without text, and with quotes not yet in it', () => {
    const draft = articleText({ 5: '', 16: 'draft: true' }, '');
    expect(check(withFile(SECOND_ARTICLE, draft))).toEqual([]);
  });

  it('still holds a draft article to its schema', () => {
    const draft = articleText({ 4: "published: 'soon'", 5: '', 16: 'draft: true' }, '');
    expect(check(withFile(SECOND_ARTICLE, draft))).toEqual([at(SECOND_ARTICLE, 4, 'published', expectFragment('"soon" is not a date'))]);
  });

  it('refuses a citation of a draft article, which has no page', () => {
    const files = withFile(ARTICLE, articleText({ 16: 'draft: true' }));
    expect(check(files)).toEqual([at(TOPIC, 7, 'body', expectFragment('is a draft, which has no page to cite'))]);
  });

  it('reports an entry read once in every later check, its dates against each check’s day', () => {
    // As in a dev session: unchanged files give the same entry objects to every check.
    const read = new Map<string, ContentEntry>();
    const readOnce = (file: ContentFile, collection: CollectionName) => read.get(file.path) ?? read.set(file.path, readContentEntry(file, collection)).get(file.path)!;
    const files = withFile(ARTICLE, articleText({ 4: "published: '2025-06-02'", 6: '' }, 'Peskov said nothing.'));
    const checkOn = (today: PartialDate) => checkContent(files, { root: 'content', today }, readOnce).problems.map(formatProblem);
    const quoteProblem = `content/${ARTICLE}:14 quotes.0.text: "You are making this conflict longer." does not appear in the body (quotes are verbatim)`;
    const futureProblem = `content/${ARTICLE}:4 published: "2025-06-02" is in the future (today is 2025-06-01)`;
    expect(checkOn(TODAY)).toEqual(expect.arrayContaining([futureProblem, quoteProblem]));
    expect(checkOn(TODAY)).toEqual(expect.arrayContaining([futureProblem, quoteProblem]));
    expect(checkOn({ year: 2025, month: 6, day: 2 })).not.toContain(futureProblem);
    expect(checkOn({ year: 2025, month: 6, day: 2 })).toContain(quoteProblem);
  });

  it('shows paths under the content folder as given', () => {
    const [problem] = checkContent(withFile(PERSON, 'name: X\n'), { root: '../tmp/archive/', today: TODAY }).problems;
    expect(problem?.path).toBe('../tmp/archive/people/dmitry-peskov.yaml');
  });
});

describe('formatProblem', () => {
  it('writes path:line field: message', () => {
    const problem = { path: 'content/a.mdx', line: 4, field: 'published', message: '"2023-13-45" has no month 13' };
    expect(formatProblem(problem)).toBe('content/a.mdx:4 published: "2023-13-45" has no month 13');
  });
});

describe('formatSummary', () => {
  it('counts the entries when there is no problem', () => {
    expect(formatSummary({ entryCount: 1, problems: [] })).toBe('Checked 1 entry: no problems');
    expect(formatSummary({ entryCount: 20, problems: [] })).toBe('Checked 20 entries: no problems');
  });

  it('counts the problems and the files they are in', () => {
    const problem = { path: 'content/a.mdx', line: 1, field: 'id', message: 'x' };
    expect(formatSummary({ entryCount: 5, problems: [problem, { ...problem, line: 2 }] })).toBe('2 problems in 1 file');
  });
});

describe('editorial notes', () => {
  const withNotes = (lines: string) => withFile(ARTICLE, articleText({ 16: `notes:\n${lines}` }));

  it('accepts plain notes beside a note marked as a warning', () => {
    expect(check(withNotes('  - Removed on import, a share prompt.\n  - text: The date may be wrong.\n    warning: true'))).toEqual([]);
  });

  it('reports a misspelt field of a warning note, with its file, line and field', () => {
    const problems = check(withNotes('  - text: The date may be wrong.\n    warnng: true'));
    expect(problems.map(formatProblem)).toEqual([`content/${ARTICLE}:18 notes.0.warnng: unknown field`]);
  });

  it('reports a note that is neither text nor { text, warning }', () => {
    const problems = check(withNotes('  - 42'));
    expect(problems.map(formatProblem)).toEqual([
      `content/${ARTICLE}:17 notes.0: must be the note as text, or { text: "...", warning: true } for a doubt about accuracy`,
    ]);
  });
});
