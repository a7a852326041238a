import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { cutRelease } from "../../../../src/lib/release/cut-release.ts";
import { loadDataset } from "../../../../src/lib/data/load-dataset.ts";
import { buildReleaseFiles } from "../../../../src/lib/release/release-files.ts";
import { noteBlocks, parseReleaseNotes } from "../../../../src/lib/release/release-notes.ts";
import { diffDatasets, isEmptyDiff } from "../../../../src/lib/release/diff.ts";
import { listReleases, loadRelease, verifyRelease } from "../../../../src/lib/release/releases.ts";
import { zipRelease } from "../../../../src/lib/release/release-zip.ts";
import { CHANGELOG_BEFORE, scratchProject } from "./scratch-release.ts";

const NOTES =
  "# T 9.0.0\n\n## Français\n\nEn français.\n\n## English\n\nIn English.\n\n## العربية\n\nبالعربية.\n";

describe("parseReleaseNotes(markdown)", () => {
  it("reads the three sections, whatever their order", () => {
    expect(parseReleaseNotes(NOTES)).toEqual({
      fr: "En français.",
      en: "In English.",
      ar: "بالعربية.",
    });
    expect(parseReleaseNotes("## English\nA\n## العربية\nب\n## Français\nC\n")).toEqual({
      fr: "C",
      en: "A",
      ar: "ب",
    });
  });

  it("refuses notes without every language", () => {
    expect(() => parseReleaseNotes("## English\n\nOnly English.\n")).toThrow(
      "release notes: no fr, ar section (expected ## Français, ## English and ## العربية)",
    );
  });
});

describe("noteBlocks(note)", () => {
  it("reads paragraphs and lists, an indented line continuing its item", () => {
    expect(noteBlocks("Intro line\ncontinued.\n\n- one\n  more\n- two")).toEqual([
      { kind: "p", text: "Intro line continued." },
      { kind: "ul", items: ["one more", "two"] },
    ]);
  });
});

/** The current data as a release in a temp folder, after the published releases (copied). */
const dataset = () => loadDataset("data");

describe("a release folder from 2.0.0 on stands alone", () => {
  const meta = {
    version: "9.0.0",
    date: "2099-12-01",
    note: "In English.",
    notes: { fr: "En français.", en: "In English.", ar: "بالعربية." },
  };
  const files = buildReleaseFiles(dataset(), meta);

  it("holds a README, the licence and a CITATION.cff, listed in SHA256SUMS", () => {
    const sums = new TextDecoder().decode(files.get("SHA256SUMS"));
    for (const name of ["README.md", "LICENSE", "CITATION.cff", "corrections.csv"])
      expect(sums).toMatch(new RegExp(`  ${name.replace(".", "\\.")}\\n`));
    const text = (name: string) => new TextDecoder().decode(files.get(name));
    expect(text("LICENSE").startsWith("Creative Commons Attribution 4.0 International\n")).toBe(
      true,
    );
    expect(text("LICENSE")).toContain("Section 1 – Definitions.");
    expect(text("CITATION.cff")).toContain(
      'authors:\n  - name: Équipe Technopark en chiffres\nversion: 9.0.0\ndate-released: "2099-12-01"\n',
    );
    expect(text("README.md")).toContain(
      "- `period_start` (integer, may be empty): First year of a figure that describes a period",
    );
    expect(text("README.md")).toContain("### corrections\n");
  });

  it("from 2.1.0, its CITATION.cff's url is the release's page when the address is known, never the licence", () => {
    const cff = (m: Parameters<typeof buildReleaseFiles>[1]) =>
      new TextDecoder().decode(buildReleaseFiles(dataset(), m).get("CITATION.cff"));
    const known = cff({
      ...meta,
      archive: { releaseUrl: "https://example.org/data/9.0.0/" },
    });
    expect(known).toContain(
      'license-url: "https://creativecommons.org/licenses/by/4.0/"\nurl: "https://example.org/data/9.0.0/"\n',
    );
    const unknown = cff(meta);
    expect(unknown).toContain('license-url: "https://creativecommons.org/licenses/by/4.0/"\n');
    expect(unknown).not.toMatch(/^url:/m);
  });

  it("puts the notes in three languages in datapackage.json, the English one as releaseNote", () => {
    const pkg = JSON.parse(new TextDecoder().decode(files.get("datapackage.json")));
    expect(pkg.releaseNote).toBe("In English.");
    expect(pkg.releaseNotes).toEqual(meta.notes);
  });

  it("zips them with the tables", () => {
    const zip = unzipSync(zipRelease("9.0.0", "2099-12-01", files));
    expect(Object.keys(zip)).toContain("technopark-en-chiffres-9.0.0/LICENSE");
    expect(Object.keys(zip)).toContain("technopark-en-chiffres-9.0.0/README.md");
  });

  it("is cut by the release tool, the notes in the changelog in each language", async () => {
    const root = mkdtempSync(join(tmpdir(), "tp-notes-"));
    const releases = join(root, "releases");
    // The published releases the corrections name (from 2.1.0 on, 2.0.0 too), so they can be checked;
    // but not the latest while data/ is just as it published it (just after a release is cut), since
    // a release that changes nothing is refused. No correction can name that one: nothing changed.
    const published = listReleases();
    const latest = published.at(-1);
    const unchanged = latest && isEmptyDiff(diffDatasets(loadRelease(latest), dataset()));
    for (const { version } of unchanged ? published.slice(0, -1) : published)
      cpSync(join("data/releases", version), join(releases, version), { recursive: true });
    await cutRelease({
      ...meta,
      // 9.0.0 after 1.1.0 skips versions on purpose: any version would do.
      confirmVersion: true,
      // A date after every release, whenever one is cut (2026-12-01 was
      // refused once 2.1.0 was dated 2026-12-07), so one after today.
      confirmDate: true,
      dataDir: "data",
      releasesDir: releases,
      changelog: join(root, "CHANGELOG.md"),
    });
    const out = join(releases, "9.0.0");
    expect(verifyRelease(out)).toEqual([]);
    expect(readdirSync(out)).toContain("CITATION.cff");
    expect(listReleases(releases).find((r) => r.version === "9.0.0")?.notes).toEqual(meta.notes);
    expect(readFileSync(join(root, "CHANGELOG.md"), "utf8")).toContain(
      "## 9.0.0 — 2099-12-01\n\n### English\n\nIn English.\n\n### Français\n\nEn français.\n\n### العربية\n\nبالعربية.\n",
    );
  });

  it("but 1.x releases keep their files: no README, LICENSE or CITATION.cff", () => {
    for (const r of listReleases().filter((x) => x.version.startsWith("1.")))
      expect(r.files.filter((f) => /README|LICENSE|CITATION/.test(f))).toEqual([]);
  });
});

