import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Advisory summaries and details are untrusted text from upstream feeds. They are rendered from Markdown, then
// sanitised by DOMPurify to a small set of tags; links keep only http(s) and mailto targets (a javascript: or
// data: link becomes plain text), open in a new tab without the opener, and images are dropped (no tracking
// pixels). serve's Content-Security-Policy forbids inline script besides.

const SAFE_HREF = /^(?:https?:|mailto:)/i;
const ALLOWED_TAGS = [
  'a',
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href') ?? '';
  if (!SAFE_HREF.test(href.trim())) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer nofollow');
});

/** Untrusted Markdown as a sanitised fragment, ready to append. */
export function renderMarkdown(text: string): DocumentFragment {
  const html = marked.parse(text, { async: false, gfm: true });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: SAFE_HREF,
    RETURN_DOM_FRAGMENT: true,
  });
}
