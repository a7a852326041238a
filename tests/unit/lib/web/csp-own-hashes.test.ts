import { describe, expect, it } from "vitest";
import { cspOwnHashes } from "../../../../src/lib/web/csp-own-hashes.ts";

// SHA-256 of "a{}", "b{}", "x=1" and "y=2", base64 (from Python's hashlib).
const A = "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='";
const B = "'sha256-7yqHVAesot11p6HczDsgKRipvI5UPgs97z80zNXlans='";
const X = "'sha256-HyBrEcI+KMwlDe1/wAmNOCOoRnpUNA8axOU1y4VEST8='";
const Y = "'sha256-POfsO/P6k6xtC8AjgjiIoswDtzv3DJp8XtEFquYbbmw='";

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe("cspOwnHashes", () => {
  it("keeps in script-src and style-src only the hashes of the page's own inline scripts and styles", () => {
    const body =
      '<style>a{}</style><script type="module">x=1</script><script src="/s.js"></script>';
    const before = `default-src 'self';img-src 'self' data:; script-src 'self' ${X} ${Y}; style-src 'self' ${A} ${B};`;
    expect(cspOwnHashes(page(before, body))).toBe(
      page(
        `default-src 'self';img-src 'self' data:; script-src 'self' ${X}; style-src 'self' ${A};`,
        body,
      ),
    );
  });

  it("keeps no hash where the page has no inline script, and 'self' still allows its files", () => {
    const body = '<script src="/s.js"></script>';
    expect(cspOwnHashes(page(`script-src 'self' ${X}; style-src 'self' ${A};`, body))).toBe(
      page(`script-src 'self'; style-src 'self';`, body),
    );
  });

  it("leaves a page without a policy as it is", () => {
    const plain = "<!DOCTYPE html><html><head><style>a{}</style></head></html>";
    expect(cspOwnHashes(plain)).toBe(plain);
  });
});
