import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oneOfEachShape, pageShape, withoutThemeTwins } from "../../e2e/helpers/page-shapes.ts";

// The helpers that choose which built pages the Chromium gate loads and
// which it gives to axe-core (tests/e2e/gates/pages-in-chromium.test.ts).

const doc = (html: string, body: string, head = "") =>
  `<!doctype html>${html}<head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("pageShape(html)", () => {
  const fr = doc('<html lang="fr" dir="ltr">', '<main class="tp-main"><p>Emplois</p></main>');
  const en = doc('<html lang="en" dir="ltr">', '<main class="tp-main"><p>Jobs</p></main>');
  const ar = doc('<html lang="ar" dir="rtl">', '<main class="tp-main"><p>مناصب</p></main>');

  it("is one shape for a template in French and in English", () => {
    expect(pageShape(fr)).toBe(pageShape(en));
  });

  it("is another shape right to left", () => {
    expect(pageShape(ar)).not.toBe(pageShape(fr));
  });

  it("is another shape with another element, class or role", () => {
    const withTable = doc(
      '<html lang="fr" dir="ltr">',
      '<main class="tp-main"><table></table></main>',
    );
    const otherClass = doc('<html lang="fr" dir="ltr">', '<main class="tp-other"><p>x</p></main>');
    const withRole = doc(
      '<html lang="fr" dir="ltr">',
      '<main class="tp-main" role="note"><p>x</p></main>',
    );
    for (const other of [withTable, otherClass, withRole])
      expect(pageShape(other)).not.toBe(pageShape(fr));
  });

  it("counts a chart's drawing as its <svg> alone", () => {
    const a = doc(
      '<html lang="fr" dir="ltr">',
      '<svg class="tp-plot"><circle r="1"></circle></svg>',
    );
    const b = doc(
      '<html lang="fr" dir="ltr">',
      '<svg class="tp-plot"><rect></rect><text>1</text></svg>',
    );
    expect(pageShape(a)).toBe(pageShape(b));
  });
});

describe("withoutThemeTwins(dist, paths) and oneOfEachShape(dist, paths)", () => {
  const dist = mkdtempSync(join(tmpdir(), "page-shapes-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, "index.html"), html);
  };
  const embed = (theme: string, scheme: string, figure = "2 000") =>
    doc(
      `<html lang="fr" dir="ltr" data-theme="${theme}">`,
      `<main class="tp-embed"><p>${figure}</p></main>`,
      `<meta name="color-scheme" content="${scheme}">`,
    );
  write("/e/jobs/", embed("light", "light"));
  write("/e/jobs/dark/", embed("dark", "dark"));
  write("/e/jobs/auto/", embed("auto", "light dark"));
  write("/e/firms/", embed("light", "light", "900"));
  write("/e/firms/dark/", embed("dark", "dark", "950")); // another figure: not a twin
  write("/latest/jobs/", embed("light", "light")); // the same bytes as /e/jobs/
  write("/fr/", doc('<html lang="fr" dir="ltr">', "<main><p>Accueil</p></main>"));
  write("/en/", doc('<html lang="en" dir="ltr">', "<main><p>Home</p></main>"));

  it("keeps the auto variant for its light and dark twins, and every other page", () => {
    const paths = [
      "/e/jobs/",
      "/e/jobs/dark/",
      "/e/jobs/auto/",
      "/e/firms/",
      "/e/firms/dark/",
      "/fr/",
      "/en/",
    ];
    expect(withoutThemeTwins(dist, paths)).toEqual([
      "/e/jobs/auto/",
      "/e/firms/",
      "/e/firms/dark/",
      "/fr/",
      "/en/",
    ]);
  });

  it("keeps a page that is the kept one byte for byte at another address", () => {
    expect(withoutThemeTwins(dist, ["/e/jobs/", "/latest/jobs/"])).toEqual([
      "/e/jobs/",
      "/latest/jobs/",
    ]);
  });

  it("gives axe the first page of each shape: the French home stands for the English one", () => {
    expect([...oneOfEachShape(dist, ["/fr/", "/en/", "/e/jobs/auto/"])]).toEqual([
      "/fr/",
      "/e/jobs/auto/",
    ]);
  });

  it("names a path with no built file", () => {
    expect(() => withoutThemeTwins(dist, ["/missing/"])).toThrow("no built file for /missing/");
  });
});
