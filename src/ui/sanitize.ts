/** The only way lesson HTML reaches the page: through DOMPurify, with a few rules of our own. */
import DOMPurify from 'dompurify';

/**
 * Classes the lesson renderer itself produces. Anything else in a lesson's raw HTML could borrow
 * the app's own styles (a full-screen overlay, a fake dialog), so it is dropped.
 */
const LESSON_CLASSES =
  /^(callout(-[a-z0-9-]+)?|aside(-[a-z0-9-]+)?|hint|embed|embed-missing|wikilink|language-[a-z0-9+#-]+|task-list-item)$/;

let hooked = false;

function installHooks(): void {
  hooked = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((c) => LESSON_CLASSES.test(c))
        .join(' ');
      if (!data.attrValue) data.keepAttr = false;
    }
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof HTMLAnchorElement)) return;
    // Links in lessons open beside the lab rather than replacing it, and never get the opener.
    if (node.hasAttribute('href') && !(node.getAttribute('href') ?? '').startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  });
}

/** Sanitises an HTML string into a fragment: no scripts, handlers, `javascript:` URLs, forms, ids or foreign classes. */
export function sanitizeToFragment(html: string): DocumentFragment {
  if (!hooked) installHooks();
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'dialog', 'template'],
    // Ids could collide with the app's own (aria references, panels); popovers can draw over it.
    FORBID_ATTR: ['style', 'id', 'name', 'popover', 'popovertarget', 'popovertargetaction', 'autofocus', 'tabindex'],
    ADD_ATTR: ['target'],
  });
}
