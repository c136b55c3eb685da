import { expect, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import type { Contact } from '../../src/core/contact.js';
import type { ContactComments } from '../../src/components/contact-comments.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { allInside, buttonLabelled, inside, provide, settle, type, until } from './helpers.js';
import { grantsRecord } from '../core/book-stores.js';

/** A book of "me" with Jane, and `<contact-comments>` showing her comments. */
async function commentsOn({ userId = 'me', store = new MemoryStore() } = {}) {
  const owner = await ContactBook.open({ store, bookId: 'private-me' });
  const jane = await owner.create({ name: { given: 'Jane' } });
  const book =
    userId === 'me' ? owner : await ContactBook.open({ store, userId, bookId: 'private-me' });
  const element = await provide<ContactComments>(
    book,
    html`<contact-comments .contact=${jane}></contact-comments>`,
  );
  return { owner, book, jane, element, store };
}

const texts = (element: ContactComments) =>
  allInside(element, 'li[part="comment"] .text').map((node) => node.textContent!.trim());

async function write(element: ContactComments, text: string) {
  type(inside<HTMLTextAreaElement>(element, '#new-comment'), text);
  await settle(element);
  buttonLabelled(element, 'Comment').click();
}

describe('<contact-comments>', () => {
  it('adds comments, shown newest first with their author and time', async () => {
    const { book, jane, element } = await commentsOn();
    expect(element.shadowRoot!.textContent).to.contain('No comments yet.');
    await write(element, 'Met at the fair');
    await until(() => texts(element).length === 1, 'the comment shows');
    expect(
      inside<HTMLTextAreaElement>(element, '#new-comment').value,
      'the box is emptied',
    ).to.equal('');
    await write(element, 'Called back');
    await until(() => texts(element).length === 2, 'the second shows');
    expect(texts(element)).to.deep.equal(['Called back', 'Met at the fair']);
    const [newest] = await book.comments.list(jane.id);
    const first = inside(element, 'li[part="comment"]');
    expect(first.querySelector('.author')!.textContent).to.equal('You');
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(newest.createdAt);
    expect(time.textContent).to.equal(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(newest.createdAt),
      ),
    );
  });

  it('sends with Ctrl+Enter, refuses an empty comment and one over 10,000 characters', async () => {
    const { book, jane, element } = await commentsOn();
    const box = inside<HTMLTextAreaElement>(element, '#new-comment');
    expect(buttonLabelled(element, 'Comment').disabled, 'nothing typed').to.equal(true);
    type(box, 'x'.repeat(10_001));
    await settle(element);
    expect(buttonLabelled(element, 'Comment').disabled).to.equal(true);
    expect(inside(element, '#new-comment-count').textContent).to.contain(
      'A comment has at most 10,000 characters (10,001 now).',
    );
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(inside(element, '#new-comment-count [aria-live]').textContent).to.contain('10,001 now');
    type(box, 'Short one');
    await settle(element);
    expect(inside(element, '#new-comment-count').textContent!.trim()).to.equal('9 / 10,000');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await until(() => texts(element).length === 1, 'Ctrl+Enter sent it');
    expect((await book.comments.list(jane.id))[0].text).to.equal('Short one');
  });

  it("lets the author edit and delete their own comments, not someone else's", async () => {
    const { owner, jane, element, store } = await commentsOn();
    await store.write([grantsRecord({ ann: ['view'] })]);
    const ann = await ContactBook.open({ store, userId: 'ann', bookId: 'private-me' });
    await ann.comments.add(jane.id, 'From Ann');
    await owner.comments.add(jane.id, 'Mine');
    await until(() => texts(element).length === 2, 'both show');
    const [mine, hers] = allInside(element, 'li[part="comment"]');
    expect(hers.querySelector('.author')!.textContent).to.equal('ann');
    expect(hers.querySelectorAll('button'), 'no Edit or Delete on hers').to.have.length(0);

    (
      mine.querySelector('button[aria-label^="Edit your comment of "]') as HTMLButtonElement
    ).click();
    await settle(element);
    const editor = inside<HTMLTextAreaElement>(element, '#edit-comment');
    expect(editor.value).to.equal('Mine');
    type(editor, 'Mine, corrected');
    await settle(element);
    buttonLabelled(element, 'Save').click();
    await until(() => texts(element)[0] === 'Mine, corrected', 'the edit shows');
    expect(inside(element, 'li[part="comment"]').textContent).to.contain('(edited)');

    inside<HTMLButtonElement>(element, 'button[aria-label^="Delete your comment of "]').click();
    const confirm = inside<ContactConfirm>(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks first');
    buttonLabelled(confirm, 'Cancel').click();
    await settle(element);
    expect(texts(element)).to.have.length(2);
    inside<HTMLButtonElement>(element, 'button[aria-label^="Delete your comment of "]').click();
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks again');
    await settle(confirm);
    buttonLabelled(confirm, 'Delete comment').click();
    await until(() => texts(element).length === 1, 'mine is gone');
    expect(texts(element)).to.deep.equal(['From Ann']);
    ann.close();
  });

  it('lets a user who may view the contact comment, and shows what others write as it comes', async () => {
    const store = new MemoryStore();
    await store.write([grantsRecord({ viewer: ['view'] })]);
    const { owner, jane, element } = await commentsOn({ userId: 'viewer', store });
    await write(element, 'A viewer may comment');
    await until(() => texts(element).length === 1, 'the viewer commented');
    await owner.comments.add(jane.id, 'The owner answers');
    await until(() => texts(element)[0] === 'The owner answers', 'the answer shows');
    expect(
      allInside(element, 'li[part="comment"] .author').map((node) => node.textContent),
    ).to.deep.equal(['me', 'You']);
  });

  it('shows no box to a user who may not comment', async () => {
    const store = new MemoryStore();
    const owner = await ContactBook.open({ store });
    const jane: Contact = await owner.create({ name: { given: 'Jane' } });
    const stranger = await ContactBook.open({ store, userId: 'stranger', bookId: owner.bookId });
    const element = await provide<ContactComments>(
      stranger,
      html`<contact-comments .contact=${jane}></contact-comments>`,
    );
    await settle(element);
    expect(element.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('starts afresh on another contact, and Escape leaves an edit', async () => {
    const { owner, jane, element } = await commentsOn();
    const bob = await owner.create({ name: { given: 'Bob' } });
    await owner.comments.add(jane.id, 'On Jane');
    await until(() => texts(element).length === 1, 'listed');
    type(inside<HTMLTextAreaElement>(element, '#new-comment'), 'Half-written, for Jane');
    inside<HTMLButtonElement>(element, 'button[aria-label^="Edit your comment of "]').click();
    await settle(element);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    inside(element, '#edit-comment').dispatchEvent(escape);
    await settle(element);
    expect(escape.defaultPrevented, 'a dialog around it stays open').to.equal(true);
    expect(element.shadowRoot!.querySelector('#edit-comment')).to.equal(null);

    element.contact = bob;
    await until(() => texts(element).length === 0, "Bob's (no) comments show");
    expect(inside<HTMLTextAreaElement>(element, '#new-comment').value).to.equal('');
  });
});
