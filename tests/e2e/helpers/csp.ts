/** A Content-Security-Policy as directive name → source expressions. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const KEYWORDS = new Set(["'self'", "'none'", "'strict-dynamic'"]);
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;

/**
 * What in a policy could let a page load from another origin or run code
 * not shipped with it: host sources, schemes other than data: for images,
 * wildcards, 'unsafe-eval'; 'unsafe-inline' too unless `allowInline` (the
 * _headers policy, which defers inline code to the hashed meta policy).
 * `frame-ancestors` is about who may frame the page, not what it loads.
 */
export function policyProblems(policy: Policy, { allowInline = false } = {}): string[] {
  const problems: string[] = [];
  if (policy.get("default-src")?.join(" ") !== "'self'")
    problems.push(
      `default-src is "${policy.get("default-src")?.join(" ") ?? "(missing)"}", not 'self'`,
    );
  if (policy.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  if (policy.get("base-uri")?.join(" ") !== "'self'") problems.push("base-uri is not 'self'");
  for (const [name, sources] of policy) {
    if (name === "frame-ancestors") continue;
    for (const s of sources) {
      if (KEYWORDS.has(s) || HASH.test(s)) continue;
      if (s === "data:" && name === "img-src") continue;
      if (s === "'unsafe-inline'" && allowInline && /^(script|style)-src/.test(name)) continue;
      problems.push(`${name} allows ${s}`);
    }
  }
  return problems;
}
