import { css } from 'lit';

/**
 * The design tokens (`--cb-*`), defined once on `<contact-book>`'s host and inherited by every
 * element inside it. A page overrides any of them on the element: `contact-book { --cb-accent: … }`.
 */
export const themeTokens = css`
  :host {
    --cb-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --cb-font-size: 0.9375rem;
    --cb-radius: 6px;
    --cb-space: 0.5rem;
    --cb-bg: #ffffff;
    --cb-surface: #f6f7f9;
    --cb-text: #1c1f24;
    --cb-muted: #5b6472;
    --cb-border: #d5d9e0;
    --cb-accent: #2457c5;
    --cb-accent-text: #ffffff;
    --cb-danger: #b42318;
    --cb-selected: #e7eefc;
    --cb-focus: 0 0 0 3px rgb(36 87 197 / 45%);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --cb-bg: #16181d;
      --cb-surface: #1f2229;
      --cb-text: #e7e9ee;
      --cb-muted: #a2a9b6;
      --cb-border: #394050;
      --cb-accent: #7aa2f7;
      --cb-accent-text: #10131a;
      --cb-danger: #f97066;
      --cb-selected: #27324a;
      --cb-focus: 0 0 0 3px rgb(122 162 247 / 55%);
    }
  }
`;

/** Shared control styles: buttons, inputs and a visible keyboard focus everywhere. */
export const controlStyles = css`
  :host {
    font-family: var(--cb-font);
    font-size: var(--cb-font-size);
    color: var(--cb-text);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--cb-surface);
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
    padding: 0.35rem 0.75rem;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--cb-accent);
    border-color: var(--cb-accent);
    color: var(--cb-accent-text);
  }
  button.danger {
    color: var(--cb-danger);
  }
  input,
  select,
  textarea {
    background: var(--cb-bg);
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
    padding: 0.35rem 0.5rem;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--cb-focus);
  }
  dialog {
    background: var(--cb-bg);
    color: var(--cb-text);
    border: 1px solid var(--cb-border);
    border-radius: calc(var(--cb-radius) * 2);
    padding: 1rem 1.25rem;
    max-width: min(92vw, 44rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 35%);
  }
  .error {
    color: var(--cb-danger);
    font-size: 0.85em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
