import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addressClass } from "@/lib/assets/address-class";

describe("address classification (SSRF guard)", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["1.1.1.1", "public"],
    ["93.184.216.34", "public"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["172.15.255.255", "public"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["127.1.2.3", "loopback"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "cgnat"],
    ["100.127.255.255", "cgnat"],
    ["100.128.0.1", "public"],
    ["100.63.255.255", "public"],
    ["192.0.2.1", "reserved"],
    ["198.18.0.1", "reserved"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
  ])("IPv4 %s is %s", (ip, kind) => expect(addressClass(ip)).toBe(kind));

  it.each([
    ["2606:4700:4700::1111", "public"],
    ["2001:4860:4860::8888", "public"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["2001::1", "reserved"],
    ["100::1", "reserved"],
    ["3fff::1", "public"],
    ["4000::1", "reserved"],
  ])("IPv6 %s is %s", (ip, kind) => expect(addressClass(ip)).toBe(kind));

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:8.8.8.8", "public"],
    ["0:0:0:0:0:ffff:c0a8:0101", "private"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::10.0.0.1", "private"],
    ["64:ff9b::8.8.8.8", "public"],
    ["64:ff9b:1::1", "private"],
    ["2002:7f00:0001::1", "loopback"],
    ["2002:0808:0808::1", "public"],
  ])("IPv4 inside IPv6 %s is %s", (ip, kind) => expect(addressClass(ip)).toBe(kind));

  it("answers invalid for names and garbage", () => {
    for (const text of ["localhost", "example.com", "", "1.2.3", "999.1.1.1", "::g"]) expect(addressClass(text)).toBe("invalid");
  });

  it("classifies every IPv4 address the same in its mapped IPv6 form", () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(addressClass(`::ffff:${ip}`)).toBe(addressClass(ip));
      }),
    );
  });
});
