/**
 * Site chrome: the lines a copied or saved news page carries that are not the article — menus,
 * bylines, share and cookie prompts, "Read also" links, ads, photo credits, copyright footers,
 * comment forms, tracking scripts. The rules here judge one line on its own and are written for
 * pages never seen: each matches what such lines have in common, not the wording of one site.
 * A rule errs towards keeping a line, because a lost sentence is worse than a stray menu word
 * (and every removal is recorded in the entry's notes).
 */
import { parseDateLine, parseDateText } from './dates.ts';
import { isPageCode } from './page-code.ts';

export { isCodeLike, isPageCode } from './page-code.ts';

/** Why a line was taken for chrome; the notes name removals by these. */
export type ChromeKind =
  | 'navigation' | 'byline' | 'share' | 'newsletter' | 'cookie' | 'related' | 'advertisement' | 'caption'
  | 'copyright' | 'comment' | 'metadata' | 'headline' | 'script' | 'markup' | 'template';

/** A line or fragment the cleanup took out of the body. */
export interface RemovedChrome {
  kind: ChromeKind;
  text: string;
  /** True for a fragment cut out of a line that was otherwise kept. */
  inline?: boolean;
}

/** The line lower-cased, with straight apostrophes, and without the arrows and colons menus end with. */
function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[\s:›»>→|–—-]+$/, '').trim();
}

