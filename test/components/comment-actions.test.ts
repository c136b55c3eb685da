// Actions ▸ Comment and the comment count: from the list's rows to the details' Comments tab.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { SlowCommentsStore } from '../core/book-stores.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactComments } from '../../src/components/contact-comments.js';
import type { ContactDetails } from '../../src/components/contact-details.js';
import type { ContactList } from '../../src/components/contact-list.js';
import { allInside, chooseMenu, inside, provide, settle, until } from './helpers.js';

/** A book with Ann and Bob; Bob has `comments` comments. */
async function bookWithComments(comments: number, store = new MemoryStore()) {
  const book = await ContactBook.open({ store });
  const [, bob] = await book.createMany([{ name: { given: 'Ann' } }, { name: { given: 'Bob' } }]);
  for (let index = 0; index < comments; index += 1) await book.comments.add(bob.id, `#${index}`);
  return { book, bob, store };
}

const rowOf = (list: ContactList, id: string) => inside(list, `tr[data-id="${id}"]`);

describe('comments in the list and the details', () => {
  it('shows a comment icon with the count on rows with comments, kept current', async () => {
    const { book, bob } = await bookWithComments(3);
    const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
    await until(() => allInside(list, 'button.comments').length === 1, 'one row has the icon');
    const icon = inside(list, 'button.comments');
    expect(icon.getAttribute('aria-label')).to.equal('3 comments');
    expect(icon.textContent!.trim()).to.equal('3');
    expect(rowOf(list, bob.id).contains(icon)).to.equal(true);

    const [first] = await book.comments.list(bob.id);
    await book.comments.remove(bob.id, first.id);
    await until(() => icon.getAttribute('aria-label') === '2 comments', 'the count follows');
    const ann = book.list().contacts.find((contact) => contact.name.given === 'Ann')!;
    await book.comments.add(ann.id, 'One for Ann');
    await until(() => allInside(list, 'button.comments').length === 2, 'Ann gets one');
    expect(inside(rowOf(list, ann.id), 'button.comments').getAttribute('aria-label')).to.equal(
      '1 comment',
    );

    setTimeout(() => icon.click());
    const { detail } = await oneEvent(list, 'contact-comment');
    expect(detail.contact.id).to.equal(bob.id);
  });

  it('shows the icons once the counts, read after the book opens, are in', async () => {
    const store = new MemoryStore();
    const { bob } = await bookWithComments(2, store);
    const gated = await SlowCommentsStore.copyOf(store);
    const book = await ContactBook.open({ store: gated });
    const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
    expect(rowOf(list, bob.id).querySelector('button.comments')).to.equal(null);
    gated.release();
    await until(() => !!rowOf(list, bob.id).querySelector('button.comments'), 'the icon shows');
    expect(inside(rowOf(list, bob.id), 'button.comments').getAttribute('aria-label')).to.equal(
      '2 comments',
    );
  });

  it("offers Comment in each row's Actions menu", async () => {
    const { book, bob } = await bookWithComments(0);
    const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
    const menu = inside(rowOf(list, bob.id), 'contact-menu');
    setTimeout(() => void chooseMenu(menu, 'Comment'));
    const { detail } = await oneEvent(list, 'contact-comment');
    expect(detail.contact.id).to.equal(bob.id);
  });

  it('gives the details tabs: Details, Comments (with the count) and Attachments', async () => {
    const { book, bob } = await bookWithComments(2);
    await book.comments.loadCounts();
    const details = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${bob}></contact-details>`,
    );
    const tabs = allInside<HTMLButtonElement>(details, '[role="tab"]');
    expect(tabs.map((tab) => tab.textContent!.trim())).to.deep.equal([
      'Details',
      'Comments (2)',
      'Attachments',
    ]);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    expect(inside(details, '#panel-details').hidden).to.equal(false);

    tabs[1].click();
    await settle(details);
    expect(inside(details, '#panel-details').hidden).to.equal(true);
    const comments = inside<ContactComments>(details, '#panel-comments contact-comments');
    await until(() => allInside(comments, 'li[part="comment"]').length === 2, 'comments show');

    tabs[1].focus();
    tabs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(details);
    expect(details.tab).to.equal('attachments');
    expect(details.shadowRoot!.activeElement?.id).to.equal('tab-attachments');
    expect(inside(details, '#panel-attachments contact-attachments')).to.exist;
    inside(details, '#tab-attachments').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Home', bubbles: true }),
    );
    await settle(details);
    expect(details.tab).to.equal('details');
  });

  it("opens the comments, ready to type, from a row's Actions ▸ Comment in <contact-book>", async () => {
    const { store, bob } = await bookWithComments(1);
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${store}></contact-book>`,
    );
    await element.ready();
    await settle(element);
    const list = inside<ContactList>(element, 'contact-list');
    await chooseMenu(inside(rowOf(list, bob.id), 'contact-menu'), 'Comment');
    const viewer = inside<HTMLDialogElement>(element, '#viewer');
    await until(() => viewer.open, 'the contact opens in its dialog');
    const details = inside<ContactDetails>(viewer, 'contact-details');
    await until(() => details.tab === 'comments', 'on the Comments tab');
    const comments = inside<ContactComments>(details, 'contact-comments');
    await until(
      () => comments.shadowRoot?.activeElement?.id === 'new-comment',
      'the keyboard is in the comment box',
    );
    await until(() => allInside(comments, 'li[part="comment"]').length === 1, 'the comment shows');
    viewer.close();
  });

  it('has a Comment button in the details that shows the comments', async () => {
    const { book, bob } = await bookWithComments(0);
    const details = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${bob}></contact-details>`,
    );
    allInside<HTMLButtonElement>(details, 'header button')
      .find((button) => button.textContent!.trim() === 'Comment')!
      .click();
    await until(() => details.tab === 'comments', 'the Comments tab');
    const comments = inside<ContactComments>(details, 'contact-comments');
    await until(() => comments.shadowRoot?.activeElement?.id === 'new-comment', 'focused');
  });
});
