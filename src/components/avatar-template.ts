import { css, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { avatarColor, initials } from '../core/avatar.js';
import type { ContactPhoto } from '../core/contact.js';
import { t } from './i18n.js';

/**
 * The avatar's look, shared by `<contact-avatar>` and the elements that show a picture inside
 * their own shadow root (the photo input): rendering it rather than nesting `<contact-avatar>`
 * keeps them working when the tags are registered with a prefix.
 */
export const avatarStyles = css`
  .avatar {
    width: var(--cb-avatar-size, 2rem);
    height: var(--cb-avatar-size, 2rem);
    border-radius: 50%;
    overflow: hidden;
    display: grid;
    place-items: center;
    color: var(--_cb-avatar-text);
    font: 600 calc(var(--cb-avatar-size, 2rem) * 0.4) / 1 var(--_cb-font);
    user-select: none;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;

/** A round picture, or the initials of `name` on its colour; `part` names the frame for ::part(). */
export function renderAvatar({
  name,
  photo,
  part = 'base',
}: {
  name: string;
  photo?: ContactPhoto;
  part?: string;
}) {
  if (photo) {
    return html`<div class="avatar" part=${part} role="img" aria-label=${name || t('Picture')}>
      <img part="image" alt="" src=${`data:${photo.mediaType};base64,${photo.data}`} />
    </div>`;
  }
  return html`<div
    class="avatar"
    part=${part}
    role="img"
    aria-label=${name || t('Picture')}
    style=${styleMap({ background: avatarColor(name) })}
  >
    <span part="initials" aria-hidden="true">${initials(name)}</span>
  </div>`;
}
