import { expect } from '@open-wc/testing';
import { presenceOf, type PresenceProvider } from '../../src/core/presence.js';

describe('presenceOf', () => {
  it('is unknown without a provider', async () => {
    expect(await presenceOf({ uri: 'xmpp:jane@example.org' })).to.equal('unknown');
  });

  it('asks the provider, and reads a failure or a nonsense answer as unknown', async () => {
    const provider: PresenceProvider = {
      status: (uri) => {
        if (uri.startsWith('sip:')) throw new Error('offline server');
        return uri === 'xmpp:jane@example.org' ? 'busy' : ('sleeping' as 'away');
      },
    };
    expect(await presenceOf({ provider, uri: 'xmpp:jane@example.org' })).to.equal('busy');
    expect(await presenceOf({ provider, uri: 'xmpp:joe@example.org' })).to.equal('unknown');
    expect(await presenceOf({ provider, uri: 'sip:jane@example.org' })).to.equal('unknown');
  });
});
