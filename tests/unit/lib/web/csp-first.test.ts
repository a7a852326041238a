import { describe, expect, it } from "vitest";
import { cspFirst } from "../../../../src/lib/web/csp-first.ts";

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe("cspFirst", () => {
  it("moves the policy right after <meta charset>, before the title and description", () => {
    const page =
      '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="x">' +
      `<title>Emplois</title><meta name="description" content="2 000">${META}<style>a{}</style></head><body></body></html>`;
    expect(cspFirst(page)).toBe(
      `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${META}<meta name="viewport" content="x">` +
        '<title>Emplois</title><meta name="description" content="2 000"><style>a{}</style></head><body></body></html>',
    );
  });

  it("leaves a page without a policy, or without a leading charset, as it is", () => {
    const plain = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head></html>';
    expect(cspFirst(plain)).toBe(plain);
    const odd = `<!DOCTYPE html><html><head><title>t</title>${META}</head></html>`;
    expect(cspFirst(odd)).toBe(odd);
  });
});
