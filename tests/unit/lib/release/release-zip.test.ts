import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { zipName, zipRelease } from "../../../../src/lib/release/release-zip.ts";

const utf8 = new TextEncoder();
const files = new Map([
  ["b.csv", utf8.encode("id\r\nb\r\n")],
  ["SHA256SUMS", utf8.encode("x  b.csv\n")],
  ["a.json", utf8.encode("[]\n")],
]);

/** Date and time fields of each central-directory entry (DOS format). */
function dosTimes(zip: Uint8Array): { date: number; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { date: number; time: number }[] = [];
  for (let i = 0; i + 4 <= zip.length; i++)
    if (view.getUint32(i, true) === 0x02014b50)
      out.push({ time: view.getUint16(i + 12, true), date: view.getUint16(i + 14, true) });
  return out;
}

describe("zipRelease(version, date, files)", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it("holds every file, byte for byte, under one folder named like the zip, in name order", () => {
    const unzipped = unzipSync(zipRelease("1.2.3", "2026-11-24", files));
    expect(Object.keys(unzipped)).toEqual([
      "technopark-en-chiffres-1.2.3/SHA256SUMS",
      "technopark-en-chiffres-1.2.3/a.json",
      "technopark-en-chiffres-1.2.3/b.csv",
    ]);
    for (const [name, bytes] of files)
      expect(unzipped[`technopark-en-chiffres-1.2.3/${name}`]).toEqual(bytes);
    expect(zipName("1.2.3")).toBe("technopark-en-chiffres-1.2.3.zip");
  });

  it("gives the same bytes every time and in every time zone", () => {
    process.env.TZ = "UTC";
    const utc = zipRelease("1.2.3", "2026-11-24", files);
    process.env.TZ = "Pacific/Kiritimati";
    const east = zipRelease("1.2.3", "2026-11-24", files);
    process.env.TZ = "America/Los_Angeles";
    const west = zipRelease("1.2.3", "2026-11-24", new Map([...files].reverse()));
    expect(Buffer.from(east).equals(Buffer.from(utc))).toBe(true);
    expect(Buffer.from(west).equals(Buffer.from(utc))).toBe(true);
  });

  it("stamps every entry with the release day at 00:00", () => {
    const times = dosTimes(zipRelease("1.2.3", "2026-11-24", files));
    expect(times).toHaveLength(3);
    const date = ((2026 - 1980) << 9) | (11 << 5) | 24;
    for (const t of times) expect(t).toEqual({ date, time: 0 });
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => zipRelease("1.2.3", "24/11/2026", files)).toThrow('date "24/11/2026"');
  });
});
