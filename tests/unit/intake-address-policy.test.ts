import { describe, expect, it } from "vitest";
import { refusedAddress } from "@/lib/intake/address-policy";

describe("refusedAddress: where the server may connect when it fetches an article", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["127.8.9.10", /loopback/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /metadata/],
    ["169.254.1.1", /link-local/],
    ["100.64.0.1", /carrier-grade/],
    ["0.0.0.0", /unspecified/],
    ["224.0.0.1", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["::1", /loopback/],
    ["::", /unspecified/],
    ["fe80::1", /link-local/],
    ["fd12:3456::1", /unique-local/],
    ["ff02::1", /multicast/],
  ])("refuses %s", (ip, why) => {
    expect(refusedAddress(ip)).toMatch(why);
  });

  it.each([
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:169.254.169.254", /metadata/],
    ["::ffff:10.0.0.1", /private/],
    ["64:ff9b::a9fe:a9fe", /metadata/],
    ["2002:7f00:1::1", /loopback/],
  ])("judges IPv4 carried in IPv6 (%s) as the IPv4 address it reaches", (ip, why) => {
    expect(refusedAddress(ip)).toMatch(why);
  });

  it("lets public addresses through, IPv4 and IPv6, and IPv4-mapped public ones", () => {
    expect(refusedAddress("93.184.216.34")).toBeNull();
    expect(refusedAddress("2606:4700::1111")).toBeNull();
    expect(refusedAddress("::ffff:8.8.8.8")).toBeNull();
  });

  it("with allowPrivate opens loopback and private networks but never the metadata service, link-local or multicast", () => {
    const o = { allowPrivate: true };
    expect(refusedAddress("127.0.0.1", o)).toBeNull();
    expect(refusedAddress("10.0.0.1", o)).toBeNull();
    expect(refusedAddress("::ffff:192.168.0.1", o)).toBeNull();
    expect(refusedAddress("169.254.169.254", o)).toMatch(/metadata/);
    expect(refusedAddress("fe80::1", o)).toMatch(/link-local/);
    expect(refusedAddress("224.0.0.1", o)).toMatch(/multicast/);
  });

  it("refuses what is not an address at all", () => {
    expect(refusedAddress("localhost")).toMatch(/not an IP address/);
  });
});
