import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { ValidationError, type FieldIssue } from '../core/errors.js';
import type { Preferences } from '../core/prefs.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { translateMessage } from './core-messages.js';
import { controlStyles } from './theme.js';

/**
 * @summary The preferences form: display order, contacts per page, IM links, default phone
 * region, map provider. Saves through the book (validated in core).
 * @event contact-preferences-saved - the preferences were saved.
 * @event contact-cancel - the user closed the form without saving.
 * @csspart base - the form.
 */
@localized()
export class ContactPreferences extends LitElement {
  static override styles = [
    controlStyles,
    css`
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 var(--_cb-space-s);
      }
      label {
        display: block;
        margin: var(--_cb-space-xs) 0;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        gap: var(--_cb-space);
      }
    `,
  ];

  @state() private draft: Preferences | undefined;
  @state() private issues: FieldIssue[] = [];
  private readonly books = new BookController(this);

  /** Loads the saved preferences into the form (call before showing it). */
  reset(): void {
    this.draft = this.books.book ? { ...this.books.book.preferences } : undefined;
    this.issues = [];
  }

  override render() {
    const draft = this.draft ?? this.books.book?.preferences;
    if (!draft) return nothing;
    const error = (field: string) =>
      this.issues.find((issue) => String(issue.path[0] ?? '') === field)?.message;
    return html`<form part="base" novalidate @submit=${this.handleSubmit}>
      <fieldset>
        <legend>${t('Show names as')}</legend>
        ${(['last-first', 'first-last'] as const).map(
          (order) =>
            html`<label>
              <input
                type="radio"
                name="displayOrder"
                value=${order}
                .checked=${draft.displayOrder === order}
                @change=${() => this.patch({ displayOrder: order })}
              />
              ${order === 'last-first' ? t('Last name, first name (Doe, Jane)') : t('First name last name (Jane Doe)')}
            </label>`,
        )}
      </fieldset>
      <label>
        ${t('Contacts per page (5–50)')}
        <input
          name="pageSize"
          type="number"
          min="5"
          max="50"
          .value=${Number.isNaN(draft.pageSize) ? '' : String(draft.pageSize)}
          aria-invalid=${error('pageSize') ? 'true' : 'false'}
          @input=${(event: Event) => this.patch({ pageSize: (event.target as HTMLInputElement).valueAsNumber })}
        />
        ${error('pageSize') ? html`<span class="error" role="alert">${translateMessage(error('pageSize')!)}</span>` : nothing}
      </label>
      <label>
        <input
          type="checkbox"
          name="onePage"
          .checked=${draft.onePage}
          @change=${(event: Event) => this.patch({ onePage: (event.target as HTMLInputElement).checked })}
        />
        ${t('All contacts on one scrolling page')}
      </label>
      <label>
        <input
          type="checkbox"
          name="imLinks"
          .checked=${draft.imLinks}
          @change=${(event: Event) => this.patch({ imLinks: (event.target as HTMLInputElement).checked })}
        />
        ${t('Show IM addresses as links')}
      </label>
      <label>
        ${t('Country for phone numbers typed without + (e.g. US, FR)')}
        <input
          name="defaultRegion"
          maxlength="2"
          .value=${draft.defaultRegion ?? ''}
          @input=${(event: Event) =>
            this.patch({
              defaultRegion: (event.target as HTMLInputElement).value.toUpperCase() || undefined,
            })}
        />
        ${error('defaultRegion') ? html`<span class="error" role="alert">${translateMessage(error('defaultRegion')!)}</span>` : nothing}
      </label>
      <label>
        ${t('Open maps with')}
        <select
          name="mapProvider"
          .value=${draft.mapProvider}
          @change=${(event: Event) =>
            this.patch({
              mapProvider: (event.target as HTMLSelectElement).value as Preferences['mapProvider'],
            })}
        >
          <option value="google" ?selected=${draft.mapProvider === 'google'}>Google Maps</option>
          <option value="openstreetmap" ?selected=${draft.mapProvider === 'openstreetmap'}>
            OpenStreetMap
          </option>
        </select>
      </label>
      ${error('') ? html`<p class="error" role="alert">${translateMessage(error('')!)}</p>` : nothing}
      <footer role="none">
        <button type="button" @click=${this.handleCancel}>${t('Cancel')}</button>
        <button type="submit" class="primary">${t('Save')}</button>
      </footer>
    </form>`;
  }

  private handleSubmit = async (event: Event) => {
    event.preventDefault();
    const book = this.books.book;
    if (!book || !this.draft) return;
    try {
      const preferences = await book.setPreferences(this.draft);
      this.issues = [];
      emit(this, 'contact-preferences-saved', { preferences });
    } catch (error) {
      this.issues =
        error instanceof ValidationError
          ? error.issues
          : [{ path: [], message: error instanceof Error ? error.message : String(error) }];
    }
  };

  private handleCancel = () => {
    this.reset();
    emit(this, 'contact-cancel', {});
  };

  private patch(patch: Partial<Preferences>) {
    this.draft = { ...(this.draft ?? this.books.book!.preferences), ...patch };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-preferences': ContactPreferences;
  }
}
