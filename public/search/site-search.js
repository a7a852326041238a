// The header search box's code (src/components/SiteSearch.astro), served
// as it is and loaded on the reader's first focus or search, so that no page
// fetches any search code before it is used: then Pagefind's script from
// the site's own /pagefind/ folder, and its index for the page's language
// (<html lang>), fetched in chunks as words are looked up. Results link to
// pages, with a figure's value as published and its year
// (data-pagefind-meta="figure"), and can be narrowed by park and metric
// (data-pagefind-filter). Plain JavaScript: it is not bundled.

/** How many results are shown (each costs a small fetch). */
const SHOWN = 10;
/** The filters offered, in this order (names as in data-pagefind-filter). */
const FACETS = ["park", "metric"];

function el(tag, text = "", cls = "") {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Pagefind's excerpt (escaped text with <mark> around the words found) as nodes, nothing else kept. */
function excerptNodes(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((n) =>
    n.nodeName === "MARK"
      ? el("mark", n.textContent ?? "")
      : document.createTextNode(n.textContent ?? ""),
  );
}

/**
 * Wires the search box `form` (its data-bundle: Pagefind's folder,
 * data-base: the site's base, data-strings: its words): loads Pagefind and
 * returns `{ run }`, which searches the box's text and shows the results in
 * the element after the form.
 */
export async function searchBox(form) {
  const strings = JSON.parse(form.dataset.strings ?? "{}");
  const panel = form.nextElementSibling;
  const input = form.querySelector("input");
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

  const pagefind = await import(`${form.dataset.bundle ?? "/pagefind/"}pagefind.js`);
  await pagefind.options({ baseUrl: form.dataset.base ?? "/", excerptLength: 20 });
  await pagefind.init();

  const selects = new Map();
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
    const chosen = {};
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
