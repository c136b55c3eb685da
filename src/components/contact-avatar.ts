import { LitElement, css } from 'lit';
import { localized } from '@lit/localize';
import { property } from 'lit/decorators.js';
import { displayName, type Contact, type ContactPhoto } from '../core/contact.js';
import { avatarStyles, renderAvatar } from './avatar-template.js';
import { themeTokens } from './theme.js';

/**
 * @summary A contact's picture, or its initials on a colour derived from the name.
 *
 * @csspart base - The round frame.
 * @csspart image - The picture, when there is one.
 * @csspart initials - The initials, when there is no picture.
 * @cssproperty --cb-avatar-size - Diameter (default 2rem small, 8rem large).
 */
@localized()
export class ContactAvatar extends LitElement {
  static override styles = [
    themeTokens,
    avatarStyles,
    css`
      :host {
        display: inline-block;
        --cb-avatar-size: 2rem;
      }
      :host([size='large']) {
        --cb-avatar-size: 8rem;
      }
    `,
  ];

  /** The contact shown; `name` and `photo` are read from it unless set themselves. */
  @property({ attribute: false }) contact?: Contact;

  /** The name the initials and the colour come from (defaults to the contact's display name). */
  @property() name?: string;

  /** The picture (defaults to the contact's). */
  @property({ attribute: false }) photo?: ContactPhoto;

  /** `small` in lists, `large` in details and the editor. */
  @property({ reflect: true }) size: 'small' | 'large' = 'small';

  override render() {
    const name = this.name ?? (this.contact ? displayName(this.contact, 'first-last') : '');
    return renderAvatar({ name, photo: this.photo ?? this.contact?.photo });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-avatar': ContactAvatar;
  }
}
