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
    flex-wrap: wrap;
    gap: var(--_cb-space);
    align-items: center;
    padding: var(--_cb-space);
    border-bottom: 1px solid var(--_cb-border);
    background: var(--_cb-surface);
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr);
    gap: var(--_cb-space-l);
    padding: var(--_cb-space);
  }
  [part='details'] {
    border-inline-start: 1px solid var(--_cb-border);
    padding-inline-start: var(--_cb-space-l);
  }
  @media (max-width: 56rem) {
    .panes {
      grid-template-columns: minmax(0, 1fr);
    }
    [part='details'] {
      border-inline-start: none;
      padding-inline-start: 0;
      border-top: 1px solid var(--_cb-border);
      padding-top: var(--_cb-space-l);
    }
  }
  [part='notice'] {
    position: sticky;
    bottom: 0;
    display: flex;
    gap: var(--_cb-space-l);
    align-items: center;
    justify-content: center;
    padding: var(--_cb-space);
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
    gap: var(--_cb-space-l);
  }
  dialog h2 {
    margin: 0 0 var(--_cb-space);
    font-size: var(--_cb-heading-size);
  }
  .failure {
    padding: var(--_cb-space-l);
  }
`;
