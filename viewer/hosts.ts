// Which Host headers the viewer answers to: the loopback names, the address it listens on and,
// when it listens on every interface, the machine's own addresses and name. A page served from
// another name whose DNS was rebound to 127.0.0.1 sends its own name and is refused.
import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/** The host names (lower case, IPv6 without brackets) a server listening on `listen` answers to. */
export function allowedHosts(listen: string): Set<string> {
  const hosts = new Set(LOOPBACK);
  hosts.add(listen.replace(/^\[|\]$/g, '').toLowerCase());
  if (EVERY_INTERFACE.has(listen)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) hosts.add(address.address.toLowerCase());
    }
    hosts.add(hostname().toLowerCase());
  }
  return hosts;
}

/** True when a Host header ("name", "name:port", "[v6]:port") names one of `hosts` and this port, if it gives one. */
export function hostAllowed(header: string | undefined, hosts: ReadonlySet<string>, port: number): boolean {
  if (header === undefined) return false;
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(header.trim().toLowerCase());
  if (match === null) return false;
  const name = match[1] ?? match[2] ?? '';
  if (match[3] !== undefined && Number(match[3]) !== port) return false;
  return hosts.has(name);
}
