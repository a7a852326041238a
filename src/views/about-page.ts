import { t, type Lang } from "../i18n/index.ts";
import { DATASET_AUTHOR } from "../lib/format/citation.ts";
import { dataPath } from "../lib/web/routes.ts";

export interface AboutSection {
  id: string;
  title: string;
  paragraphs: string[];
  links: { href: string; text: string }[];
}

/**
 * The about page in `lang`: who publishes the data and how to reach them,
 * how figures are chosen and quoted, how they are corrected, the licence.
 * `repository` is the project's public repository (REPOSITORY_URL), whose
 * issue tracker takes reports; without it the page names the tracker only.
 */
export function aboutPageView(lang: Lang, repository: string | undefined): AboutSection[] {
  const data = dataPath(lang);
  const tracker = repository ? `${repository.replace(/\/+$/, "")}/issues` : undefined;
  return [
    {
      id: "editeur",
      title: t(lang, "about.who.title"),
      paragraphs: [t(lang, "about.who.text", { author: DATASET_AUTHOR })],
      links: [],
    },
    {
      id: "contact",
      title: t(lang, "about.contact.title"),
      paragraphs: [t(lang, tracker ? "about.contact.text" : "about.contact.none")],
      links: tracker ? [{ href: tracker, text: t(lang, "about.contact.link") }] : [],
    },
    {
      id: "methode",
      title: t(lang, "about.method.title"),
      paragraphs: [t(lang, "about.method.sources"), t(lang, "about.method.honesty")],
      links: [{ href: `${data}#methode`, text: t(lang, "about.method.link") }],
    },
    {
      id: "corrections",
      title: t(lang, "about.corrections.title"),
      paragraphs: [t(lang, "about.corrections.text")],
      links: [{ href: `${data}#versions`, text: t(lang, "about.corrections.link") }],
    },
    {
      id: "licence",
      title: t(lang, "about.licence.title"),
      paragraphs: [t(lang, "about.licence.text")],
      links: [{ href: `${data}#licence`, text: t(lang, "about.licence.link") }],
    },
  ];
}
