import { fail, ok, type ParseResult } from '../../core/input/index.js';
import { describeOffset } from './json-path.js';

/** The root element of an XML document: its local name and namespace URI. */
export interface XmlRoot {
  readonly name: string;
  readonly namespace: string | undefined;
}

/**
 * Checks XML before any parser sees it, in one pass over its markup: a DOCTYPE (or any `<!…>` declaration
 * such as ENTITY) is refused, because entity expansion is how XXE and "billion laughs" attacks work and no
 * SBOM needs one; elements nested deeper than `maxDepth` are refused. Returns the root element.
 */
export function scanXml(text: string, maxDepth: number): ParseResult<XmlRoot> {
  const open: string[] = [];
  let root: XmlRoot | undefined;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    if (text.startsWith('<!--', lt)) lt = skipTo(text, lt, '-->');
    else if (text.startsWith('<![CDATA[', lt)) lt = skipTo(text, lt, ']]>');
    else if (text.startsWith('<?', lt)) lt = skipTo(text, lt, '?>');
    else if (text.startsWith('<!', lt)) {
      const what = /^<!([A-Za-z]+)/.exec(text.slice(lt, lt + 20))?.[1] ?? '';
      return fail({
        code: 'SBOM_XML_DOCTYPE',
        path: describeOffset(text, lt),
        message: `XML with a <!${what}> declaration is refused (entities are how XXE attacks work); expected a document without DOCTYPE or ENTITY`,
      });
    } else if (text.startsWith('</', lt)) {
      open.pop();
      lt = skipTo(text, lt, '>');
    } else {
      const end = endOfTag(text, lt);
      const tag = text.slice(lt, end + 1);
      const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
      root ??= { name: localName(name), namespace: namespaceOf(tag, name) };
      if (!tag.endsWith('/>')) {
        open.push(name);
        if (open.length > maxDepth) {
          return fail({
            code: 'SBOM_TOO_DEEP',
            path: `${describeOffset(text, lt)} (${open.slice(-6).join('/')})`,
            message: `elements nest deeper than ${maxDepth} levels here; expected at most ${maxDepth} (the nesting cap)`,
          });
        }
      }
      lt = end;
    }
    if (lt === -1) break;
  }
  return root
    ? ok(root)
    : fail({ code: 'SBOM_XML_MALFORMED', path: '', message: 'no root element; expected an XML document' });
}

function skipTo(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length - 1;
}

/** The `>` that closes the start tag at `lt`, skipping quoted attribute values. */
function endOfTag(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return text.length - 1;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function namespaceOf(tag: string, name: string): string | undefined {
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
  const attribute = prefix ? `xmlns:${prefix}` : 'xmlns';
  const match = new RegExp(`\\s${attribute.replace(/\./g, '\\.')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
}
