import { LitElement, css, html, type PropertyValues } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import {
  isPhoneMetadataLoaded,
  loadPhoneMetadata,
  parsePhone,
  phoneCountries,
  toE164,
} from '../core/phone.js';
import { DEFAULT_PREFERENCES } from '../core/prefs.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { getLocale, t } from './i18n.js';
import { controlStyles } from './theme.js';

/** Countries by their name in the active language, with their calling code. */
function countryOptions(locale: string): { country: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return phoneCountries()
    .map(({ country, callingCode }) => ({
      country,
      label: `${names.of(country) ?? country} (+${callingCode})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * @summary A phone or fax number typed as country + national number, producing E.164
 * (libphonenumber-js). The editor uses it so a fax number is clickable (international format).
 *
 * @event contact-phone-change - `{ value, country, valid }` on every user edit; `value` is E.164 when valid.
 *
 * @csspart base - The row.
 * @csspart label - Each visible label (Country, and the number's).
 * @csspart country - The country select.
 * @csspart number - The number input.
 * @csspart error - Why the number is not valid (after the user leaves the input).
 */
@localized()
export class ContactPhoneInput extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      [part='base'] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space-xs) var(--_cb-space);
        align-items: flex-end;
      }
      /* The same look as the editor's labelled fields: small muted text above the control. */
      label {
        display: grid;
        gap: var(--_cb-space-xs);
        font-size: var(--_cb-font-size-small);
        color: var(--_cb-muted);
      }
      label > :is(input, select) {
        color: var(--_cb-text);
        font-size: var(--_cb-font-size);
      }
      select {
        max-width: 14rem;
      }
      [aria-invalid='true'] {
        border-color: var(--_cb-danger);
      }
      [part='error'] {
        color: var(--_cb-danger);
        font-size: var(--_cb-font-size-small);
        flex-basis: 100%;
      }
    `,
  ];

  /** The number, E.164 when it parses (setting it fires no event). */
  @property() value = '';

  /** The country of a number typed without +; defaults to the number's own, else the `defaultRegion` preference. */
  @property() country?: string;

  /** The accessible name of the number input ("Fax", "Mobile"…). */
  @property() label = '';

  @state() private number = '';
  @state() private error = '';
  @state() private touched = false;
  /** The phone metadata has loaded (a book loads it; alone, this element does). */
  @state() private phoneReady = isPhoneMetadataLoaded();

  private readonly books = new BookController(this);
  private typedValue: string | undefined;
  /** The country list per locale, built once each. */
  private static options = new Map<string, { country: string; label: string }[]>();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.phoneReady) void loadPhoneMetadata().then(() => (this.phoneReady = true));
  }

  override willUpdate(changed: PropertyValues): void {
    // A value the user typed stays as typed; one set by the host is shown in national format.
    const reread = changed.has('value') || changed.has('phoneReady');
    if (this.phoneReady && reread && this.value !== this.typedValue) {
      const parsed = parsePhone(this.value);
      if (parsed?.country) {
        this.country = parsed.country;
        this.number = parsed.formatNational();
      } else {
        this.number = this.value;
      }
    }
  }

  override render() {
    const locale = getLocale();
    if (this.phoneReady && !ContactPhoneInput.options.has(locale)) {
      ContactPhoneInput.options.set(locale, countryOptions(locale));
    }
    const options = this.phoneReady ? ContactPhoneInput.options.get(locale)! : [];
    const country =
      this.country ?? (this.books.book?.preferences ?? DEFAULT_PREFERENCES).defaultRegion ?? '';
    return html`<div part="base">
      <label part="label">
        ${t('Country')}
        <select part="country" ?disabled=${!this.phoneReady} @change=${this.handleCountryChange}>
          <option value="" ?selected=${!country}>${t('Country…')}</option>
          ${options.map(
            (option) =>
              html`<option value=${option.country} ?selected=${option.country === country}>
                ${option.label}
              </option>`,
          )}
        </select>
      </label>
      <label part="label">
        ${this.label || t('Number')}
        <input
          part="number"
          type="tel"
          autocomplete="tel"
          ?disabled=${!this.phoneReady}
          aria-invalid=${this.touched && this.error ? 'true' : 'false'}
          .value=${this.number}
          @input=${this.handleInput}
          @blur=${this.handleBlur}
        />
      </label>
      <span part="error" role="alert" ?hidden=${!(this.touched && this.error)}
        >${t(this.error)}</span
      >
    </div>`;
  }

  private handleCountryChange(event: Event): void {
    this.country = (event.target as HTMLSelectElement).value || undefined;
    this.commit();
  }

  private handleInput(event: Event): void {
    this.number = (event.target as HTMLInputElement).value;
    this.commit();
  }

  private handleBlur(): void {
    this.touched = true;
  }

  /** Validates what is typed and tells the host (E.164 when valid, as typed otherwise). */
  private commit(): void {
    const country =
      this.country ?? (this.books.book?.preferences ?? DEFAULT_PREFERENCES).defaultRegion;
    const result = toE164({ country, number: this.number });
    this.error = result.ok ? '' : result.reason;
    const value = result.ok ? result.value : this.number.trim();
    this.typedValue = value;
    this.value = value;
    emit(this, 'contact-phone-change', { value, country, valid: result.ok });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-phone-input': ContactPhoneInput;
  }
}
