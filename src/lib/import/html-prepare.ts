/**
 * A saved page made ready for Readability 0.6.0, the release the importer runs, where that release
 * loses article text its main branch keeps. Both changes leave what a reader sees as it is.
 *
 * - Formulas typeset by MathJax: MathJax 3 puts each formula in an `<mjx-container>` that holds it
 *   twice, as a visual rendering hidden from assistive technology (glyphs drawn by CSS, no text) and
 *   as the MathML it was made from. Readability 0.6.0 takes these containers for menus (their class
 *   names hold "CtxtMenu") and drops every formula (fixed on its main branch, mozilla/readability#958).
 *   Each container is replaced by its MathML.
 * - HTML comments: Readability 0.6.0 wraps loose text in paragraphs and starts a new one after each
 *   comment, so "contributed<!-- -->." becomes two paragraphs and gains a space. Comments are never
 *   shown, so they are removed first.
 */

const COMMENT_NODE = 8;

/**
 * Replaces each MathJax container in the document by the MathML it renders; returns how many.
 * A container without MathML is left as it is.
 * @example replaceMathJaxContainers(parseHTML('<p>If <mjx-container><mjx-assistive-mml><math><mi>a</mi></math></mjx-assistive-mml></mjx-container></p>').document) // 1
 */
export function replaceMathJaxContainers(document: Document): number {
  let replaced = 0;
  for (const container of document.querySelectorAll('mjx-container')) {
    const math = container.querySelector('math');
    if (!math) continue;
    container.replaceWith(math);
    replaced += 1;
  }
  return replaced;
}

/**
 * Removes every comment under `root`; returns how many.
 * @example removeComments(parseHTML('<p>a<!-- x -->.</p>').document.body) // 1
 */
export function removeComments(root: Node): number {
  let removed = 0;
  for (const child of [...root.childNodes]) {
    if (child.nodeType === COMMENT_NODE) {
      child.remove();
      removed += 1;
    } else {
      removed += removeComments(child);
    }
  }
  return removed;
}

/** Makes a parsed page ready for Readability 0.6.0 (see above). */
export function prepareForReadability(document: Document): void {
  if (document.body) removeComments(document.body);
  replaceMathJaxContainers(document);
}
