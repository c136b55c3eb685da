// `<contact-book>` in TSX: its properties, attributes and contact-* events as typed props.
// React 19 sets a prop as a property when the element has one (`store`, `presence`), as an
// attribute otherwise (`user-id`), and `oncontact-select` listens to `contact-select`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactEvents } from '../../src/components/events.js';

/** `oncontact-save={(event) => event.detail.contact}` for every event of ContactEventMap. */
type ContactEventProps = {
  [K in keyof ContactEvents as `on${K}`]?: (event: ContactEvents[K]) => void;
};

/** The props of `<contact-book>` in TSX. */
export type ContactBookProps = DetailedHTMLProps<
  HTMLAttributes<ContactBookElement>,
  ContactBookElement
> &
  Partial<Pick<ContactBookElement, 'name' | 'store' | 'presence'>> &
  ContactEventProps & { 'user-id'?: string; 'map-provider'?: 'google' | 'openstreetmap' };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'contact-book': ContactBookProps;
    }
  }
}
