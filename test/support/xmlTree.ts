/**
 * A generic tree from the reader's events (elements by expanded name, attributes without namespace
 * declarations, sorted; text merged), for differential tests against libxml2.
 */
import { scanXml, XMLNS_NS, type XmlAttribute, type XmlHandler } from '../../src/xml/reader/scan';

export interface XmlNode {
  name: string;
  attrs: [string, string][];
  kids: (XmlNode | string)[];
}

class TreeBuilder implements XmlHandler {
  root: XmlNode | undefined;
  private readonly stack: XmlNode[] = [];
  open(local: string, ns: string, _q: string, attrs: XmlAttribute[] | null): void {
    const node: XmlNode = {
      name: ns === '' ? local : `{${ns}}${local}`,
      attrs: (attrs ?? [])
        .filter((a) => a.ns !== XMLNS_NS)
        .map((a): [string, string] => [a.ns === '' ? a.local : `{${a.ns}}${a.local}`, a.value])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
      kids: [],
    };
    const top = this.stack[this.stack.length - 1];
    if (top) top.kids.push(node);
    else this.root = node;
    this.stack.push(node);
  }
  text(s: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const last = top.kids[top.kids.length - 1];
    if (typeof last === 'string') top.kids[top.kids.length - 1] = last + s;
    else top.kids.push(s);
  }
  close(): void {
    this.stack.pop();
  }
}

/** The tree of `xml` read by our reader, or the code of its refusal. */
export function readTree(xml: string, maxDepth = 256): { ok: true; tree: XmlNode } | { ok: false; code: string; message: string } {
  const b = new TreeBuilder();
  const e = scanXml(xml, b, { maxDepth });
  if (e) return { ok: false, code: e.code, message: e.message };
  return { ok: true, tree: b.root! };
}
