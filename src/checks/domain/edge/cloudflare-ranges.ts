/**
 * Cloudflare's published edge ranges: https://www.cloudflare.com/ips-v4 and
 * https://www.cloudflare.com/ips-v6 (also https://api.cloudflare.com/client/v4/ips).
 *
 * The lists as they stood in 2024 (the 15 IPv4 and 7 IPv6 networks Cloudflare has published since
 * 131.0.72.0/22 was added). They were not re-fetched when this file was written (the build machine
 * has no internet access): compare them with the URLs above when touching this file. Cloudflare
 * changes them rarely and announces changes ahead; the header test (cf-ray) catches a host served
 * from a range added since.
 */
export const CLOUDFLARE_RANGES = {
  source: ['https://www.cloudflare.com/ips-v4', 'https://www.cloudflare.com/ips-v6'],
  asOf: '2024',
  ipv4: [
    '173.245.48.0/20',
    '103.21.244.0/22',
    '103.22.200.0/22',
    '103.31.4.0/22',
    '141.101.64.0/18',
    '108.162.192.0/18',
    '190.93.240.0/20',
    '188.114.96.0/20',
    '197.234.240.0/22',
    '198.41.128.0/17',
    '162.158.0.0/15',
    '104.16.0.0/13',
    '104.24.0.0/14',
    '172.64.0.0/13',
    '131.0.72.0/22'
  ],
  ipv6: ['2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32']
} as const;
