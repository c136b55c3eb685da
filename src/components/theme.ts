import { css } from 'lit';

/**
 * The design tokens. A page sets the public `--cb-*` properties on any element (or an
 * ancestor: they inherit into every shadow root); each element reads them through private
 * `--_cb-*` copies that fall back to these defaults, so an element used on its own looks right.
 * Light and dark defaults follow the user's colour scheme.
 */
export const themeTokens = css`
  :host {
    --_cb-font: var(--cb-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_cb-font-size: var(--cb-font-size, 0.9375rem);
    --_cb-radius: var(--cb-radius, 6px);
    --_cb-space: var(--cb-space, 0.5rem);
    --_cb-bg: var(--cb-bg, #ffffff);
    --_cb-surface: var(--cb-surface, #f6f7f9);
    --_cb-text: var(--cb-text, #1c1f24);
    --_cb-muted: var(--cb-muted, #5b6472);
    --_cb-border: var(--cb-border, #d5d9e0);
    --_cb-accent: var(--cb-accent, #2457c5);
    --_cb-accent-text: var(--cb-accent-text, #ffffff);
    --_cb-danger: var(--cb-danger, #b42318);
    --_cb-selected: var(--cb-selected, #e7eefc);
    --_cb-focus: var(--cb-focus, 0 0 0 3px rgb(36 87 197 / 45%));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_cb-bg: var(--cb-bg, #16181d);
      --_cb-surface: var(--cb-surface, #1f2229);
      --_cb-text: var(--cb-text, #e7e9ee);
      --_cb-muted: var(--cb-muted, #a2a9b6);
      --_cb-border: var(--cb-border, #394050);
      --_cb-accent: var(--cb-accent, #7aa2f7);
      --_cb-accent-text: var(--cb-accent-text, #10131a);
      --_cb-danger: var(--cb-danger, #f97066);
      --_cb-selected: var(--cb-selected, #27324a);
      --_cb-focus: var(--cb-focus, 0 0 0 3px rgb(122 162 247 / 55%));
    }
  }
`;

/** Shared control styles: buttons, inputs and a visible keyboard focus everywhere. */
export const controlStyles = css`
  ${themeTokens}
  :host {
    font-family: var(--_cb-font);
    font-size: var(--_cb-font-size);
    color: var(--_cb-text);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--_cb-surface);
    border: 1px solid var(--_cb-border);
    border-radius: var(--_cb-radius);
    padding: 0.35rem 0.75rem;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--_cb-accent);
    border-color: var(--_cb-accent);
    color: var(--_cb-accent-text);
  }
  button.danger {
    color: var(--_cb-danger);
  }
  input,
  select,
  textarea {
    background: var(--_cb-bg);
    border: 1px solid var(--_cb-border);
    border-radius: var(--_cb-radius);
    padding: 0.35rem 0.5rem;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_cb-focus);
  }
  dialog {
    background: var(--_cb-bg);
    color: var(--_cb-text);
    border: 1px solid var(--_cb-border);
    border-radius: calc(var(--_cb-radius) * 2);
    padding: 1rem 1.25rem;
    max-width: min(92vw, 44rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 35%);
  }
  .error {
    color: var(--_cb-danger);
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
