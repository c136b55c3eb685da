import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { query, state } from 'lit/decorators.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';

/** What to ask. `requireText`: the user must type it before the confirm button works. */
export interface ConfirmRequest {
  heading: string;
  message: string;
  confirmLabel: string;
  requireText?: string;
}

/**
 * @summary A modal confirmation before anything destructive; `ask()` resolves true only when
 * the user confirms (typing the required text when there is one).
 * @csspart dialog - the dialog.
 */
@localized()
export class ContactConfirm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      label {
        display: grid;
        gap: var(--_cb-space-xs);
      }
    `,
  ];

  @state() private request: ConfirmRequest | undefined;
  @state() private typed = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve: ((confirmed: boolean) => void) | undefined;

  /** Opens the dialog; resolves with the user's answer. */
  async ask(request: ConfirmRequest): Promise<boolean> {
    this.resolve?.(false);
    this.request = request;
    this.typed = '';
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  override render() {
    const request = this.request;
    const ready = !request?.requireText || this.typed.trim() === request.requireText;
    return html`<dialog part="dialog" aria-labelledby="heading" @close=${this.handleClose}>
      ${
        request
          ? html`<form method="dialog" @submit=${this.handleSubmit}>
              <h2 id="heading">${request.heading}</h2>
              <p>${request.message}</p>
              ${
                request.requireText
                  ? html`<label>
                      ${t('Type "{text}" to confirm', { text: request.requireText })}
                      <input
                        autocomplete="off"
                        .value=${this.typed}
                        @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)}
                      />
                    </label>`
                  : nothing
              }
              <p>
                <button type="button" value="cancel" @click=${() => this.finish(false)}>
                  ${t('Cancel')}
                </button>
                <button type="submit" class="primary" ?disabled=${!ready}>
                  ${request.confirmLabel}
                </button>
              </p>
            </form>`
          : nothing
      }
    </dialog>`;
  }

  private handleSubmit = (event: Event) => {
    event.preventDefault();
    const request = this.request;
    if (request?.requireText && this.typed.trim() !== request.requireText) return;
    this.finish(true);
  };

  // A `close` event is queued: when it arrives the dialog may already be open for the next
  // question (asked right after an answer), which it must not cancel.
  private handleClose = () => {
    if (!this.dialog.open) this.finish(false);
  };

  private finish(confirmed: boolean) {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(confirmed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-confirm': ContactConfirm;
  }
}
