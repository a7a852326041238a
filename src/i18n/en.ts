import type { StringKey } from "./fr.ts";

/** English UI strings. */
export const en: Record<StringKey, string> = {
  "site.name": "Technopark in figures",
  "site.tagline":
    "Figures of Morocco’s Technopark network (Casablanca 2001, Rabat 2012, Tangier 2015), each quoted from its source.",
  "nav.home": "Home",
  "nav.data": "Data",
  "nav.charts": "Charts",
  "nav.timeline": "Timeline",
  "nav.sites": "Sites",
  "nav.languages": "Languages",
  "nav.main": "Main navigation",
  "nav.skip": "Skip to content",
  "home.title": "Technopark in figures",
  "home.headlines": "Key figures",
  "home.headlinesIntro":
    "The most recent published figure of each indicator, as its source words it, with the quote.",
  "home.release": "Data: version {version} of {date}.",
  "home.downloads": "Download the data",
  "figure.source": "Source:",
  "quote.open": "“",
  "quote.close": "”",
  "figure.quote": "Quote",
  "figure.year": "Year",
  "figure.site": "Scope",
  "figure.published": "published",
  "figure.inferredDate": "date inferred from the content",
  "qualifier.exact": "{value}",
  "qualifier.approx": "about {value}",
  "qualifier.more_than": "more than {value}",
  "qualifier.less_than": "less than {value}",
  "site.network": "The three Technoparks",
  "unit.MAD": "MAD {value}",
  "unit.MAD.millions": "MAD {value}",
  "unit.percent": "{value}%",
  "unit.years": "{value} years",
  "footer.licence": "Data under the CC BY 4.0 licence. Every figure links to its source.",
  "footer.version": "Data version: {version}",
  "lang.fr": "Français",
  "lang.en": "English",
  "lang.ar": "العربية",
  "redirect.text": "This page leads to the French version: {link}.",
  // -- charts (issue 3) --
  // -- timeline and sites (issue 4) --
  // -- data page (issue 7) --
  // -- embeds (issue 5) --
};
