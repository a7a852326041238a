/** One block of a `_headers` file: a URL pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

/**
 * Parses a `_headers` file as Netlify and Cloudflare Pages read it: a line
 * starting with "/" opens a rule, indented "Name: value" lines belong to
 * it, "#" starts a comment. Throws on a header line outside a rule.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], line: i + 1 });
      return;
    }
    const rule = rules[rules.length - 1];
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !m)
      throw new Error(`_headers:${i + 1}: "${line.trim()}" is not a header of a rule`);
    rule.headers.push([m[1] as string, m[2] as string]);
  });
  return rules;
}

/**
 * Whether a `_headers` pattern matches a URL path: "*" matches any rest of
 * the path (a splat), ":name" one path segment, anything else itself.
 */
export function patternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) =>
      part === "*"
        ? ".*"
        : part.startsWith(":")
          ? "[^/]+"
          : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${re}$`).test(path);
}

/**
 * The headers a path receives: those of every matching rule, a header set
 * by several rules joined with ", " (Cloudflare's behaviour; the project's
 * file avoids such overlaps so Netlify, which keeps one, serves the same).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules)
    if (patternMatches(rule.pattern, path))
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        const prev = out.get(key);
        out.set(key, prev === undefined ? value : `${prev}, ${value}`);
      }
  return out;
}
