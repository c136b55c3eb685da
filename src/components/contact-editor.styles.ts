import { css } from 'lit';

/** The editor's own styles (tabs, field grid, rows, summary). */
export const editorStyles = css`
  :host {
    display: block;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--cb-border);
    margin-bottom: 0.75rem;
    flex-wrap: wrap;
  }
  [role='tab'] {
    border: none;
    border-bottom: 2px solid transparent;
    border-radius: 0;
    background: none;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--cb-accent);
    font-weight: 600;
  }
  [role='tab'].invalid {
    color: var(--cb-danger);
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
    color: var(--cb-muted);
  }
  label > :is(input, select, textarea) {
    color: var(--cb-text);
    font-size: var(--cb-font-size);
  }
  fieldset {
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
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
    border-color: var(--cb-danger);
  }
  .summary {
    border: 1px solid var(--cb-danger);
    border-radius: var(--cb-radius);
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  footer {
    display: flex;
    justify-content: flex-end;
    gap: var(--cb-space);
    margin-top: 1rem;
  }
`;
