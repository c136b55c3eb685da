// <contact-book> inside a React app: a store passed as a property, events handled in React state.
import { useEffect, useRef, useState } from 'react';
// In your app: `import { MemoryStore } from 'contact-book';` (it registers the elements too).
import { MemoryStore, type Contact, type ContactBookElement } from '../../src/index.js';
import { generateContacts } from '../sample-contacts.js';

/** The demo app: the address book, and what its events told React. */
export function App({ initialStore }: { initialStore?: MemoryStore }) {
  // One store for the app's life: a new one would make the element open a new book.
  const [store] = useState(() => initialStore ?? new MemoryStore());
  const element = useRef<ContactBookElement>(null);
  const [selected, setSelected] = useState<Contact>();
  const [saves, setSaves] = useState(0);

  // Sample contacts, once the element has opened its book on the store.
  useEffect(() => {
    let cancelled = false; // StrictMode runs effects twice: only the last one seeds
    void element.current?.ready().then(async (book) => {
      if (!cancelled && book.size === 0) {
        await book.createMany(generateContacts(50, { seed: 3 }));
      }
    });
    return () => void (cancelled = true);
  }, []);

  return (
    <>
      <header className="demo">
        <h1>contact-book in React</h1>
        <p role="status">
          {selected ? `Selected: ${selected.formattedName}` : 'Nothing selected'} · saved {saves}{' '}
          {saves === 1 ? 'time' : 'times'}
        </p>
      </header>
      <contact-book
        ref={element}
        store={store}
        user-id="me"
        oncontact-select={(event) => setSelected(event.detail.contact)}
        oncontact-save={() => setSaves((count) => count + 1)}
      />
    </>
  );
}
