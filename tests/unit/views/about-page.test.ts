import { describe, expect, it } from "vitest";
import { aboutPageView } from "../../../src/views/about-page.ts";

const contactOf = (...args: Parameters<typeof aboutPageView>) =>
  aboutPageView(...args).find((s) => s.id === "contact");

describe("aboutPageView(lang, contact, latest): how to reach the publishers", () => {
  it("links the repository's issue tracker when REPOSITORY_URL is set", () => {
    const contact = contactOf("fr", { repository: "https://github.com/o/technopark/" }, "2.1.0");
    expect(contact?.links).toEqual([
      { href: "https://github.com/o/technopark/issues", text: "Suivi des problèmes du projet" },
    ]);
    expect(contact?.paragraphs).toEqual([
      "Une erreur, une source à ajouter, une question : ouvrez un ticket dans le suivi des problèmes du projet, public et archivé.",
    ]);
  });

  it("gives the address as a mailto link when CONTACT_EMAIL is set, beside the tracker if any", () => {
    const alone = contactOf("en", { email: " data@example.org " }, "2.1.0");
    expect(alone?.links).toEqual([{ href: "mailto:data@example.org", text: "data@example.org" }]);
    expect(alone?.paragraphs).toEqual([
      "An address to write to us, for a mistake, a source to add or a question:",
    ]);
    const both = contactOf(
      "ar",
      { repository: "https://github.com/o/technopark", email: "data@example.org" },
      "2.1.0",
    );
    expect(both?.links.map((l) => l.href)).toEqual([
      "https://github.com/o/technopark/issues",
      "mailto:data@example.org",
    ]);
  });

  it("without either, says how to correct a figure from the data's own files", () => {
    const contact = contactOf("fr", { repository: "", email: undefined }, "2.1.0");
    expect(contact?.paragraphs[0]).toMatch(
      /^Ce site ne publie ni adresse ni suivi des problèmes\./,
    );
    expect(contact?.paragraphs[0]).toContain("le fragment cité mot pour mot et son qualificatif");
    expect(contact?.links).toEqual([
      {
        href: "/fr/chiffres/",
        text: "Tous les chiffres, chacun avec sa source et sa citation",
      },
      { href: "/data/2.1.0/corrections.csv", text: "corrections.csv (version 2.1.0)" },
    ]);
    expect(contactOf("en", {}, "2.1.0")?.links[1]).toEqual({
      href: "/data/2.1.0/corrections.csv",
      text: "corrections.csv (release 2.1.0)",
    });
  });

  it("stops the build on a CONTACT_EMAIL that is not an address", () => {
    expect(() => aboutPageView("fr", { email: "write to us" }, "2.1.0")).toThrow(
      'CONTACT_EMAIL "write to us" is not an e-mail address (name@domain.tld)',
    );
  });
});
