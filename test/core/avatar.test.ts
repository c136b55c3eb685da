import { expect } from '@open-wc/testing';
import { avatarColor, initials } from '../../src/core/avatar.js';

describe('avatar', () => {
  it('takes up to two initials in first-last order', () => {
    expect(initials('Jane Doe')).to.equal('JD');
    expect(initials('Doe, Jane')).to.equal('JD');
    expect(initials('Jane Q. Public-Smith')).to.equal('JS');
    expect(initials('acme')).to.equal('A');
    expect(initials('élodie durand')).to.equal('ÉD');
    expect(initials('  ')).to.equal('?');
  });

  it('derives a stable colour from the name', () => {
    expect(avatarColor('Jane Doe')).to.equal(avatarColor(' jane doe '));
    expect(avatarColor('Jane Doe')).to.match(/^hsl\(\d+ 55% 30%\)$/);
    const colours = new Set(['Ann', 'Bob', 'Cid', 'Dee', 'Eve', 'Fay'].map(avatarColor));
    expect(colours.size).to.be.greaterThan(3);
  });
});
