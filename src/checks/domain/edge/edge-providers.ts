/**
 * How to recognise each edge provider `domain.edge` may name: its published address ranges, and
 * the headers its edge adds to every answer (for hosts on the provider's own-IP or BYOIP setups,
 * whose addresses are not in the public list).
 */
import { BlockList, isIPv6 } from 'node:net';
import type { EdgeProvider } from '../../../config/config-types.js';
import type { HttpResponse } from '../../../http/http-types.js';
import { CLOUDFLARE_RANGES } from './cloudflare-ranges.js';

export interface EdgeSignature {
  name: string;
  ranges: BlockList;
  /** True when the answer came through the provider's edge. */
  servedBy: (response: HttpResponse) => boolean;
}

function blockList(ipv4: readonly string[], ipv6: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of ipv4) list.addSubnet(cidr.split('/')[0]!, Number(cidr.split('/')[1]), 'ipv4');
  for (const cidr of ipv6) list.addSubnet(cidr.split('/')[0]!, Number(cidr.split('/')[1]), 'ipv6');
  return list;
}

const header = (response: HttpResponse, name: string): string => {
  const value = response.headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).toLowerCase();
};

export const EDGE_PROVIDERS: Readonly<Record<EdgeProvider, () => EdgeSignature>> = {
  cloudflare: () => ({
    name: 'Cloudflare',
    ranges: blockList(CLOUDFLARE_RANGES.ipv4, CLOUDFLARE_RANGES.ipv6),
    // Every answer through Cloudflare's proxy carries CF-RAY and `Server: cloudflare`.
    servedBy: (response) => header(response, 'cf-ray') !== '' || header(response, 'server') === 'cloudflare'
  })
};

export function inRanges(signature: EdgeSignature, address: string): boolean {
  return signature.ranges.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
}
