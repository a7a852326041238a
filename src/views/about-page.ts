import { t, type Lang } from "../i18n/index.ts";
import { DATASET_AUTHOR } from "../lib/format/citation.ts";
import { dataPath, figuresPath, releasePath } from "../lib/web/routes.ts";

export interface AboutSection {
  id: string;
  title: string;
  paragraphs: string[];
  links: { href: string; text: string }[];
}

/** How readers reach the publishers, both set at build time and both optional. */
export interface Contact {
  /** The project's public repository (REPOSITORY_URL), whose issue tracker takes reports. */
  repository?: string | undefined;
  /** An address to write to (CONTACT_EMAIL). */
  email?: string | undefined;
}

/**
 * The "write to us" section: the issue tracker and the address, each when
 * set; with neither, how a reader corrects a figure from the data's own
 * files (the figure's source and quote, the release's corrections.csv).
 * `latest` is the latest release's version, whose corrections.csv is linked.
 * An address that is not one stops the build rather than print a dead link.
 */
function contactSection(lang: Lang, contact: Contact, latest: string): AboutSection {
  const repository = contact.repository?.trim();
  const email = contact.email?.trim();
  const tracker = repository ? `${repository.replace(/\/+$/, "")}/issues` : undefined;
  const paragraphs: string[] = [];
  const links: AboutSection["links"] = [];
  if (tracker) {
    paragraphs.push(t(lang, "about.contact.text"));
    links.push({ href: tracker, text: t(lang, "about.contact.link") });
  }
  if (email) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new Error(`CONTACT_EMAIL "${email}" is not an e-mail address (name@domain.tld)`);
    paragraphs.push(t(lang, "about.contact.email"));
    links.push({ href: `mailto:${email}`, text: email });
  }
  if (!tracker && !email) {
    paragraphs.push(t(lang, "about.contact.none"));
    links.push(
      { href: figuresPath(lang), text: t(lang, "about.contact.figures") },
      {
        href: releasePath(latest, "corrections.csv"),
        text: t(lang, "about.contact.corrections", { version: latest }),
      },
    );
  }
  return { id: "contact", title: t(lang, "about.contact.title"), paragraphs, links };
}

/**
 * The about page in `lang`: who publishes the data and how to reach them
 * (`contact`, see contactSection), how figures are chosen and quoted, how
 * they are corrected, the licence. `latest` is the latest release's version.
 */
export function aboutPageView(lang: Lang, contact: Contact, latest: string): AboutSection[] {
  const data = dataPath(lang);
  return [
    {
      id: "editeur",
      title: t(lang, "about.who.title"),
      paragraphs: [t(lang, "about.who.text", { author: DATASET_AUTHOR })],
      links: [],
    },
    contactSection(lang, contact, latest),
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
