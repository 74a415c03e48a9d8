/**
 * Code in a pasted article: when a line reads as code, and when that code is the page's own (a
 * tracking snippet, an injected script, a style rule, structured data) rather than code the
 * article prints. Only the page's own code is chrome; an article may quote a snippet, a command
 * or a table of numbers, and the archive keeps it.
 */

const CODE_SIGNALS = [
  /\bfunction\s*[\w$]*\s*\(/, /=>/, /\b(?:var|let|const)\s+[\w$]+\s*=/, /\b(?:document|window|navigator)\.[\w$]+/,
  /[\w$\])]\.[\w$]+\s*\(/, /;\s*$/, /^\s*[{}]/, /[{}]\s*$/, /[\w$\]]\s*=\s*[^=\s]/, /\)\s*\{/,
];

/**
 * Whether a line reads as JavaScript, CSS or JSON rather than prose: it has a code construct and
 * fewer than half its tokens are words, as a pasted tracking snippet's lines do.
 * @example isCodeLike("fbq('track', 'PageView');") // true
 */
export function isCodeLike(line: string): boolean {
  if (!/[(){};=]/.test(line) || !CODE_SIGNALS.some((signal) => signal.test(line))) return false;
  const tokens = line.trim().split(/\s+/);
  const words = tokens.filter((token) => /^["“‘(]?\p{L}[\p{L}'’-]*[,.;:!?”"’)]*$/u.test(token));
  return words.length / tokens.length < 0.5;
}

// What marks code as the page's own rather than the article's: a tracker's name, the idiom that
// injects a script, a script's address, a CSS rule, structured data.
const PAGE_CODE_SIGNALS = [
  /\b(?:_?fbq|gtag|dataLayer|_gaq|_paq|googletag|adsbygoogle|twq|ttq|snaptr|pintrk|_hsq|_kmq|mixpanel|lintrk|_linkedin_\w+|_satellite|fbAsyncInit|twttr|optimizely)\b/,
  /\b(?:ga|ym|hj|clarity|Intercom)\(/, /\banalytics\s*(?:\.\w+\s*\(|=)/, /\b(?:createElement|insertBefore|getElementsByTagName|appendChild)\(|\bdocument\.write\(/,
  // The wrapper a snippet runs in, and the queue stub every tracker starts with (`x = x || []`).
  /^\s*[!(]\s*function\s*\(/, /\}\s*\)?\s*\(\s*(?:window|document|this)\b/, /([\w$.]+)\s*=\s*\1\s*\|\|/,
  /https?:\/\/\S+\.js\b/, /^[.#]?[\w-][\w\s.#:>,-]*\{[^{}]*:[^{}]*\}?\s*$/, /"@(?:context|type)"/,
];

/**
 * Whether a line is a page's own code that a paste carried along — a tracking snippet, an injected
 * script, a style rule or structured data — rather than code an article prints: it reads as code
 * and carries one of their marks.
 * @example isPageCode("fbq('track', 'PageView');") // true
 * @example isPageCode('const total = items.reduce((sum, item) => sum + item.price, 0);') // false
 */
export function isPageCode(line: string): boolean {
  return isCodeLike(line) && PAGE_CODE_SIGNALS.some((signal) => signal.test(line));
}
