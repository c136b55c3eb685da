// The Store contract (src/core/store.ts) as one suite: every adapter runs it through a factory.
import { expect } from '@open-wc/testing';
import {
  COLLECTIONS,
  ConflictError,
  ValidationError,
  type Change,
  type ChangeOrigin,
  type Collection,
  type Store,
  type StoreOptions,
  type StoredRecord,
  type WriteOp,
} from '../../src/core/index.js';

/** What a factory hands the suite: a fresh, empty store; how to reopen it; how to clean up. */
export interface StoreFixture {
  store: Store;
  /** Closes `store` and opens the same data again (adapters that persist). */
  reopen?: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

type Note = StoredRecord & { text: string };

const note = (id: string, text = id): Note => ({ id, revision: 0, text });
type PutOp = Extract<WriteOp, { type: 'put' }>;
const put = (collection: Collection, record: Note, expectedRevision?: number): PutOp => ({
  type: 'put',
  collection,
  record,
  expectedRevision,
});

/** Rejects with the error `promise` throws, or fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Resolves with the next batch a subscriber of `store` hears. */
export function nextBatch(store: Store): Promise<{ changes: Change[]; origin: ChangeOrigin }> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((changes, origin) => {
      unsubscribe();
      resolve({ changes, origin });
    });
  });
}

