// Reads a citation file (BibTeX, RIS or CSL-JSON) from standard input with citation-js, the
// parser reference-manager tooling uses, and prints the items it understood as CSL-JSON.
// Usage: node parse-citations.mjs bibtex|ris|csl < file
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

const formats = { bibtex: '@biblatex/text', ris: '@ris/file', csl: '@csl/list+object' };
const format = formats[process.argv[2]];
if (!format) {
  console.error(`Unknown format ${process.argv[2]}; use one of ${Object.keys(formats).join(', ')}.`);
  process.exit(2);
}

let text = '';
for await (const chunk of process.stdin) text += chunk;
const input = process.argv[2] === 'csl' ? JSON.parse(text) : text;
const items = (await Cite.async(input, { forceType: format })).data;
process.stdout.write(JSON.stringify(items));
