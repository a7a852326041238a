import { z } from "zod";

/**
 * Why a source address cannot be published as a link, or undefined: it must
 * parse as an http(s) URL, with no spaces and no user name or password in it
 * (a credential in a public dataset is a leak, and browsers warn on them).
 */
export function urlProblem(s: string): string | undefined {
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