/** Runs the Store conformance suite against the stores `makeStore` opens (with `options`). */
export function runStoreConformance(
  name: string,
  makeStore: (options?: StoreOptions) => Promise<StoreFixture>,
): void {
  describe(`Store conformance: ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    describe('records', () => {
      for (const collection of COLLECTIONS) {
        it(`creates, reads, replaces and deletes in ${collection}`, async () => {
          expect(await store.get(collection, 'a')).to.equal(undefined);
          await store.write([put(collection, note('b')), put(collection, note('a'))]);
          expect(await store.get<Note>(collection, 'a')).to.deep.equal({
            id: 'a',
            revision: 1,
            text: 'a',
          });
          expect((await store.getAll<Note>(collection)).map((record) => record.id)).to.deep.equal([
            'a',
            'b',
          ]);

          await store.write([put(collection, { ...note('a'), text: 'changed' })]);
          expect(await store.get<Note>(collection, 'a')).to.deep.equal({
            id: 'a',
            revision: 2,
            text: 'changed',
          });

          await store.write([{ type: 'delete', collection, id: 'a' }]);
          expect(await store.get(collection, 'a')).to.equal(undefined);
          expect((await store.getAll<Note>(collection)).map((record) => record.id)).to.deep.equal([
            'b',
          ]);
        });
      }

      it('keeps collections apart', async () => {
        await store.write([put('contacts', note('x', 'contact')), put('tags', note('x', 'tag'))]);
        expect((await store.get<Note>('contacts', 'x'))?.text).to.equal('contact');
        expect((await store.get<Note>('tags', 'x'))?.text).to.equal('tag');
        expect(await store.getAll('comments')).to.deep.equal([]);
      });

      it('hands out copies: changing a returned record changes nothing stored', async () => {
        const record = note('a');
        const [change] = await store.write([put('contacts', record)]);
        record.text = 'mutated input';
        (change.record as Note).text = 'mutated result';
        const read = await store.get<Note>('contacts', 'a');
        read!.text = 'mutated read';
        expect((await store.get<Note>('contacts', 'a'))?.text).to.equal('a');
      });

      it('stores nested values and unicode as given', async () => {
        const record = {
          ...note('é'),
          text: 'Ελένη 李小龍 أحمد',
          nested: { list: [1, { deep: true }] },
        };
        await store.write([put('contacts', record)]);
        expect(await store.get('contacts', 'é')).to.deep.equal({ ...record, revision: 1 });
      });

      it('treats deleting a missing record as nothing to do', async () => {
        const changes = await store.write([
          { type: 'delete', collection: 'contacts', id: 'ghost' },
        ]);
        expect(changes).to.deep.equal([]);
        expect((await store.changes()).changes).to.deep.equal([]);
      });
    });

    describe('blobs (attachments) and threads (comments)', () => {
      const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];
      type FileRecord = StoredRecord & { contactId: string; blob: Blob };
      const content = new Uint8Array([0, 1, 2, 250, 255, 37, 80, 68, 70]);
      const file = (id: string): FileRecord => ({
        id,
        revision: 0,
        contactId: 'c1',
        blob: new Blob([content], { type: 'application/pdf' }),
      });
      const expectFile = async (record: FileRecord | undefined, label: string) => {
        expect(record?.blob, label).to.be.instanceOf(Blob);
        expect(record!.blob.type, label).to.equal('application/pdf');
        expect(await bytesOf(record!.blob), label).to.deep.equal([...content]);
      };

      it('round-trips a Blob, bytes and type, through get, getAll, the change and listeners', async () => {
        const heard = nextBatch(store);
        const [change] = await store.write([
          { type: 'put', collection: 'attachments', record: file('c1/file/a') },
        ]);
        await expectFile(change.record as FileRecord, 'the change');
        await expectFile((await heard).changes[0].record as FileRecord, 'a listener');
        await expectFile(await store.get<FileRecord>('attachments', 'c1/file/a'), 'get');
        await expectFile((await store.getAll<FileRecord>('attachments'))[0], 'getAll');
      });

      it('writes a Blob atomically with the other ops of its batch', async () => {
        await store.write([put('attachments', note('c1'))]);
        const error = await rejection(
          store.write([
            {
              type: 'put',
              collection: 'attachments',
              record: file('c1/file/a'),
              expectedRevision: 0,
            },
            put('attachments', note('c1', 'list'), 7),
          ]),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect(await store.get('attachments', 'c1/file/a')).to.equal(undefined);
        await store.write([
          {
            type: 'put',
            collection: 'attachments',
            record: file('c1/file/a'),
            expectedRevision: 0,
          },
          put('attachments', note('c1', 'list'), 1),
          put('comments', { ...note('c1'), comments: [{ id: 'x', text: 'Hi' }] } as Note),
        ]);
        await expectFile(await store.get<FileRecord>('attachments', 'c1/file/a'), 'committed');
        expect(await store.get('comments', 'c1')).to.deep.include({
          revision: 1,
          comments: [{ id: 'x', text: 'Hi' }],
        });
        await store.write([{ type: 'delete', collection: 'attachments', id: 'c1/file/a' }]);
        expect(await store.get('attachments', 'c1/file/a')).to.equal(undefined);
      });

      it('keeps a Blob when reopened (persistent adapters)', async function () {
        if (!fixture.reopen) this.skip();
        await store.write([{ type: 'put', collection: 'attachments', record: file('c1/file/a') }]);
        store = await fixture.reopen!();
        await expectFile(await store.get<FileRecord>('attachments', 'c1/file/a'), 'reopened');
      });
    });

    describe('revisions', () => {
      it('bumps the revision on every write, whatever revision the record carries', async () => {
        const revisions: number[] = [];
        for (let i = 0; i < 3; i += 1) {
          const [change] = await store.write([put('contacts', { ...note('a'), revision: 42 })]);
          revisions.push(change.revision);
        }
        expect(revisions).to.deep.equal([1, 2, 3]);
        expect((await store.get('contacts', 'a'))?.revision).to.equal(3);
      });

      it('accepts a write expecting the current revision', async () => {
        await store.write([put('contacts', note('a'), 0)]);
        const [change] = await store.write([put('contacts', { ...note('a'), text: 'v2' }, 1)]);
        expect(change.revision).to.equal(2);
      });

      it('refuses a stale write with ConflictError and keeps the newer record', async () => {
        await store.write([put('contacts', note('a'))]);
        await store.write([put('contacts', { ...note('a'), text: 'theirs' }, 1)]);
        const error = await rejection(
          store.write([put('contacts', { ...note('a'), text: 'mine' }, 1)]),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect(error).to.include({ collection: 'contacts', id: 'a', expected: 1, actual: 2 });
        expect(await store.get('contacts', 'a')).to.deep.equal({
          id: 'a',
          revision: 2,
          text: 'theirs',
        });
      });

      it('refuses create-when-exists (expected revision 0) with ConflictError', async () => {
        await store.write([put('contacts', note('a'))]);
        const error = await rejection(
          store.write([put('contacts', { ...note('a'), text: 'twin' }, 0)]),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect((await store.get<Note>('contacts', 'a'))?.text).to.equal('a');
      });

      it('refuses a stale delete, and a delete expecting a record that is gone', async () => {
        await store.write([put('contacts', note('a')), put('contacts', note('a'))]);
        expect(
          await rejection(
            store.write([{ type: 'delete', collection: 'contacts', id: 'a', expectedRevision: 1 }]),
          ),
        ).to.be.instanceOf(ConflictError);
        expect(
          await rejection(
            store.write([{ type: 'delete', collection: 'contacts', id: 'b', expectedRevision: 1 }]),
          ),
        ).to.be.instanceOf(ConflictError);
        expect((await store.get('contacts', 'a'))?.revision).to.equal(2);
      });

      it('continues the revision line from baseRevision when a record comes back', async () => {
        const [back] = await store.write([{ ...put('contacts', note('a'), 0), baseRevision: 7 }]);
        expect(back.revision).to.equal(8);
        const [next] = await store.write([{ ...put('contacts', note('a'), 8), baseRevision: 2 }]);
        expect(next.revision).to.equal(9);
      });

      it('sees earlier ops of the same batch when checking a later one', async () => {
        const changes = await store.write([
          put('contacts', note('a'), 0),
          put('contacts', note('a'), 1),
        ]);
        expect(changes.map((change) => change.revision)).to.deep.equal([1, 2]);
      });
    });

    describe('atomic batches', () => {
      const seed = () => store.write([put('contacts', note('kept')), put('tags', note('t'))]);
      const assertUntouched = async () => {
        expect(await store.getAll<Note>('contacts')).to.deep.equal([
          { id: 'kept', revision: 1, text: 'kept' },
        ]);
        expect(await store.getAll<Note>('tags')).to.deep.equal([
          { id: 't', revision: 1, text: 't' },
        ]);
        expect(await store.getAll('comments')).to.deep.equal([]);
        expect((await store.changes()).token).to.equal(2);
      };
      const badOps: [string, WriteOp, unknown][] = [
        ['an empty id', put('contacts', note('')), ValidationError],
        [
          'a missing id',
          { type: 'delete', collection: 'contacts', id: undefined as unknown as string },
          ValidationError,
        ],
        ['an unknown collection', put('nope' as Collection, note('x')), ValidationError],
        ['a stale expected revision', put('contacts', note('kept'), 5), ConflictError],
        ['create-when-exists', put('contacts', note('kept'), 0), ConflictError],
      ];
      for (const [label, bad, errorClass] of badOps) {
        it(`aborts the whole batch on ${label} in the middle`, async () => {
          await seed();
          const error = await rejection(
            store.write([
              put('comments', note('c1')),
              { type: 'delete', collection: 'tags', id: 't' },
              put('contacts', { ...note('kept'), text: 'half-written?' }),
              bad,
              put('comments', note('c2')),
            ]),
          );
          expect(error).to.be.instanceOf(errorClass as new () => Error);
          await assertUntouched();
        });
      }

      it('aborts the whole batch on a record that cannot be stored', async () => {
        await seed();
        const unstorable = { ...note('c2'), callback: () => undefined };
        await rejection(store.write([put('comments', note('c1')), put('comments', unstorable)]));
        await assertUntouched();
      });

      it('reports a structural error with the index of the bad op', async () => {
        const error = await rejection(
          store.write([put('contacts', note('a')), put('contacts', note(''))]),
        );
        expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
          [1, 'id'],
        ]);
      });

      it('writes nothing and reports nothing for an empty batch', async () => {
        expect(await store.write([])).to.deep.equal([]);
        expect((await store.changes()).token).to.equal(0);
      });

      it('creates many records at once, and refuses the batch when one id is taken', async () => {
        const ids = Array.from({ length: 120 }, (_, index) => `n${index}`);
        await store.write(ids.slice(0, 60).map((id) => put('contacts', note(id), 0)));
        expect(await store.getAll('contacts')).to.have.length(60);
        const error = await rejection(
          store.write([...ids.slice(60), 'n7'].map((id) => put('contacts', note(id), 0))),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect(error).to.include({ id: 'n7', expected: 0, actual: 1 });
        expect(await store.getAll('contacts')).to.have.length(60);
        const changes = await store.write(ids.slice(60).map((id) => put('contacts', note(id), 0)));
        expect(changes.map((change) => change.revision)).to.deep.equal(ids.slice(60).map(() => 1));
        expect(await store.getAll('contacts')).to.have.length(120);
      });

      it('stays usable after an aborted batch', async () => {
        await seed();
        await rejection(store.write([put('contacts', note('kept'), 9)]));
        await store.write([put('contacts', note('after'))]);
        expect((await store.getAll('contacts')).map((record) => record.id)).to.deep.equal([
          'after',
          'kept',
        ]);
      });

      it('moves a contact to the trash and back, each in one batch', async () => {
        await store.write([put('contacts', note('a'))]);
        const toTrash: WriteOp[] = [
          { type: 'delete', collection: 'contacts', id: 'a', expectedRevision: 1 },
          put('trash', { ...note('a'), text: 'trashed' }, 0),
        ];
        const trashed = await store.write(toTrash);
        expect(trashed.map(({ collection, type }) => `${type} ${collection}`)).to.deep.equal([
          'delete contacts',
          'put trash',
        ]);
        expect(await store.get('contacts', 'a')).to.equal(undefined);
        expect((await store.get<Note>('trash', 'a'))?.text).to.equal('trashed');

        // Replaying the move fails as a whole: the contact is not in contacts any more.
        expect(await rejection(store.write(toTrash))).to.be.instanceOf(ConflictError);
        expect((await store.get<Note>('trash', 'a'))?.revision).to.equal(1);

        await store.write([
          { type: 'delete', collection: 'trash', id: 'a', expectedRevision: 1 },
          put('contacts', note('a'), 0),
        ]);
        expect(await store.get('trash', 'a')).to.equal(undefined);
        expect((await store.get<Note>('contacts', 'a'))?.text).to.equal('a');
      });

      it('leaves both sides alone when a restore conflicts', async () => {
        await store.write([put('trash', note('a')), put('contacts', note('a', 'recreated'))]);
        const error = await rejection(
          store.write([
            { type: 'delete', collection: 'trash', id: 'a', expectedRevision: 1 },
            put('contacts', note('a'), 0),
          ]),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect((await store.get<Note>('trash', 'a'))?.text).to.equal('a');
        expect((await store.get<Note>('contacts', 'a'))?.text).to.equal('recreated');
      });
    });

    describe('change feed', () => {
      it('starts empty at token 0', async () => {
        expect(await store.changes()).to.deep.equal({ changes: [], token: 0 });
      });

      it('returns what came after the token, in order, and advances the token', async () => {
        await store.write([put('contacts', note('a')), put('tags', note('t'))]);
        const first = await store.changes();
        expect(first.token).to.equal(2);
        expect(
          first.changes.map(({ seq, collection, id, type, revision }) => [
            seq,
            collection,
            id,
            type,
            revision,
          ]),
        ).to.deep.equal([
          [1, 'contacts', 'a', 'put', 1],
          [2, 'tags', 't', 'put', 1],
        ]);

        await store.write([put('contacts', note('a'))]);
        await store.write([{ type: 'delete', collection: 'contacts', id: 'a' }]);
        const next = await store.changes(first.token);
        expect(next.token).to.equal(4);
        expect(
          next.changes.map(({ seq, id, type, revision }) => [seq, id, type, revision]),
        ).to.deep.equal([
          [3, 'a', 'put', 2],
          [4, 'a', 'delete', 2],
        ]);
        expect(await store.changes(next.token)).to.deep.equal({ changes: [], token: 4 });
      });

      it('records nothing for an aborted batch', async () => {
        await store.write([put('contacts', note('a'))]);
        await rejection(store.write([put('tags', note('t')), put('contacts', note('a'), 0)]));
        expect(await store.changes()).to.have.property('token', 1);
        expect((await store.changes()).changes).to.have.length(1);
      });

      describe('trimmed to its latest entries', () => {
        let small: StoreFixture;
        beforeEach(async () => {
          small = await makeStore({ feedLimit: 3 });
        });
        afterEach(() => small.cleanup());
        const seqs = (changes: Change[]) => changes.map((change) => change.seq);

        it('keeps the last entries and says reset when since is older than them', async () => {
          for (const id of ['a', 'b', 'c', 'd', 'e'])
            await small.store.write([put('tags', note(id))]);
          const all = await small.store.changes();
          expect(all).to.include({ token: 5, reset: true });
          expect(seqs(all.changes)).to.deep.equal([3, 4, 5]);
          expect(await small.store.changes(1)).to.have.property('reset', true);
          const kept = await small.store.changes(2);
          expect(kept).to.not.have.property('reset');
          expect(seqs(kept.changes)).to.deep.equal([3, 4, 5]);
          expect(await small.store.changes(5)).to.deep.equal({ changes: [], token: 5 });
        });

        it('keeps at least the limit when one batch is larger than it', async () => {
          await small.store.write([put('tags', note('x'))]);
          await small.store.write(['a', 'b', 'c', 'd'].map((id) => put('tags', note(id))));
          const recent = await small.store.changes(2);
          expect(recent).to.not.have.property('reset');
          expect(seqs(recent.changes)).to.deep.equal([3, 4, 5]);
          expect(await small.store.changes(0)).to.have.property('reset', true);
        });

        it('trims nothing of the records themselves, and persists the trim', async () => {
          for (const id of ['a', 'b', 'c', 'd', 'e'])
            await small.store.write([put('tags', note(id))]);
          expect(await small.store.getAll('tags')).to.have.length(5);
          if (!small.reopen) return;
          const reopened = await small.reopen();
          expect(await reopened.changes(1)).to.have.property('reset', true);
          expect(await reopened.changes(2)).to.not.have.property('reset');
        });
      });

      it('returns the changes of a write with their records and sequence numbers', async () => {
        await store.write([put('tags', note('t'))]);
        const changes = await store.write([
          put('contacts', note('a')),
          { type: 'delete', collection: 'tags', id: 't' },
        ]);
        expect(changes).to.deep.equal([
          {
            seq: 2,
            collection: 'contacts',
            id: 'a',
            type: 'put',
            revision: 1,
            record: { id: 'a', revision: 1, text: 'a' },
          },
          { seq: 3, collection: 'tags', id: 't', type: 'delete', revision: 1 },
        ]);
      });
    });

    describe('subscriptions', () => {
      it('calls each listener once per committed batch, with the batch and origin "local"', async () => {
        const heard: [Change[], ChangeOrigin][] = [];
        const heardToo: Change[][] = [];
        store.subscribe((changes, origin) => heard.push([changes, origin]));
        store.subscribe((changes) => heardToo.push(changes));
        await store.write([put('contacts', note('a')), put('contacts', note('b'))]);
        await store.write([put('tags', note('t'))]);
        expect(
          heard.map(([changes, origin]) => [changes.map((change) => change.id), origin]),
        ).to.deep.equal([
          [['a', 'b'], 'local'],
          [['t'], 'local'],
        ]);
        expect(heardToo).to.have.length(2);
        expect(heard[0][0][0].record).to.deep.equal({ id: 'a', revision: 1, text: 'a' });
      });

      it('stops calling after unsubscribe', async () => {
        let calls = 0;
        const unsubscribe = store.subscribe(() => (calls += 1));
        await store.write([put('contacts', note('a'))]);
        unsubscribe();
        await store.write([put('contacts', note('b'))]);
        expect(calls).to.equal(1);
      });

      it('is not called for an aborted batch, nor for a batch that changes nothing', async () => {
        await store.write([put('contacts', note('a'))]);
        let calls = 0;
        store.subscribe(() => (calls += 1));
        await rejection(store.write([put('tags', note('t')), put('contacts', note('a'), 0)]));
        await rejection(store.write([put('contacts', note(''))]));
        await store.write([{ type: 'delete', collection: 'contacts', id: 'ghost' }]);
        await store.write([]);
        expect(calls).to.equal(0);
      });

      it('commits and tells the other listeners when one listener throws', async () => {
        const quiet = console.error;
        console.error = () => undefined;
        try {
          let calls = 0;
          store.subscribe(() => {
            throw new Error('listener bug');
          });
          store.subscribe(() => (calls += 1));
          const changes = await store.write([put('contacts', note('a'))]);
          expect(changes).to.have.length(1);
          expect(calls).to.equal(1);
          expect(await store.get('contacts', 'a')).to.not.equal(undefined);
        } finally {
          console.error = quiet;
        }
      });

      it('has the write committed when a listener runs', async () => {
        const seen: unknown[] = [];
        store.subscribe(() => {
          seen.push(store.get<Note>('contacts', 'a'));
        });
        await store.write([put('contacts', note('a'))]);
        expect((await seen[0]) as Note).to.deep.include({ id: 'a', revision: 1 });
      });
    });

    it('keeps its data when reopened (persistent adapters)', async function () {
      if (!fixture.reopen) this.skip();
      await store.write([put('contacts', note('a')), put('preferences', note('me'))]);
      await store.write([put('contacts', note('a'))]);
      store = await fixture.reopen!();
      expect(await store.get('contacts', 'a')).to.deep.equal({ id: 'a', revision: 2, text: 'a' });
      expect(await store.get('preferences', 'me')).to.deep.equal({
        id: 'me',
        revision: 1,
        text: 'me',
      });
      const feed = await store.changes();
      expect(feed.token).to.equal(3);
      const [change] = await store.write([put('contacts', note('a'), 2)]);
      expect(change).to.include({ seq: 4, revision: 3 });
    });
  });
}
