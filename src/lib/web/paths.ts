/**
 * A site-internal URL under the configured base (`/` locally, a sub-path
 * such as `/technopark-en-chiffres/` on GitHub Pages).
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return base + path.replace(/^\//, "");
}
