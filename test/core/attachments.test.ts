import { expect } from '@open-wc/testing';
import {
  AccessDeniedError,
  ContactBook,
  DEFAULT_MAX_ATTACHMENT_SIZE,
  NotFoundError,
  ValidationError,
  attachmentFileId,
  describeSize,
  type AttachmentFile,
  type Collection,
  type Contact,
  type Store,
  type StoredRecord,
} from '../../src/core/index.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { rejection } from '../adapters/conformance.js';
import { TEST_STORES, bookOnEachTest, grantsRecord } from './book-stores.js';

const bytes = (text: string) => new TextEncoder().encode(text);

for (const [storeName, openStore] of TEST_STORES) {
  describe(`attachments (${storeName})`, () => {
    const on = bookOnEachTest(openStore);
    const open = on.open;
    let store: Store;
    let book: ContactBook;
    let jane: Contact;
    beforeEach(() => ({ store, book, jane } = on));

    it('attaches a file: listed with name, size, type, date and who added it; opened byte for byte', async () => {
      const file = new File([bytes('%PDF-1.7 contract')], 'contract.pdf', {
        type: 'application/pdf',
      });
      const attachment = await book.attachments.attachFile(jane.id, file);
      expect(attachment).to.deep.include({
        kind: 'file',
        name: 'contract.pdf',
        size: file.size,
        type: 'application/pdf',
        addedBy: 'me',
      });
      expect(Date.parse(attachment.addedAt)).to.be.closeTo(Date.now(), 10_000);
      expect(await book.attachments.list(jane.id)).to.deep.equal([attachment]);
      const blob = await book.attachments.open(jane.id, attachment.id);
      expect(blob.type).to.equal('application/pdf');
      expect(await blob.text()).to.equal('%PDF-1.7 contract');
    });

    it('links web addresses (http and https only), named by their address unless given a name', async () => {
      const link = await book.attachments.attachLink(jane.id, ' https://example.com/cv ');
      expect(link).to.deep.include({
        kind: 'link',
        name: 'https://example.com/cv',
        url: 'https://example.com/cv',
      });
      const named = await book.attachments.attachLink(jane.id, 'http://intranet.local/x', {
        name: 'Intranet page',
      });
      expect(named.name).to.equal('Intranet page');
      for (const url of ['javascript:alert(1)', 'ftp://example.com/a', 'example.com', '']) {
        const error = await rejection(book.attachments.attachLink(jane.id, url));
        expect(error, url).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues[0].path).to.deep.equal(['url']);
      }
      expect((await book.attachments.list(jane.id)).map((item) => item.name)).to.deep.equal([
        'Intranet page',
        'https://example.com/cv',
      ]);
    });

    it('refuses a file over the limit with a message naming its size and the limit', async () => {
      expect(book.attachments.maxSize).to.equal(DEFAULT_MAX_ATTACHMENT_SIZE);
      const big = new File([new Uint8Array(DEFAULT_MAX_ATTACHMENT_SIZE + 1)], 'scan.tiff');
      const error = (await rejection(book.attachments.attachFile(jane.id, big))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.issues[0].path).to.deep.equal(['file']);
      expect(error.message)
        .to.contain('"scan.tiff" is 26,214,401 bytes')
        .and.contain('up to 26,214,400 bytes');
      const bigger = new Blob([new Uint8Array(30 * 1024 * 1024)]);
      const named = await rejection(book.attachments.attachFile(jane.id, bigger, { name: 'b' }));
      expect((named as Error).message)
        .to.contain('is 30 MB')
        .and.contain('up to 25 MB');
      expect(await store.getAll('attachments')).to.have.length(0);

      const small = await open('me', { maxAttachmentSize: 1000 });
      await small.attachments.attachFile(jane.id, new Blob([new Uint8Array(1000)]), { name: 'ok' });
      const over = await rejection(
        small.attachments.attachFile(jane.id, new Blob([new Uint8Array(1001)]), { name: 'no' }),
      );
      expect((over as Error).message)
        .to.contain('1,001 bytes')
        .and.contain('1,000 bytes');
    });

    it('breaks the link: the attachment and its bytes go', async () => {
      const file = await book.attachments.attachFile(jane.id, new Blob(['a']), { name: 'a.txt' });
      const link = await book.attachments.attachLink(jane.id, 'https://example.com');
      await book.attachments.remove(jane.id, file.id);
      expect(await store.get('attachments', attachmentFileId(jane.id, file.id))).to.equal(
        undefined,
      );
      expect(await book.attachments.list(jane.id)).to.deep.equal([link]);
      expect(await rejection(book.attachments.open(jane.id, file.id))).to.be.instanceOf(
        NotFoundError,
      );
      expect(await rejection(book.attachments.remove(jane.id, file.id))).to.be.instanceOf(
        NotFoundError,
      );
      await book.attachments.remove(jane.id, link.id);
      expect(await store.getAll('attachments')).to.have.length(0);
    });

    it("follows the contact's rights: view to see and open, edit to attach and break links", async () => {
      await store.write([grantsRecord({ viewer: ['view'], editor: ['view', 'edit'] })]);
      const viewer = await open('viewer');
      const editor = await open('editor');
      const stranger = await open('stranger');
      const file = await editor.attachments.attachFile(jane.id, new Blob(['x']), { name: 'x' });
      expect(file.addedBy).to.equal('editor');
      expect(await viewer.attachments.list(jane.id)).to.have.length(1);
      expect(await (await viewer.attachments.open(jane.id, file.id)).text()).to.equal('x');
      expect(viewer.attachments.mayEdit(jane.id)).to.equal(false);
      expect(editor.attachments.mayEdit(jane.id)).to.equal(true);
      expect(
        await rejection(viewer.attachments.attachFile(jane.id, new Blob(['y']))),
      ).to.be.instanceOf(AccessDeniedError);
      expect(
        await rejection(viewer.attachments.attachLink(jane.id, 'https://a.example')),
      ).to.be.instanceOf(AccessDeniedError);
      expect(await rejection(viewer.attachments.remove(jane.id, file.id))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(await rejection(stranger.attachments.list(jane.id))).to.be.instanceOf(Error);
      expect(await rejection(stranger.attachments.open(jane.id, file.id))).to.be.instanceOf(Error);
      await editor.attachments.remove(jane.id, file.id);
    });

    it('keeps two files attached at once by two tabs', async () => {
      const other = await open();
      await Promise.all([
        book.attachments.attachFile(jane.id, new Blob(['1']), { name: 'one' }),
        other.attachments.attachFile(jane.id, new Blob(['2']), { name: 'two' }),
      ]);
      const names = (await book.attachments.list(jane.id)).map((item) => item.name);
      expect(names.sort()).to.deep.equal(['one', 'two']);
    });

    it('hides the attachments of a trashed contact, brings them back on restore, destroys them on purge', async () => {
      const file = await book.attachments.attachFile(jane.id, new Blob(['kept']), { name: 'k' });
      await book.remove(jane.id);
      expect(await rejection(book.attachments.list(jane.id))).to.be.instanceOf(NotFoundError);
      expect(await rejection(book.attachments.open(jane.id, file.id))).to.be.instanceOf(
        NotFoundError,
      );
      await book.restore([jane.id]);
      expect(await (await book.attachments.open(jane.id, file.id)).text()).to.equal('kept');
      await book.remove(jane.id);
      await book.purge([jane.id]);
      expect(await store.getAll('attachments')).to.have.length(0);
    });

    it('destroys the files of many contacts emptied then purged, and of expired trash', async () => {
      const others = await book.createMany(
        Array.from({ length: 24 }, (_, index) => ({ name: { given: `P${index}` } })),
      );
      await book.attachments.attachFile(jane.id, new Blob(['j']), { name: 'j' });
      await book.attachments.attachLink(others[0].id, 'https://example.com');
      await book.attachments.attachFile(others[1].id, new Blob(['o']), { name: 'o' });
      const survivor = await book.create({ name: { given: 'Stays' } });
      await book.attachments.attachFile(survivor.id, new Blob(['s']), { name: 's' });
      await book.remove([jane.id, ...others.map((contact) => contact.id)]);
      await book.purge([jane.id, ...others.map((contact) => contact.id)]);
      const left = await store.getAll<StoredRecord & { contactId: string }>('attachments');
      expect(left.map((record) => record.contactId)).to.deep.equal([survivor.id, survivor.id]);

      let now = Date.now();
      const clocked = await open('me', { now: () => new Date(now) });
      await clocked.remove(survivor.id);
      now += 31 * 24 * 60 * 60 * 1000;
      expect(await clocked.purgeExpiredTrash()).to.equal(1);
      expect(await store.getAll('attachments')).to.have.length(0);
    });
  });
}

