import { css } from 'lit';
import { tabStyles } from './tab-styles.js';

/** The editor's own styles (tabs, field grid, rows, summary). */
export const editorStyles = css`
  ${tabStyles}
  :host {
    display: block;
  }
  [role='tablist'] {
    margin-bottom: 0.75rem;
    flex-wrap: wrap;
  }
  [role='tab'].invalid {
    color: var(--_cb-danger);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem 0.75rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.85em;
    color: var(--_cb-muted);
  }
  label > :is(input, select, textarea) {
    color: var(--_cb-text);
    font-size: var(--_cb-font-size);
  }
  fieldset {
    border: 1px solid var(--_cb-border);
    border-radius: var(--_cb-radius);
    margin: 0 0 0.75rem;
  }
  legend {
    font-weight: 600;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: flex-end;
    flex-wrap: wrap;
    margin-bottom: 0.5rem;
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
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  footer {
    display: flex;
    justify-content: flex-end;
    gap: var(--_cb-space);
    margin-top: 1rem;
  }
`;
