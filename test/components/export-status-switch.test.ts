import { expect, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { render } from 'lit';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import { bookContext } from '../../src/components/book-context.js';
import type { ContactExportMenu } from '../../src/components/contact-export-menu.js';
import { inside, settle } from './helpers.js';

describe('<contact-export-menu> status', () => {
  it('does not keep reporting the last export once another book (or user) is shown', async () => {
    const store = new MemoryStore();
    const alice = await ContactBook.open({ store, userId: 'alice' });
    await alice.create({ name: { given: 'Jane' } });
    const dana = await ContactBook.open({ store, userId: 'dana' });
    const host = document.createElement('div');
    const provider = new ContextProvider(host, { context: bookContext, initialValue: alice });
    document.body.append(host);
    render(
      html`<contact-export-menu
        @contact-export=${(event: Event) => event.preventDefault()}
      ></contact-export-menu>`,
      host,
    );
    const menu = host.firstElementChild as ContactExportMenu;
    await settle(menu);
    await menu.export('vcard4');
    await settle(menu);
    const status = () => inside(menu, '[part="status"]').textContent!.trim();
    expect(status()).to.equal('1 contact exported');
    provider.setValue(dana);
    await settle(menu);
    expect(status(), "Alice's export is not reported to Dana").to.equal('');
    host.remove();
    alice.close();
    dana.close();
  });
});
