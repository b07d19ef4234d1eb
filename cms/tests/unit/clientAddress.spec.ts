import { describe, expect, it } from 'vitest'
import { addressGroup, clientAddress } from '../../src/http/clientAddress'

describe('addressGroup', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['not an address', 'not an address'],
  ])('counts %s as %s', (address, group) => {
    expect(addressGroup(address)).toBe(group)
  })

  it('gives every address of one IPv6 /64 the same limit, and another /64 its own', () => {
    const at = (peer: string) => clientAddress(new Headers(), peer)
    expect(at('2001:db8:aa:bb::1')).toBe(at('2001:db8:aa:bb:1234:5678:9abc:def0'))
    expect(at('2001:db8:aa:bc::1')).not.toBe(at('2001:db8:aa:bb::1'))
  })
})