/** Words as a reader counts them. */
export function countWords(line: string): number {
  return line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const endsSentence = (line: string): boolean => /[.!?…]["”’)\]]*$/.test(line.trim());

const phrases = (...list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})$`);

const NAVIGATION = phrases(
  'home(?: ?page)?', '(?:main |open |close )?menu', 'search(?: for| here)?', 'close', 'skip to (?:main )?(?:content|navigation)',
  'toggle navigation', 'navigation', '(?:all )?sections', '(?:log|sign) ?(?:in|out|up)', 'register', 'my account',
  'connect with us', 'follow us', 'stay connected', "(?:hi, )?what are you looking for\\??", 'type (?:here )?to search',
  'press enter to search', '(?:back|go|scroll) to top', '(?:load|show|view|see) (?:more|all)', 'more', 'next', 'prev(?:ious)?',
  '(?:next|previous|older|newer) (?:article|post|story|posts|stories)', 'breaking(?: news)?', 'latest(?: news)?',
  'top stories', 'trending(?: now)?', '(?:watch )?live', 'listen', '(?:change )?edition', 'privacy(?: policy)?',
  'terms of (?:use|service)', 'terms and conditions', 'cookie policy', 'contact(?: us)?', 'about(?: us)?',
  'advertise(?: with us)?', 'careers', 'sitemap', 'rss', 'faq', 'help', 'tags', 'categories', 'topics', 'archives?',
  '(?:our|editorial) standards.*', '(?:corrections|ethics|editorial) policy',
);
const SECTION_WORDS = new Set(('home news world politics business economy opinion sport sports culture entertainment tech ' +
  'technology science health lifestyle travel video videos photos podcasts newsletters weather markets latest live more ' +
  'menu search & and').split(' '));
const LABEL_PREFIX = /^(?:tags?|topics?|categories|category|filed under|sections?)\s*:/i;

const HAS_ADDRESS = /:\/\/|\bwww\.|\b[\p{L}\p{N}-]+\.[a-z]{2,}\//iu;

function isNavigation(line: string, normalized: string): boolean {
  if (NAVIGATION.test(normalized) || LABEL_PREFIX.test(line)) return true;
  const words = normalized.split(' ');
  if (words.length >= 2 && words.length <= 4 && words.every((word) => SECTION_WORDS.has(word))) return true;
  // Breadcrumbs and menu bars: "Home › World › Europe", "News | Politics | Business". A line
  // holding an address splits at spaced slashes only, so "https://kremlin.ru/events/news" stays;
  // and a menu item is words, so a row of values ("Gmail | 17.8 MB | 7.6 MB") is no menu.
  const parts = line.split(HAS_ADDRESS.test(line) ? /\s*[|›»•·>]\s*|\s+\/\s+/ : /\s*[|›»•·>/]\s*/).filter((part) => part.trim() !== '');
  const isShort = parts.every((part) => countWords(part) <= 3 && !endsSentence(part) && !/\p{N}/u.test(part));
  return isShort && countWords(line) <= 15 && (parts.length >= 3 || (parts.length === 2 && /^home$/i.test(parts[0] ?? '')));
}

const BYLINE = /^(?:by|written by|posted by|published by|words by|story by|author\s*:)\s+(.+)$/i;
// "Reporting by X; Editing by Y": the agency's credit line, a byline at the foot of the story.
const CREDIT_LINE = /^(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics)(?: and \w+)? by\s+\p{Lu}/iu;
const AUTHOR_AVATAR = /^(?:(?:photo|picture|image|avatar) of (?:the )?author|author (?:photo|image|avatar|picture))$/;
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'van', 'von', 'der', 'al', 'bin', 'in', 'for', 'at', 'of', 'the', 'la', 'le', 'da']);

/**
 * Whether a text reads as the name of one or more people: a few capitalised words, perhaps joined
 * by "and" or a particle, and not a sentence.
 * @example isNameLike('Anna Koval and Mark Teller') // true
 * @example isNameLike('Oleg Brandt writes about Russia.') // false
 */
export function isNameLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const isCapitalised = (word: string) => /^["“(]?\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word.replace(/,$/, ''));
  return /^\p{Lu}/u.test(text) && words.every(isCapitalised);
}

/**
 * The name in a byline line, or undefined when the line is not a byline. A sentence such as
 * "By Monday, the talks had ended." is not one: a byline is short, names people (capitalised
 * words) and does not end as a sentence does.
 * @example getBylineName('By Jane Roe | Updated 2 hours ago') // "Jane Roe"
 */
export function getBylineName(line: string): string | undefined {
  const match = BYLINE.exec(line.trim());
  if (!match) return undefined;
  const name = (match[1] ?? '')
    .split(/\s+[|•·]\s+/)[0]
    ?.replace(/,\s*(.*)$/, (tail, rest: string) => (parseDateText(rest) || /^(?:updated|published)\b/i.test(rest) ? '' : tail))
    .trim() ?? '';
  return isNameLike(name) ? name : undefined;
}

const RELATED_HEADER = phrases(
  'related(?: articles| stories| news| posts| content| coverage| topics| reading)?', 'read (?:also|more|next)(?: news| stories)?',
  'also read', 'see also', 'more (?:from|on) .{1,40}', 'more (?:stories|news|articles)', 'you (?:may|might) also like',
  'recommended(?: for you| stories)?', 'most (?:read|popular|viewed|shared)', 'popular(?: now)?', "editor'?s picks",
  "don'?t miss", 'must read', 'in other news', 'further reading', 'watch(?: more)?', 'more on this (?:story|topic)',
);
const RELATED_PREFIX = /^(read also|also read|read more|read next|see also|related|recommended|more from|must read|don'?t miss|watch|listen|also on)\b\s*([:|–—-]|$)/i;

/** Whether the line heads a block of links to other stories ("Related", "Most read"). */
export function isRelatedHeader(line: string): boolean {
  return RELATED_HEADER.test(normalizeLine(line));
}

function isRelated(line: string, normalized: string): boolean {
  if (isRelatedHeader(line) || (RELATED_PREFIX.test(line) && countWords(line) <= 30)) return true;
  // "READ ALSO Putin praises..." and "Read more informations": the label, then a link's words.
  return /^(READ ALSO|ALSO READ|READ MORE|SEE ALSO)\b/.test(line) || (/^read (more|also)\b/.test(normalized) && countWords(line) <= 4);
}

const ADVERTISEMENT = phrases(
  'advertisements?', 'advertising', 'ads?', 'sponsored(?: content| links)?', 'promoted(?: content)?', 'paid (?:content|post)',
  'partner content', 'skip ad', 'report this ad', 'remove ads', 'ad feedback', '(?:story|article|content|text) continues (?:below|after).*',
  'continue reading(?: below)?', '(?:advertisement )?scroll to continue(?: with content)?',
);

const CAPTION_LABEL = /^(?:photo|photograph|image|picture|pic|video|illustration|graphic|file photo|credit|(?:photo|image) credits?|source)s?\s*(?:credit)?\s*[:©|]/i;
const CAPTION_SOURCE = /^(?:photos?|images?|pictures?|video|illustration)\s+(?:by|from|via|courtesy(?: of)?)\s/i;
const CAPTION_CREDIT_IN_BRACKETS = /\((?:photo|image|picture|credit)s?\b[^)]*\)\s*$/i;
// A caption ending in its credit: "Putin in Moscow, December 14. Photo: Agency/Name".
const CAPTION_TRAILING_CREDIT = /[.!?]\s+(?:photo|photograph|image|picture|credit)s?(?: credit)?\s*:\s*[^.!?]{1,80}$/i;
const AGENCY_CREDIT = /(?:getty images|shutterstock|afp|reuters|ap photo|epa(?:-efe)?|tass|sputnik|anadolu|pool)\s*(?:\/\s*[\p{L} .'-]+)?\)?\s*$/iu;

function isCaption(line: string): boolean {
  if (countWords(line) > 40) return false;
  if ([CAPTION_LABEL, CAPTION_SOURCE, CAPTION_CREDIT_IN_BRACKETS, CAPTION_TRAILING_CREDIT].some((pattern) => pattern.test(line))) return true;
  // A credit closing a caption ("... in Moscow. REUTERS/Evgenia Novozhenina"); prose that merely
  // names an agency ("..., according to Reuters.") ends as a sentence and has no slash.
  return AGENCY_CREDIT.test(line) && /\/|getty|shutterstock|ap photo/i.test(line.slice(-60)) && !endsSentence(line);
}

const COPYRIGHT_START = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
// Inside a line, the sign counts before a year or a capitalised name, matched case-sensitively:
// "manifesto™© we think…" is prose.
const COPYRIGHT_SIGN = /©\s*(?:\d{4}|\p{Lu})/u;
const isCopyright = (line: string) => COPYRIGHT_START.test(line) || COPYRIGHT_SIGN.test(line);

const COMMENT_EXACT = phrases(
  'comments?', '\\d+ comments?', 'no comments(?: yet)?', 'reply', 'cancel reply', 'website', '(?:name|email|comment) ?\\*?',
  '(?:show|view|load|hide) comments', 'discussion',
);
const COMMENT_PREFIX = /^(?:click to comment|leave a (?:reply|comment)|post a comment|add a comment|write a comment|be the first to comment|join the (?:conversation|discussion)|(?:log|sign) in to (?:comment|reply)|your email address will not be published|required fields are marked|save my name, email|notify me of (?:follow-up|new) )/;

const SHARE_EXACT = phrases('share(?: this)?(?: article| story| post)?', 'tweet', 'e-?mail', 'print', 'copy link', 'link copied', 'copied');
const SOCIAL_WORDS = new Set(('share shares tweet facebook twitter x whatsapp telegram email e-mail linkedin reddit pinterest print ' +
  'copy link messenger vk flipboard pocket threads bluesky mastodon on via this article story the to').split(' '));
// A share bar names at least one of these; "The story" alone is not a share bar.
const SHARE_TARGETS = new Set('share tweet facebook twitter whatsapp telegram email e-mail linkedin reddit pinterest messenger vk flipboard bluesky mastodon'.split(' '));

function isShare(line: string, normalized: string): boolean {
  if (SHARE_EXACT.test(normalized) || (/^share (?:this|on|via|the|article|story)\b/.test(normalized) && countWords(line) <= 10)) return true;
  const words = normalized.replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  const isShareBar = words.length <= 12 && words.every((word) => SOCIAL_WORDS.has(word)) && words.some((word) => SHARE_TARGETS.has(word));
  return isShareBar && !endsSentence(line);
}

const NEWSLETTER_PATTERNS = [
  /^(?:subscribe|sign up|signup)\b/, /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|e-?mail|get|receive|delivered)\b/,
  /\b(?:sign up|subscribe)\b.*\bnewsletters?\b/, /\b(?:to|in) your inbox\b/, /^(?:follow|join) us\b/,
  /^(?:follow|join) (?:our|the) [\p{L} ]{1,30} (?:on|channel)\b/u, /^(?:get|download) (?:the|our) app\b/,
  /^(?:support|donate to) (?:our|independent|quality) journalism/, /^become a (?:member|subscriber|supporter|patron)\b/,
  /^already (?:a subscriber|have an account)/, /^(?:unlock|get) (?:unlimited|full) access\b/,
];

const COOKIE_BUTTON = phrases(
  'accept(?: all)?(?: cookies)?', 'reject(?: all)?', 'decline', 'i (?:agree|accept)', 'agree(?: and close)?', 'got it', 'ok(?:ay)?',
  'allow (?:all|cookies)', 'manage (?:preferences|settings|cookies|options)', '(?:cookie|privacy) settings', 'more options',
  'learn more', 'dismiss', 'continue without accepting',
);
const COOKIE_CONTEXT = /\b(?:we use|uses|use of|accept|consent|privacy|preferences|settings|policy|browsing|experience|agree|continuing)\b/;

function isMetadata(line: string, normalized: string): boolean {
  return (
    parseDateLine(line) !== undefined ||
    /^\d+\s*(?:min|mins|minutes?)(?: read| reading)?$/.test(normalized) ||
    /^(?:reading|read) time\b/.test(normalized) ||
    /^[\d,.]+[km]?\s+(?:views|reads|shares)$/.test(normalized) ||
    /^(?:published|updated|posted)?\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/.test(normalized)
  );
}

/**
 * What kind of site chrome a line is, judged on the line alone; undefined for article text.
 * @example classifyChromeLine('Photo from Google') // "caption"
 * @example classifyChromeLine('Peskov spoke to NBC News.') // undefined
 */
export function classifyChromeLine(line: string): ChromeKind | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const normalized = normalizeLine(text);
  if (isPageCode(text)) return 'script';
  if (COMMENT_EXACT.test(normalized) || COMMENT_PREFIX.test(normalized)) return 'comment';
  if (isCopyright(text) && countWords(text) <= 40) return 'copyright';
  if (ADVERTISEMENT.test(normalized)) return 'advertisement';
  if (isCaption(text)) return 'caption';
  if (AUTHOR_AVATAR.test(normalized) || getBylineName(text) !== undefined) return 'byline';
  if (CREDIT_LINE.test(text) && countWords(text) <= 25) return 'byline';
  if (isRelated(text, normalized)) return 'related';
  if (isShare(text, normalized)) return 'share';
  if (countWords(text) <= 30 && NEWSLETTER_PATTERNS.some((pattern) => pattern.test(normalized))) return 'newsletter';
  if (COOKIE_BUTTON.test(normalized) || (/\bcookies?\b/.test(normalized) && COOKIE_CONTEXT.test(normalized) && countWords(text) <= 80)) return 'cookie';
  if (isNavigation(text, normalized)) return 'navigation';
  if (isMetadata(text, normalized)) return 'metadata';
  return undefined;
}
