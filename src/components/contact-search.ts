import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { state, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { displayName, type Contact } from '../core/contact.js';
import { QUERY_MESSAGE_TEMPLATES } from '../core/search/query-messages.js';
import type { QueryMessage } from '../core/search/query-types.js';
import { addRecentSearch } from '../core/search/recent-searches.js';
import type { SearchResult, TagsOf } from '../core/search/search-index.js';
import { BookController } from './book-controller.js';
import { SearchController } from './search-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';

/** At most this many hits in the drop-down; the list shows all of them. */
const DROPDOWN_HITS = 10;
/** At most this many characters of the query are quoted back to the user. */
const QUOTED_QUERY = 60;

/**
 * @summary A search field over the book: the best results as you type (debounced) in a drop-down
 * over the page, the user's 5 most recent searches in the drop-down of the empty field, "Include group data", an Advanced search form, messages for
 * the parts of a query that were ignored, and a clear empty state. Syntax: docs/search.md.
 *
 * Keyboard: ↓/↑ move through the recent searches (empty field) or the results; Enter runs the
 * search (and closes the drop-down: the list shows the results), or picks the highlighted recent
 * search or result; Escape closes the drop-down, then clears the field. The drop-down also closes
 * when the field loses the focus and when a result is chosen.
 *
 * @event contact-search - New results (or a cleared search: empty `query`), for the list to show.
 * @event contact-select - A result was chosen (click or Enter).
 * @csspart base - The wrapper.
 * @csspart input - The search field.
 * @csspart advanced-toggle - The button that shows the Advanced search form.
 * @csspart group-data - The "Include group data" label and checkbox.
 * @csspart popup - The drop-down (recent searches or results), over the content below.
 * @csspart recent - The drop-down of recent searches.
 * @csspart messages - What the query parser ignored.
 * @csspart error - Why a query was refused.
 * @csspart count - How many contacts match.
 * @csspart results - The list of results; `result` each item, `result-name` and `result-detail` its lines.
 * @csspart more - How many more results the list shows.
 * @csspart empty - The empty state.
 * @cssproperty --cb-search-active - Background of the highlighted option.
 */
@localized()
export class ContactSearch extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        --cb-search-active: var(--_cb-selected);
      }
      .field {
        position: relative;
      }
      .bar {
        display: flex;
        gap: var(--_cb-space);
      }
      input[type='search'] {
        flex: 1;
        min-width: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [part='group-data'] {
        display: block;
        margin-block: calc(var(--_cb-space) * 0.7);
      }
      [part='popup'] {
        position: absolute;
        inset-inline: 0;
        top: 100%;
        z-index: 10;
        max-height: 20rem;
        overflow: auto;
        margin-top: calc(var(--_cb-space) * 0.25);
        background: var(--_cb-bg);
        border: 1px solid var(--_cb-border);
        border-radius: var(--_cb-radius);
        box-shadow: var(--_cb-shadow);
      }
      [part='more'] {
        margin: 0;
        padding: calc(var(--_cb-space) * 0.7) var(--_cb-space);
        border-top: 1px solid var(--_cb-border);
      }
      [role='option'] {
        padding: calc(var(--_cb-space) * 0.7) var(--_cb-space);
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--cb-search-active);
      }
      .detail,
      [part='count'],
      [part='messages'],
      [part='more'],
      [part='empty'] {
        color: var(--_cb-muted);
      }
      .detail {
        display: block;
        font-size: var(--_cb-font-size-small);
      }
      [part='error'] {
        color: var(--_cb-danger);
      }
      [hidden] {
        display: none;
      }
    `,
  ];

  /** Milliseconds of quiet typing before the search runs. */
  @property({ type: Number }) delay = 200;
  /** The user's tags of a contact, for `tag:` (tags are records of their own). */
  @property({ attribute: false }) tagsOf: TagsOf = () => [];
  /** How many matches the list shows when the host widened the search ("Include group data"). */
  @property({ attribute: false }) listedTotal?: number;

  @state() private query = '';
  @state() private recentOpen = false;
  @state() private resultsOpen = false;
  @state() private active = -1;
  @state() private advancedOpen = false;

  private readonly books = new BookController(this);
  private readonly search = new SearchController(this, {
    books: this.books,
    tagsOf: (id) => this.tagsOf(id),
    delay: () => this.delay,
    onSearch: () => this.handleSearch(),
  });

  override render() {
    const recent = this.recentSearches;
    const showRecent = this.recentOpen && recent.length > 0;
    const hits = this.dropdownHits;
    const showResults = !showRecent && this.resultsOpen && hits.length > 0;
    const activeId =
      this.active < 0 ? undefined : `${showRecent ? 'recent' : 'result'}-${this.active}`;
    return html`
      <div part="base">
        <div class="field">
          <div class="bar">
            <input
              part="input"
              type="search"
              role="combobox"
              aria-label=${t('Search contacts')}
              placeholder=${t('Search contacts')}
              aria-autocomplete="list"
              aria-expanded=${showRecent || showResults ? 'true' : 'false'}
              aria-controls=${showRecent ? 'recent' : showResults ? 'results' : nothing}
              aria-activedescendant=${activeId ?? nothing}
              .value=${live(this.query)}
              @input=${this.handleInput}
              @keydown=${this.handleKeydown}
              @focus=${this.handleFocus}
              @blur=${this.handleBlur}
            />
            <button
              part="advanced-toggle"
              type="button"
              aria-expanded=${this.advancedOpen ? 'true' : 'false'}
              aria-controls="advanced"
              @click=${this.handleAdvancedToggle}
            >
              ${t('Advanced')}
            </button>
          </div>
          <div part="popup" ?hidden=${!showRecent && !showResults}>
            <ul
              id="recent"
              part="recent"
              role="listbox"
              aria-label=${t('Recent searches')}
              ?hidden=${!showRecent}
            >
              ${recent.map(
                (text, index) => html`
                  <li
                    id="recent-${index}"
                    role="option"
                    aria-selected=${showRecent && index === this.active ? 'true' : 'false'}
                    @mousedown=${(event: MouseEvent) => this.handleRecentPick(event, text)}
                  >
                    ${text}
                  </li>
                `,
              )}
            </ul>
            ${showResults ? this.renderHits(hits) : nothing}
          </div>
        </div>
        <label part="group-data">
          <input
            type="checkbox"
            .checked=${live(this.includeGroupData)}
            @change=${this.handleGroupData}
          />
          ${t('Include group data')}
        </label>
        <contact-search-advanced
          id="advanced"
          ?hidden=${!this.advancedOpen}
          @contact-advanced-search=${this.handleAdvancedSearch}
        ></contact-search-advanced>
        ${
          this.search.refusal
            ? html`<p part="error" role="alert">${translate(this.search.refusal)}</p>`
            : nothing
        }
        <div role="status">
          <ul part="messages">
            ${(this.search.result?.messages ?? []).map(
              (message) => html`<li>${translate(message)}</li>`,
            )}
          </ul>
        </div>
        ${this.renderSummary()}
      </div>
    `;
  }

  /** How many contacts match (stays under the field for the list's sake), or the empty state. */
  private renderSummary() {
    const result = this.search.result;
    if (!result || !result.query.text.trim()) return nothing;
    const listed = this.listedTotal ?? 0;
    if (!result.hits.length && !listed) {
      return html`
        <div part="empty">
          <p>${t('No contacts match “{query}”.', { query: shorten(result.query.text.trim()) })}</p>
          <p>${t('Check the spelling, use fewer words, or put OR between alternatives.')}</p>
        </div>
      `;
    }
    const { hits } = result;
    const total = Math.max(result.total, listed);
    const count =
      listed <= result.total && total > hits.length
        ? t('The best {shown} of {total} contacts', { shown: hits.length, total })
        : t(total === 1 ? '1 contact' : '{total} contacts', { total });
    return html`<p part="count" role="status">${count}</p>`;
  }

  /** The best hits in the drop-down, and how many more the list shows. */
  private renderHits(hits: SearchResult['hits']) {
    const order = this.books.book?.preferences.displayOrder;
    const more = (this.search.result?.hits.length ?? 0) - hits.length;
    return html`
      <ul id="results" part="results" role="listbox" aria-label=${t('Search results')}>
        ${hits.map(
          ({ contact }, index) => html`
            <li
              id="result-${index}"
              part="result"
              role="option"
              aria-selected=${index === this.active ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => this.select(contact)}
            >
              <span part="result-name">${displayName(contact, order)}</span>
              <span part="result-detail" class="detail"
                >${contact.organization ?? contact.emails[0]?.value ?? ''}</span
              >
            </li>
          `,
        )}
      </ul>
      ${more > 0 ? html`<p part="more">${t('{more} more — shown in the list', { more })}</p>` : nothing}
    `;
  }

  private handleSearch(): void {
    const { query, result, refusal } = this.search;
    this.active = -1;
    emit(this, 'contact-search', {
      query,
      contacts: result?.hits.map((hit) => hit.contact) ?? [],
      total: result?.total ?? 0,
      messages: refusal ? [refusal] : (result?.messages ?? []),
      includeGroupData: this.includeGroupData,
    });
  }

  private handleInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.recentOpen = !this.query;
    this.resultsOpen = Boolean(this.query);
    this.active = -1;
    this.schedule();
  }

  private handleKeydown(event: KeyboardEvent): void {
    const recent = this.recentOpen ? this.recentSearches : [];
    const hits = this.dropdownHits;
    const options = recent.length ? recent.length : hits.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!this.query && !this.recentOpen) this.recentOpen = true;
        if (this.query && !this.resultsOpen) this.resultsOpen = true;
        this.active = Math.min(
          this.active + 1,
          (this.recentOpen ? this.recentSearches.length : options) - 1,
        );
        break;
      case 'ArrowUp':
        this.active = Math.max(this.active - 1, -1);
        break;
      case 'Enter':
        if (recent.length && this.active >= 0) this.useRecent(recent[this.active]);
        else if (this.resultsOpen && hits[this.active]) this.select(hits[this.active].contact);
        else this.searchNow({ remember: true });
        break;
      case 'Escape':
        if (options > 0 && (this.recentOpen || this.resultsOpen)) this.closeDropdown();
        else if (this.query) {
          this.query = '';
          this.searchNow();
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private handleFocus(): void {
    if (!this.query) this.recentOpen = true;
  }

  /** Focus leaving the field closes the drop-down (a click on an option keeps the focus). */
  private handleBlur(): void {
    this.closeDropdown();
  }

  private handleRecentPick(event: MouseEvent, text: string): void {
    event.preventDefault(); // keep the focus in the field
    this.useRecent(text);
  }

  private handleAdvancedToggle(): void {
    this.advancedOpen = !this.advancedOpen;
  }

  private handleAdvancedSearch(event: CustomEvent<{ query: string }>): void {
    event.stopPropagation();
    this.query = event.detail.query;
    this.searchNow({ remember: true });
  }

  private handleGroupData(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.books.book?.setPreferences({ searchGroupData: checked }).then(
      () => this.searchNow(),
      (error: unknown) =>
        console.warn('contact-search: could not save "Include group data"', error),
    );
  }

  private get recentSearches(): string[] {
    return this.books.book?.preferences.recentSearches ?? [];
  }

  private get includeGroupData(): boolean {
    return this.books.book?.preferences.searchGroupData ?? false;
  }

  private useRecent(text: string): void {
    this.query = text;
    this.searchNow({ remember: true });
  }

  /** The hits the drop-down offers: the best few; the list shows them all. */
  private get dropdownHits(): SearchResult['hits'] {
    return this.search.result?.hits.slice(0, DROPDOWN_HITS) ?? [];
  }

  private closeDropdown(): void {
    this.recentOpen = false;
    this.resultsOpen = false;
    this.active = -1;
  }

  private select(contact: Contact): void {
    this.closeDropdown();
    this.remember(this.query);
    emit(this, 'contact-select', { contact });
  }

  private schedule(): void {
    this.search.schedule(this.query);
  }

  /** Searches at once and closes the drop-down: the list shows the results. */
  private searchNow({ remember = false }: { remember?: boolean } = {}): void {
    this.closeDropdown();
    this.search.run(this.query);
    if (remember && !this.search.refusal) this.remember(this.query);
  }

  private remember(query: string): void {
    const book = this.books.book;
    if (!book || !query.trim()) return;
    const recentSearches = addRecentSearch(book.preferences.recentSearches, query);
    book.setPreferences({ recentSearches }).catch((error: unknown) => {
      console.warn('contact-search: could not save the recent searches', error);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-search': ContactSearch;
  }
}

/** `query` cut to its first characters, for quoting it back (a pasted page would flood the UI). */
function shorten(query: string): string {
  const characters = [...query];
  return characters.length > QUOTED_QUERY
    ? `${characters.slice(0, QUOTED_QUERY).join('')}…`
    : query;
}

/** A parser message in the user's language: its template translated, then filled. */
function translate(message: QueryMessage): string {
  return t(QUERY_MESSAGE_TEMPLATES[message.code], message.params);
}