describe('attachments and memory', () => {
  /** A real MemoryStore that records which records are read one by one. */
  class WatchedStore extends MemoryStore {
    readonly reads: string[] = [];
    override async get<T extends StoredRecord>(collection: Collection, id: string) {
      this.reads.push(`${collection}/${id}`);
      return super.get<T>(collection, id);
    }
  }

  it('lists without reading any file; reads a file only when it is opened', async () => {
    const store = new WatchedStore();
    const book = await ContactBook.open({ store });
    const contact = await book.create({ name: { given: 'Jane' } });
    const attachment = await book.attachments.attachFile(contact.id, new Blob(['data']), {
      name: 'd',
    });
    store.reads.length = 0;
    await book.attachments.list(contact.id);
    expect(store.reads).to.deep.equal([`attachments/${contact.id}`]);
    await book.attachments.open(contact.id, attachment.id);
    expect(store.reads.at(-1)).to.equal(
      `attachments/${attachmentFileId(contact.id, attachment.id)}`,
    );
    const file = await store.get<AttachmentFile>(
      'attachments',
      attachmentFileId(contact.id, attachment.id),
    );
    expect(file?.blob).to.be.instanceOf(Blob);
  });

  it('names sizes in binary units', () => {
    expect(describeSize(999)).to.equal('999 bytes');
    expect(describeSize(1536)).to.equal('1.5 KB');
    expect(describeSize(25 * 1024 * 1024)).to.equal('25 MB');
  });
});
