import type { Contact } from '../core/contact.js';
import type { ActionKind } from '../core/links.js';
import { emit } from './events.js';

/**
 * The click handler of an action link (`<a href>`): fires the cancelable `contact-action` event
 * and, when a listener cancels it, stops the browser from following the link. Otherwise the
 * link's own default runs: mailto:/tel:/sms: open the system's handler, a map opens a new window.
 */
export function handleActionClick(
  event: MouseEvent,
  { kind, contact, value }: { kind: ActionKind; contact: Contact; value: string },
): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const followed = emit(
    link,
    'contact-action',
    { kind, contact, value, href: link.href },
    { cancelable: true },
  );
  if (!followed) event.preventDefault();
}
