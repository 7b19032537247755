/**
 * A streaming XML reader (saxes) that hands over elements by their local names, so `<c>`, `<x:c>` and Strict
 * OOXML's namespaces read alike: a part's meaning is in its element names, whichever prefix its writer chose.
 */
import { SaxesParser } from 'saxes';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  /** Character data (entities decoded), CDATA included. */
  text?: (text: string) => void;
}

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by local name: `id` finds `r:id` (relationship ids always carry a prefix). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  const key = Object.keys(attributes).find((k) => localName(k) === name);
  return key === undefined ? undefined : attributes[key];
}

export interface XmlReader {
  write: (chunk: string) => void;
  end: () => void;
}

export function xmlReader(handlers: XmlHandlers): XmlReader {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('error', (err) => {
    throw new XmlSyntaxError(err.message);
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  const { close, text } = handlers;
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return { write: (chunk) => void parser.write(chunk), end: () => void parser.close() };
}

/** Reads a whole document. */
export function readXml(xml: string, handlers: XmlHandlers): void {
  const reader = xmlReader(handlers);
  reader.write(xml);
  reader.end();
}
