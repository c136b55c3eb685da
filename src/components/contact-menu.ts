import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property, query, state } from 'lit/decorators.js';
import { emit } from './events.js';
import { controlStyles } from './theme.js';

/** One entry of a menu. */
export interface MenuItem {
  value: string;
  label: string;
  disabled?: boolean;
  /** Why the item is disabled: its tooltip. */
  reason?: string;
  danger?: boolean;
}

/**
 * @summary A menu button: a button that opens a list of actions, fully usable by keyboard
 * (Enter/Space/ArrowDown open, arrows move, Escape closes and returns focus).
 * @event contact-menu-select - `{ value }` of the chosen item.
 * @csspart button - the button that opens the menu.
 * @csspart menu - the list of items.
 */
@localized()
export class ContactMenu extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      [role='menu'] {
        position: absolute;
        z-index: 10;
        min-width: 11rem;
        max-width: calc(100vw - 0.5rem);
        margin: var(--_cb-space-xs) 0 0;
        padding: var(--_cb-space-xs);
        list-style: none;
        background: var(--_cb-bg);
        border: 1px solid var(--_cb-border);
        border-radius: var(--_cb-radius);
        box-shadow: var(--_cb-shadow);
      }
      :host([align='end']) [role='menu'] {
        right: 0;
      }
      [role='menuitem'] {
        display: block;
        width: 100%;
        text-align: start;
        border: none;
        background: none;
      }
      [role='menuitem']:hover:not(:disabled),
      [role='menuitem']:focus-visible {
        background: var(--_cb-selected);
      }
      .danger {
        color: var(--_cb-danger);
      }
    `,
  ];

  /** The button's text. */
  @property() label = '';
  /** The entries. */
  @property({ attribute: false }) items: MenuItem[] = [];
  /** The button's accessible name when the label is only a symbol (⋯). */
  @property({ attribute: 'accessible-label' }) accessibleLabel = '';
  /** `end` opens the menu towards the left edge. */
  @property({ reflect: true }) align: 'start' | 'end' = 'start';

  @state() private open = false;
  @query('[part="button"]') private button!: HTMLButtonElement;

  /** Focuses the menu's button (so a toolbar can move to it with the arrow keys). */
  override focus(options?: FocusOptions): void {
    this.button.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.handleOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.handleOutside);
  }

  override render() {
    return html`
      <button
        part="button"
        aria-haspopup="menu"
        aria-label=${this.accessibleLabel || nothing}
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${this.handleToggle}
        @keydown=${this.handleButtonKeydown}
      >
        ${this.label}${this.accessibleLabel ? '' : ' ▾'}
      </button>
      ${
        this.open
          ? html`<ul
              part="menu"
              role="menu"
              aria-label=${this.label}
              @keydown=${this.handleMenuKeydown}
            >
              ${this.items.map(
                (item) =>
                  html`<li role="none">
                    <button
                      role="menuitem"
                      tabindex="-1"
                      class=${item.danger ? 'danger' : ''}
                      ?disabled=${item.disabled}
                      title=${(item.disabled && item.reason) || nothing}
                      @click=${() => this.choose(item)}
                    >
                      ${item.label}
                    </button>
                  </li>`,
              )}
            </ul>`
          : null
      }
    `;
  }

  private handleToggle = () => {
    if (this.open) this.close();
    else void this.show();
  };

  private handleButtonKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && !this.open) {
      event.preventDefault();
      void this.show();
    }
  };

  private handleMenuKeydown = (event: KeyboardEvent) => {
    const items = this.enabledItems();
    const index = items.indexOf(this.shadowRoot!.activeElement as HTMLButtonElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Tab') {
      // Back to the button first, so the browser's Tab moves on from there, not from nowhere.
      this.button.focus();
      this.close();
      return;
    } else if (event.key === 'Escape') {
      this.close();
      this.button.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  private handleOutside = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.close();
  };

  private async show() {
    this.open = true;
    await this.updateComplete;
    this.keepInView();
    this.enabledItems()[0]?.focus();
  }

  /** Slides the open menu sideways when it would stick out of the viewport (a phone's Export). */
  private keepInView() {
    const menu = this.renderRoot.querySelector<HTMLElement>('[role="menu"]');
    if (!menu) return;
    const margin = 4;
    const width = document.documentElement.clientWidth;
    const { left, right } = menu.getBoundingClientRect();
    const shift = right > width - margin ? Math.max(width - margin - right, margin - left) : 0;
    const back = left < margin ? margin - left : shift;
    if (back) Object.assign(menu.style, { left: `${menu.offsetLeft + back}px`, right: 'auto' });
  }

  private close() {
    this.open = false;
  }

  private choose(item: MenuItem) {
    this.close();
    this.button.focus();
    emit(this, 'contact-menu-select', { value: item.value });
  }

  private enabledItems(): HTMLButtonElement[] {
    return [
      ...this.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-menu': ContactMenu;
  }
}
