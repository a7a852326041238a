/**
 * The header search box's code, loaded on the reader's first focus or
 * search (SiteSearch.astro): Pagefind's script from the site's own
 * /pagefind/ folder, then its index for the page's language, fetched in
 * chunks as words are looked up. Results link to pages, with a figure's
 * value as published and its year (`data-pagefind-meta="figure"`), and
 * can be narrowed by park and metric (`data-pagefind-filter`).
 */

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    q: string,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** How many results are shown (each costs a small fetch). */
const SHOWN = 10;
/** The filters offered, in this order (names as in data-pagefind-filter). */
const FACETS = ["park", "metric"] as const;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", cls = "") => {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

/** Pagefind's excerpt (escaped text with <mark> around the words found) as nodes, nothing else kept. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((n) =>
    n.nodeName === "MARK"
      ? el("mark", n.textContent ?? "")
      : document.createTextNode(n.textContent ?? ""),
  );
}

/** Wires the search box `form`: loads Pagefind, and returns what runs a search. */
export async function searchBox(form: HTMLFormElement): Promise<{ run: () => Promise<void> }> {
  const strings = JSON.parse(form.dataset.strings ?? "{}") as Record<string, string>;
  const panel = form.nextElementSibling as HTMLElement;
  const input = form.querySelector("input") as HTMLInputElement;
  const status = el("p", "", "tp-search-status");
  status.setAttribute("role", "status");
  const list = el("ol");
  const filters = el("div", "", "tp-search-filters");
  const close = el("button", strings.close);
  close.type = "button";
  close.addEventListener("click", () => {
    panel.hidden = true;
    input.focus();
  });
  panel.replaceChildren(status, filters, list, close);

  const bundle = form.dataset.bundle ?? "/pagefind/";
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset.base ?? "/", excerptLength: 20 });
  await pagefind.init();

  const selects = new Map<string, HTMLSelectElement>();
  let filtersShown = false;
  const showFilters = async () => {
    if (filtersShown) return;
    filtersShown = true;
    const available = await pagefind.filters();
    for (const facet of FACETS) {
      const values = Object.keys(available[facet] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const label = el("label", strings[facet]);
      const select = el("select");
      select.append(new Option(strings.any ?? "", ""), ...values.map((v) => new Option(v, v)));
      select.addEventListener("change", () => void run());
      label.append(" ", select);
      filters.append(label);
      selects.set(facet, select);
    }
  };

  let latest = 0;
  const run = async () => {
    const q = input.value.trim();
    if (!q) return;
    const ticket = ++latest;
    panel.hidden = false;
    status.textContent = strings.loading ?? "";
    await showFilters();
    const chosen: Record<string, string> = {};
    for (const [facet, select] of selects) if (select.value) chosen[facet] = select.value;
    const found = await pagefind.search(q, { filters: chosen });
    const results = found?.results ?? [];
    const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    // What the results shown answer (the query, then any filter values), for scripts and tests.
    panel.dataset.searched = [q, ...Object.values(chosen)].join("|");
    status.textContent = results.length
      ? (strings.count ?? "").replace("{n}", String(results.length))
      : (strings.none ?? "");
    list.replaceChildren(
      ...data.map((d) => {
        const li = el("li");
        const link = el("a", d.meta.title ?? d.url);
        link.href = d.url;
        li.append(link);
        if (d.meta.figure) li.append(el("p", d.meta.figure, "tp-search-meta"));
        const excerpt = el("p", "", "tp-search-excerpt");
        excerpt.append(...excerptNodes(d.excerpt));
        li.append(excerpt);
        return li;
      }),
    );
  };
  return { run };
}
