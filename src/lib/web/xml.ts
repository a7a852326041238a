/**
 * Text or attribute value escaped for XML and HTML alike (hand-written SVG,
 * the sitemap, the Atom feed, the embed snippet): the five special
 * characters as numeric references, which every XML and HTML parser reads
 * without a DTD.
 */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
