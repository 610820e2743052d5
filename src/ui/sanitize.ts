/** The only way lesson HTML reaches the page: through DOMPurify. */
import DOMPurify from 'dompurify';

let hooked = false;

/** Sanitises an HTML string into a fragment: no scripts, no event handlers, no `javascript:` URLs. */
export function sanitizeToFragment(html: string): DocumentFragment {
  if (!hooked) {
    hooked = true;
    // Links in lessons open beside the lab rather than replacing it, and never get the opener.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && /^https?:/i.test(node.getAttribute('href') ?? '')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
    ADD_ATTR: ['target'],
  });
}