/** Cuts 1.1.0 in a scratch project (1.0.0 published, data/ changed since). */
const cut = (
  p: ReturnType<typeof scratchProject>,
  meta: { note: string; notes?: { fr: string; en: string; ar: string } },
) =>
  cutRelease({
    version: "1.1.0",
    date: "2026-11-25",
    dataDir: p.data,
    releasesDir: p.releases,
    changelog: p.changelog,
    citation: p.citation,
    ...meta,
  });

describe("release notes pass the text rules of data", () => {
  const notes = { fr: "Une note corrigée.", en: "One note corrected.", ar: "تصحيح ملاحظة واحدة." };
  let p: ReturnType<typeof scratchProject>;
  afterEach(() => {
    // Nothing of a refused release is written.
    expect(existsSync(join(p.releases, "1.1.0"))).toBe(false);
    expect(readFileSync(p.changelog, "utf8")).toBe(CHANGELOG_BEFORE);
    rmSync(p.root, { recursive: true, force: true });
  });

  it.each([
    [
      "a bidi control",
      { en: "One note \u202Ecorrected." },
      "the English release note contains the invisible bidi control U+202E, which reorders what readers see: remove it",
    ],
    [
      "a placeholder as the Arabic note",
      { ar: "TODO" },
      'the Arabic release note holds the placeholder "TODO": write the text',
    ],
    [
      "an Arabic note in Latin script",
      { ar: "Une note corrigée dans les données." },
      "the Arabic release note is mainly in Latin script (it reads as French): an Arabic column is written in Arabic, with French titles and quotes in « »",
    ],
    [
      "an English note in the French place",
      { fr: "The note of the jobs figure is corrected." },
      "the French release note reads as English: a French column is written in French",
    ],
    [
      "a zero-width space",
      { fr: "Une note\u200B corrigée." },
      "the French release note contains the invisible character U+200B, which readers cannot see and searches do not match: remove it",
    ],
  ])("refuses %s", async (_what, change, message) => {
    p = scratchProject();
    const all = { ...notes, ...change };
    await expect(cut(p, { note: all.en, notes: all })).rejects.toThrow(
      `Release refused: ${message}.`,
    );
  });

  it("holds a single --note to the rules of English", async () => {
    p = scratchProject();
    await expect(cut(p, { note: "TODO" })).rejects.toThrow(
      'Release refused: the English release note holds the placeholder "TODO": write the text.',
    );
  });
});
