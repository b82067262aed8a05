/**
 * Reading XML back in tests with jsdom's DOMParser (a real, conforming XML parser), and HTML pages with its HTML
 * parser as a browser would (jsdom is a dev dependency and ships without types here, so the little of its DOM used is
 * typed below).
 */
import { createRequire } from 'node:module';

export interface XmlElement {
  readonly tagName: string;
  readonly namespaceURI: string | null;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export interface XmlDocument {
  readonly documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export interface HtmlElement {
  readonly textContent: string;
  getAttribute(name: string): string | null;
}

export interface HtmlDocument {
  readonly title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

interface JsdomModule {
  JSDOM: new (
    html?: string,
  ) => {
    window: {
      DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
      document: HtmlDocument;
    };
  };
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const parser = new new JSDOM().window.DOMParser();

/** Parses XML; throws with the parser's message when it is not well-formed. */
export function parseXml(text: string): XmlDocument {
  const doc = parser.parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error)
    throw new Error(`not well-formed XML: ${(error as unknown as { textContent: string }).textContent}`);
  return doc;
}

/** Parses an HTML page as a browser would (its scripts are not run: jsdom runs none unless asked). */
export const parseHtml = (text: string): HtmlDocument => new JSDOM(text).window.document;

/** An element's child elements, in order. */
export const childElements = (e: XmlElement): XmlElement[] => Array.from(e.children);

/** The typed attributes (`<string key=… value=…/>` and the like) directly under an XES element, as key → value. */
export function xesAttributes(e: XmlElement): Map<string, { type: string; value: string }> {
  const out = new Map<string, { type: string; value: string }>();
  for (const c of childElements(e)) {
    const key = c.getAttribute('key');
    if (key !== null) out.set(key, { type: c.tagName, value: c.getAttribute('value') ?? '' });
  }
  return out;
}
