declare namespace App {
  interface Locals {
    /** Citation numbers of the explainer being rendered, set by its page before the body renders. */
    citationNumbers?: Map<string, number>;
  }
}
