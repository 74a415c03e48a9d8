/** The small part of Citation.js this archive uses; the packages ship no type declarations. */
declare module '@citation-js/core' {
  interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    type?: 'string' | 'object' | 'json';
    asEntryArray?: boolean;
    spec?: 'new' | 'old' | 'mixed';
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: FormatOptions & { asEntryArray: true }): [string, string][];
    format(format: string, options?: FormatOptions): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: Register<unknown> } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
