import { emit, type ContactActionDetail } from './events.js';

/**
 * The click handler of an action link (`<a href>`): fires the cancelable `contact-action` event
 * and, when a listener cancels it, stops the browser from following the link. Otherwise the
 * link's own default runs: mailto:/tel:/sms: open the system's handler, a map opens a new window.
 */
export function handleActionClick(
  event: MouseEvent,
  detail: Omit<ContactActionDetail, 'href'>,
): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const followed = emit(
    link,
    'contact-action',
    { ...detail, href: link.href },
    { cancelable: true },
  );
  if (!followed) event.preventDefault();
}
