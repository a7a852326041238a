import { z } from "zod";

/**
 * Characters a web address never holds as they are (RFC 3986 has them
 * percent-encoded): `"`, `<` and `>` would close an attribute or open a tag
 * wherever the address is pasted (`"><script>`), and a browser's parser
 * would silently encode them, so the link would differ from the data.
 */
const UNSAFE = /["<>`\\{}^]/;

/**
 * Why a source address cannot be published as a link, or undefined: it must
 * parse as an http(s) URL, with no spaces, no character that must be
 * percent-encoded, and no user name or password in it (a credential in a
 * public dataset is a leak, and browsers warn on them). Invisible and
 * control characters are refused in every cell (src/lib/data/text-rules.ts).
 */
export function urlProblem(s: string): string | undefined {
  const unsafe = UNSAFE.exec(s)?.[0];
  if (unsafe)
    return `holds ${unsafe}, which a web address never carries as it is: write it percent-encoded, or check the address`;
  let url: URL;
  try {
    if (/\s/.test(s)) throw new Error("space");
    url = new URL(s);
  } catch {
    return "must be a web address such as https://example.com/page";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `must be an http(s) address, not ${url.protocol}`;
  if (url.username || url.password) return "must not carry a user name or password";
  return undefined;
}

export const httpUrl = z.string().superRefine((s, ctx) => {
  const problem = urlProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
