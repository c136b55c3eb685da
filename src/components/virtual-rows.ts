import { css, type TemplateResult } from 'lit';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import type { Contact } from '../core/contact.js';

/** Past this many rows on one page, the list renders only the rows in view (virtualised). */
export const VIRTUALIZE_ABOVE = 100;

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

/** The virtualize directive over contacts: a scrolling body that renders the rows in view. */
export function virtualRows(
  contacts: Contact[],
  renderRow: (contact: Contact, index: number) => TemplateResult,
) {
  return virtualize({
    items: contacts,
    keyFunction: (contact: Contact) => contact.id,
    renderItem: renderRow,
    scroller: true,
  });
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
  if (!rowOf()) (body as VirtualizerHostElement)[virtualizerRef]?.element(index)?.scrollIntoView();
  // The virtualizer renders the rows for the new scroll position within a frame or two.
  for (let frame = 0; frame < 10 && !rowOf(); frame += 1)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  rowOf()?.focus();
}
