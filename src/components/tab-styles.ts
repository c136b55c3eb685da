import { css } from 'lit';

/** The look of a WAI-ARIA tab list (the editor's and the details'): underlined selected tab. */
export const tabStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cb-space-xs);
    border-bottom: 1px solid var(--_cb-border);
  }
  [role='tab'] {
    border: none;
    border-bottom: 2px solid transparent;
    border-radius: 0;
    background: none;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_cb-accent);
    font-weight: 600;
  }
`;
