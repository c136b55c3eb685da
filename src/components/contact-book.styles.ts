import { css } from 'lit';
import { forcedScheme } from './theme.js';

/** The drop-in's own layout: toolbar, panes, notice, dialogs. */
export const bookStyles = css`
  :host {
    display: block;
    background: var(--_cb-bg);
  }
  :host([theme='light']) {
    ${forcedScheme('light')}
  }
  :host([theme='dark']) {
    ${forcedScheme('dark')}
  }
  [part='toolbar'] {
    display: flex;
    gap: var(--_cb-space);
    align-items: center;
    padding: var(--_cb-space);
    border-bottom: 1px solid var(--_cb-border);
    background: var(--_cb-surface);
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr);
    gap: 1rem;
    padding: var(--_cb-space);
  }
  @media (max-width: 56rem) {
    .panes {
      grid-template-columns: 1fr;
    }
  }
  [part='details'] {
    border-left: 1px solid var(--_cb-border);
    padding-left: 1rem;
  }
  [part='notice'] {
    position: sticky;
    bottom: 0;
    display: flex;
    gap: 1rem;
    align-items: center;
    justify-content: center;
    padding: 0.5rem;
    background: var(--_cb-text);
    color: var(--_cb-bg);
  }
  [part='notice'] button {
    background: none;
    color: inherit;
    border-color: currentColor;
  }
  dialog > header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .failure {
    padding: 1rem;
  }
`;
