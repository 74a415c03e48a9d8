// Temporary differential fuzz: satteri (the build's MDX parser) vs findMdxSafetyProblems.
import { mdxToMdast } from '../../node_modules/satteri/dist/index.js';
import { findMdxSafetyProblems } from '../lib/mdx-safety.ts';

const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
function codeNodes(node: any, found: string[] = []): string[] {
  if (CODE.has(node.type)) found.push(node.type + (node.name ? ':' + node.name : ''));
  for (const child of node.children ?? []) codeNodes(child, found);
  return found;
}
const TOKENS = ['[a](x "', '"\n', '\n```\n', '\n  ```\n', '- ```\n', '> ```\n', '{x}', '\n{x}\n', ')', '`', '``', '<Cite\nid="a"/>', '(', '  - ', '\n   ```', '~~~~\n', '\n ```\n', '1. ', '\t', '{', '}', '<', '>', '`', '```', '~~~', '\n', '\n\n', 'import x from "y"', 'export const a = 1', '- ', '> ', '1. ', '# ', '[a](', '[a]: ', ')', '(', '"', "'", '\\', 'x', ' ', '  ', '    ', '<b>', '<Cite id="a"/>', '<!--', '-->', '&#123;', '*', '_', '|', 'https://x.org', '<x', '/>', '=', 'a'];
let seed = Number(process.argv[2] ?? 1);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
let fp = 0, holes = 0, compileErrorsUnflagged = 0, total = 0;
const N = Number(process.argv[3] ?? 20000);
for (let i = 0; i < N; i++) {
  const length = 1 + Math.floor(random() * 12);
  let body = '';
  for (let j = 0; j < length; j++) body += TOKENS[Math.floor(random() * TOKENS.length)];
  total++;
  const problems = findMdxSafetyProblems(body, ['Cite']);
  let nodes: string[];
  try { nodes = codeNodes(mdxToMdast(body)); } catch { if (problems.length === 0) { compileErrorsUnflagged++; if (!/<(\n|$)/.test(body) && compileErrorsUnflagged <= 400) console.log('ERR-UNFLAGGED', JSON.stringify(body)); } continue; }
  const dangerous = nodes.filter((n) => n !== 'mdxJsxTextElement:Cite' && n !== 'mdxJsxFlowElement:Cite');
  if (dangerous.length === 0 && problems.length > 0) { fp++; if (fp <= 25 && process.argv[4]) console.log('FP', JSON.stringify(body), problems.map((p) => p.message.slice(0, 30))); }
  if (dangerous.length > 0 && problems.length === 0) { holes++; if (holes <= 15) console.log('HOLE', JSON.stringify(body), dangerous); }
}
console.log({ total, holes, compileErrorsUnflagged, fp });
