import { css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ContactBook } from '../core/book.js';
import { TAG_COLOURS, tagTextColour, type Tag, type TagColour } from '../core/tag-registry.js';
import { t } from './i18n.js';

/** The styles of a tag chip (`.chip`) and of a row of them (`.chips`). */
export const tagChipStyles = css`
  .chips {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_cb-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    vertical-align: middle;
  }
  .chips li {
    display: flex;
  }
  .chip {
    display: inline-block;
    max-width: 12rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    border-radius: var(--_cb-radius-pill);
    padding: calc(var(--_cb-space) * 0.1) var(--_cb-space);
    font-size: var(--_cb-font-size-small);
    font-weight: 500;
    line-height: 1.5;
  }
`;

/** The translated names of the palette's colours, in palette order. */
export function colourLabel(colour: TagColour): string {
  const labels: Record<TagColour, string> = {
    grey: t('Grey'),
    red: t('Red'),
    orange: t('Orange'),
    yellow: t('Yellow'),
    green: t('Green'),
    teal: t('Teal'),
    blue: t('Blue'),
    indigo: t('Indigo'),
    purple: t('Purple'),
    pink: t('Pink'),
    brown: t('Brown'),
  };
  return labels[colour];
}

/** The inline colours of a chip: the palette background and the text colour that reads on it. */
export function chipStyle(colour: TagColour) {
  return styleMap({ background: TAG_COLOURS[colour], color: tagTextColour(colour) });
}

/** One chip: the tag's name on its colour. */
export function tagChip({ name, colour }: Tag) {
  return html`<span class="chip" part="tag" data-colour=${colour} style=${chipStyle(colour)}
    >${name}</span
  >`;
}

/** The user's tags on a contact with their colours. */
export function contactTags(book: ContactBook | undefined, contactId: string): Tag[] {
  return (book?.tagsOf(contactId) ?? []).map((name) => ({ name, colour: book!.tagColour(name) }));
}

/** Tags as a list of coloured chips. */
export function tagChipList(tags: readonly Tag[]) {
  return html`<ul
    class="chips"
    part="tags"
    aria-label=${t('Tags')}
    title=${tags.map((tag) => tag.name).join(', ')}
  >
    ${tags.map((tag) => html`<li>${tagChip(tag)}</li>`)}
  </ul>`;
}

/** The user's tags on a contact as chips; nothing when it has none. */
export function contactTagChips(book: ContactBook | undefined, contactId: string) {
  const tags = contactTags(book, contactId);
  return tags.length ? tagChipList(tags) : nothing;
}
