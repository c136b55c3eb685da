import { css } from 'lit';
import { tabStyles } from './tab-styles.js';

/** The editor's own styles (tabs, field grid, rows, summary). */
export const editorStyles = css`
  ${tabStyles}
  :host {
    display: block;
  }
  [role='tablist'] {
    margin-bottom: var(--_cb-space-s);
    flex-wrap: wrap;
  }
  [role='tab'].invalid {
    color: var(--_cb-danger);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_cb-space) var(--_cb-space-s);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_cb-space-xs);
    font-size: var(--_cb-font-size-small);
    color: var(--_cb-muted);
  }
  label > :is(input, select, textarea) {
    color: var(--_cb-text);
    font-size: var(--_cb-font-size);
  }
  fieldset {
    border: 1px solid var(--_cb-border);
    border-radius: var(--_cb-radius);
    margin: 0 0 var(--_cb-space-s);
  }
  legend {
    font-weight: 600;
  }
  .row {
    display: flex;
    gap: var(--_cb-space);
    align-items: flex-end;
    flex-wrap: wrap;
    margin-bottom: var(--_cb-space);
  }
  .row > label {
    flex: 1 1 10rem;
  }
  textarea {
    width: 100%;
    min-height: 8rem;
    box-sizing: border-box;
  }
  [aria-invalid='true'] {
    border-color: var(--_cb-danger);
  }
  .summary {
    border: 1px solid var(--_cb-danger);
    border-radius: var(--_cb-radius);
    padding: var(--_cb-space) var(--_cb-space-s);
    margin-bottom: var(--_cb-space-s);
  }
  footer {
    display: flex;
    justify-content: flex-end;
    gap: var(--_cb-space);
    margin-top: var(--_cb-space-l);
  }
`;
