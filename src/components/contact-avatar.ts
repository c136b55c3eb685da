import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { avatarColor, initials } from '../core/avatar.js';
import { displayName, type Contact, type ContactPhoto } from '../core/contact.js';

/**
 * @summary A contact's picture, or its initials on a colour derived from the name.
 *
 * @csspart base - The round frame.
 * @csspart image - The picture, when there is one.
 * @csspart initials - The initials, when there is no picture.
 * @cssproperty --cb-avatar-size - Diameter (default 2rem small, 8rem large).
 */
export class ContactAvatar extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      --cb-avatar-size: 2rem;
    }
    :host([size='large']) {
      --cb-avatar-size: 8rem;
    }
    [part='base'] {
      width: var(--cb-avatar-size);
      height: var(--cb-avatar-size);
      border-radius: 50%;
      overflow: hidden;
      display: grid;
      place-items: center;
      color: #fff;
      font: 600 calc(var(--cb-avatar-size) * 0.4) / 1 var(--cb-font-family, system-ui, sans-serif);
      user-select: none;
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
  `;

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
    const photo = this.photo ?? this.contact?.photo;
    if (photo) {
      return html`<div part="base" role="img" aria-label=${name}>
        <img part="image" alt="" src=${`data:${photo.mediaType};base64,${photo.data}`} />
      </div>`;
    }
    return html`<div
      part="base"
      role="img"
      aria-label=${name}
      style=${styleMap({ background: avatarColor(name) })}
    >
      <span part="initials" aria-hidden="true">${initials(name)}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-avatar': ContactAvatar;
  }
}
