import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/define.js';
import type { ContactAvatar } from '../../src/components/contact-avatar.js';
import { avatarColor } from '../../src/core/avatar.js';
import { bookWith } from './helpers.js';

describe('<contact-avatar>', () => {
  it('shows the initials on a colour derived from the name', async () => {
    const element = await fixture<ContactAvatar>(
      html`<contact-avatar name="Jane Doe"></contact-avatar>`,
    );
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(base.getAttribute('role')).to.equal('img');
    expect(base.getAttribute('aria-label')).to.equal('Jane Doe');
    expect(base.textContent!.trim()).to.equal('JD');
    const expected = document.createElement('div');
    expected.style.background = avatarColor('Jane Doe');
    expect(base.style.background).to.equal(expected.style.background);
  });

  it('shows the contact picture, large', async () => {
    const book = await bookWith([
      {
        name: { given: 'Ann', family: 'Lee' },
        photo: {
          mediaType: 'image/gif',
          data: 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
        },
      },
    ]);
    const contact = book.all()[0]!;
    const element = await fixture<ContactAvatar>(
      html`<contact-avatar size="large" .contact=${contact}></contact-avatar>`,
    );
    const image = element.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('src')).to.equal(`data:image/gif;base64,${contact.photo!.data}`);
    expect(element.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-label')).to.equal(
      'Ann Lee',
    );
    expect(image.getBoundingClientRect().width).to.be.greaterThan(100);
  });
});
