/**
 * A plain page of another site (a press release) holding `body` as is:
 * what the communications team pastes an embed snippet into.
 */
export function hostPage(body: string): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Communiqué de presse</title>
  </head>
  <body>
    <main>
      <h1>Communiqué de presse</h1>
      <p>Le réseau Technopark en chiffres :</p>
      ${body}
      <p>Fin du communiqué.</p>
    </main>
  </body>
</html>
`;
}

/**
 * Points the absolute URLs of a snippet (src and href attributes) at the
 * origin the test serves the site from: a build knows its public origin
 * (SITE_URL), not the port of this run. Throws on a relative URL, which
 * would load from the press release's own site instead of ours.
 */
export function pointSnippetAt(snippet: string, siteOrigin: string): string {
  return snippet.replace(
    /\b(src|href)=(["'])(.*?)\2/g,
    (_m, attr: string, q: string, url: string) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new Error(`embed snippet: ${attr}="${url}" is not an absolute URL`);
      }
      return `${attr}=${q}${siteOrigin}${parsed.pathname}${parsed.search}${parsed.hash}${q}`;
    },
  );
}
