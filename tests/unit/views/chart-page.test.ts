import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import type { ReleaseInfo } from "../../../src/lib/release/releases.ts";
import { chartPageView } from "../../../src/views/chart-page.ts";

// Release 1.1.0 never changes: its chart page is pinned.
const all = siteData();
const v11 = all.datasets.get("1.1.0") as Dataset;
const r11 = all.releases.find((r) => r.version === "1.1.0") as ReleaseInfo;
const site = new URL("https://e.org/");

describe("chartPageView(…).actions: the action bar under the chart", () => {
  it("leads to data, sources, downloads, embed code and citation, in page order (fr)", () => {
    expect(chartPageView(v11, r11, "fr", "emplois", site).actions).toEqual([
      { href: "#donnees", label: "Données" },
      { href: "#sources", label: "Sources" },
      { href: "#telecharger", label: "Télécharger" },
      { href: "#integrer", label: "Intégrer" },
      { href: "#citer", label: "Citer" },
    ]);
  });

  it("keeps the anchors and says the labels in English and Arabic", () => {
    expect(chartPageView(v11, r11, "en", "emplois", site).actions.map((a) => a.label)).toEqual([
      "Data",
      "Sources",
      "Download",
      "Embed",
      "Cite",
    ]);
    const ar = chartPageView(v11, r11, "ar", "emplois", site).actions;
    expect(ar.map((a) => a.label)).toEqual(["البيانات", "المصادر", "تحميل", "تضمين", "استشهاد"]);
    expect(ar.map((a) => a.href)).toEqual([
      "#donnees",
      "#sources",
      "#telecharger",
      "#integrer",
      "#citer",
    ]);
  });
});
