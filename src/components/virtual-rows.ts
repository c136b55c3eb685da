import { css, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { Contact } from '../core/contact.js';

type VirtualizerModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizerModule | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the virtualizer on first need (about 8 KB gzip kept out of the initial bundle: only a
 * one-page list of many rows uses it). Resolves once `virtualRows` can render.
 */
export function loadVirtualizer(): Promise<void> {
  loading ??= import('@lit-labs/virtualizer/virtualize.js').then((module) => {
    virtualizer = module;
  });
  return loading;
}

/** True once the virtualizer is loaded. */
export function virtualizerLoaded(): boolean {
  return virtualizer !== undefined;
}

/** Past this many rows on one page, the list renders only the rows in view (virtualised). */
export const VIRTUALIZE_ABOVE = 100;

/** The keys that move the focus between the rows of a list. */
export const FOCUS_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];

/** Rows Page Down and Page Up move the focus by. */
const FOCUS_PAGE = 10;

/**
 * How a virtualised table lays out: the virtualizer positions each row absolutely inside a
 * scrolling `tbody`, so table layout no longer sizes the columns; a CSS grid on every row
 * (header included) gives them the widths the `colgroup` gives a paged table.
 */
export const virtualTableStyles = css`
  table.virtual,
  table.virtual thead,
  table.virtual tbody {
    display: block;
  }
  table.virtual tr {
    display: grid;
    grid-template-columns: 2.75rem 30% 1fr 1fr 1fr 2.75rem;
    align-items: center;
    width: 100%;
    /* The row draws the line: its cells, centred, are of different heights. */
    border-bottom: 1px solid var(--_cb-border);
  }
  table.virtual th,
  table.virtual td {
    border-bottom: none;
  }
  /* One fixed height: a row that grew after it was measured (its avatar rendering) would make
     the virtualizer re-measure inside the ResizeObserver callback. */
  table.virtual tbody tr {
    height: 2.75rem;
  }
  table.virtual tbody {
    height: var(--cb-list-height, min(70vh, 40rem));
  }
  @media (max-width: 40rem) {
    table.virtual tr {
      grid-template-columns: 2.75rem 1fr 2.75rem;
    }
  }
`;

/**
 * The virtualize directive over contacts: a scrolling body that renders the rows in view. Only
 * once `virtualizerLoaded()`.
 */
export function virtualRows(
  contacts: Contact[],
  renderRow: (contact: Contact, index: number) => TemplateResult,
): DirectiveResult {
  return virtualizer!.virtualize({
    items: contacts,
    keyFunction: (contact: Contact) => contact.id,
    renderItem: renderRow,
    scroller: true,
  });
}

/**
 * Moves the focus from `row` (showing `contact`) for one of `FOCUS_KEYS`: arrows to the next or
 * previous row, Page Down and Up ten rows, Home and End to the first and last of `contacts`.
 */
export function moveRowFocus(
  row: HTMLElement,
  contacts: readonly Contact[],
  contact: Contact,
  key: string,
): void {
  const index = contacts.findIndex((other) => other.id === contact.id);
  const last = contacts.length - 1;
  const target = {
    ArrowDown: Math.min(index + 1, last),
    ArrowUp: Math.max(index - 1, 0),
    PageDown: Math.min(index + FOCUS_PAGE, last),
    PageUp: Math.max(index - FOCUS_PAGE, 0),
    Home: 0,
    End: last,
  }[key];
  if (target === undefined || target === index) return;
  const sibling = key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
  // The neighbour is usually rendered (a virtualised body keeps a few rows past the viewport).
  if ((key === 'ArrowDown' || key === 'ArrowUp') && sibling instanceof HTMLElement) sibling.focus();
  else void focusVirtualRow(row.parentElement!, contacts, target);
}

/**
 * Focuses the row of `contacts[index]` in a virtualised body: scrolls it into view first when
 * it is not rendered (only rows near the viewport are), then waits for it to appear.
 */
export async function focusVirtualRow(
  body: HTMLElement,
  contacts: readonly Contact[],
  index: number,
): Promise<void> {
  const id = contacts[index]?.id;
  if (id === undefined) return;
  const rowOf = () => body.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`);
  const host = body as VirtualizerHostElement;
  if (!rowOf() && virtualizer) host[virtualizer.virtualizerRef]?.element(index)?.scrollIntoView();
  // The virtualizer renders the rows for the new scroll position within a frame or two.
  for (let frame = 0; frame < 10 && !rowOf(); frame += 1)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  rowOf()?.focus();
}
