import { css, unsafeCSS } from 'lit';

/** The colour tokens of one scheme: `--cb-<name>` is the public property that overrides each. */
export interface Palette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  'accent-text': string;
  danger: string;
  selected: string;
  focus: string;
  shadow: string;
  backdrop: string;
  'avatar-text': string;
}

/** The light scheme's defaults (every text colour passes WCAG AA on bg, surface and selected). */
export const lightPalette: Palette = {
  bg: '#ffffff',
  surface: '#f6f7f9',
  text: '#1c1f24',
  muted: '#545c69',
  border: '#c9ced7',
  accent: '#2457c5',
  'accent-text': '#ffffff',
  danger: '#b42318',
  selected: '#e7eefc',
  focus: '0 0 0 3px rgb(36 87 197 / 45%)',
  shadow: '0 6px 20px rgb(0 0 0 / 18%)',
  backdrop: 'rgb(0 0 0 / 35%)',
  'avatar-text': '#ffffff',
};

/** The dark scheme's defaults. */
export const darkPalette: Palette = {
  bg: '#16181d',
  surface: '#1f2229',
  text: '#e7e9ee',
  muted: '#a9b0bd',
  border: '#434b5c',
  accent: '#7aa2f7',
  'accent-text': '#10131a',
  danger: '#ff8a80',
  selected: '#27324a',
  focus: '0 0 0 3px rgb(122 162 247 / 55%)',
  shadow: '0 6px 20px rgb(0 0 0 / 55%)',
  backdrop: 'rgb(0 0 0 / 60%)',
  'avatar-text': '#ffffff',
};

const names = Object.keys(lightPalette) as (keyof Palette)[];

/**
 * Each private colour reads the public property first, then the scheme a `<contact-book theme>`
 * forced (`--_cb-theme-*`, inherited into every shadow root and dialog), then `palette`.
 */
function colourTokens(palette: Palette) {
  return unsafeCSS(
    names
      .map(
        (name) => `--_cb-${name}: var(--cb-${name}, var(--_cb-theme-${name}, ${palette[name]}));`,
      )
      .join('\n'),
  );
}

/** The declarations a `theme` attribute sets on its element to force one scheme below it. */
export function forcedScheme(scheme: 'light' | 'dark') {
  const palette = scheme === 'dark' ? darkPalette : lightPalette;
  return unsafeCSS(
    `--_cb-scheme: ${scheme};\n` +
      names.map((name) => `--_cb-theme-${name}: ${palette[name]};`).join('\n'),
  );
}

/**
 * The design tokens. A page sets the public `--cb-*` properties on any element (or an
 * ancestor: they inherit into every shadow root); each element reads them through private
 * `--_cb-*` copies that fall back to these defaults, so an element used on its own looks right.
 * Colours follow the user's colour scheme unless a `<contact-book theme>` above forces one;
 * sizes derive from `--cb-space`, `--cb-radius` and `--cb-font-size`, so one knob scales all.
 */
export const themeTokens = css`
  :host {
    color-scheme: var(--_cb-scheme, light dark);
    --_cb-font: var(--cb-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_cb-font-size: var(--cb-font-size, 0.9375rem);
    --_cb-font-size-small: var(--cb-font-size-small, 0.85em);
    --_cb-heading-size: var(--cb-heading-size, 1.1rem);
    --_cb-title-size: var(--cb-title-size, 1.35rem);
    --_cb-radius: var(--cb-radius, 6px);
    --_cb-radius-large: var(--cb-radius-large, calc(var(--_cb-radius) * 2));
    --_cb-radius-pill: var(--cb-radius-pill, 999px);
    --_cb-space: var(--cb-space, 0.5rem);
    --_cb-space-xs: calc(var(--_cb-space) * 0.5);
    --_cb-space-s: calc(var(--_cb-space) * 0.75);
    --_cb-space-l: calc(var(--_cb-space) * 2);
    --_cb-space-xl: calc(var(--_cb-space) * 4);
    ${colourTokens(lightPalette)}
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${colourTokens(darkPalette)}
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
    padding: calc(var(--_cb-space) * 0.7) calc(var(--_cb-space) * 1.5);
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
    padding: calc(var(--_cb-space) * 0.7) var(--_cb-space);
    max-width: 100%;
    box-sizing: border-box;
  }
  /* The ring is a shadow; the transparent outline is what Windows high contrast (forced colours,
     which drops shadows) paints instead. */
  :focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_cb-focus);
  }
  dialog {
    background: var(--_cb-bg);
    color: var(--_cb-text);
    border: 1px solid var(--_cb-border);
    border-radius: var(--_cb-radius-large);
    padding: var(--_cb-space-l) calc(var(--_cb-space) * 2.5);
    max-width: min(92vw, 44rem);
    box-sizing: border-box;
  }
  /* Opening a dialog focuses the dialog itself; its border already shows where focus is. */
  dialog:focus-visible {
    outline: none;
    box-shadow: none;
  }
  /* Forced colours drop backgrounds: mark the chosen row, tab or hit with the system highlight. */
  @media (forced-colors: active) {
    [aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  dialog::backdrop {
    background: var(--_cb-backdrop);
  }
  .error {
    color: var(--_cb-danger);
    font-size: var(--_cb-font-size-small);
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
