/** French UI strings: the reference language, so its keys define the set. */
export const fr = {
  "site.name": "Technopark en chiffres",
  "site.tagline":
    "Les chiffres du réseau Technopark au Maroc (Casablanca 2001, Rabat 2012, Tanger 2015), chacun cité avec sa source.",
  "nav.home": "Accueil",
  "nav.data": "Données",
  "nav.charts": "Graphiques",
  "nav.timeline": "Chronologie",
  "nav.sites": "Sites",
  "nav.languages": "Langues",
  "nav.main": "Navigation principale",
  "nav.skip": "Aller au contenu",
  "home.title": "Technopark en chiffres",
  "home.headlines": "Chiffres clés",
  "home.headlinesIntro":
    "Le chiffre publié le plus récent de chaque indicateur, tel que la source l’écrit, avec sa citation.",
  "home.release": "Données : version {version} du {date}.",
  "home.downloads": "Télécharger les données",
  "figure.source": "Source :",
  "quote.open": "«\u00a0",
  "quote.close": "\u00a0»",
  "figure.quote": "Citation",
  "figure.year": "Année",
  "figure.site": "Périmètre",
  "figure.published": "publié",
  "figure.inferredDate": "date déduite du contenu",
  "qualifier.exact": "{value}",
  "qualifier.approx": "environ {value}",
  "qualifier.more_than": "plus de {value}",
  "qualifier.less_than": "moins de {value}",
  "site.network": "Les trois Technoparks",
  "unit.MAD": "{value} dirhams",
  "unit.MAD.millions": "{value} de dirhams",
  "unit.percent": "{value}\u00a0%",
  "unit.years": "{value} ans",
  "footer.licence": "Données sous licence CC BY 4.0. Chaque chiffre renvoie à sa source.",
  "footer.version": "Version des données : {version}",
  "lang.fr": "Français",
  "lang.en": "English",
  "lang.ar": "العربية",
  "redirect.text": "Cette page mène à la version française : {link}.",
  // -- charts (issue 3) --
  // -- timeline and sites (issue 4) --
  // -- data page (issue 7) --
  // -- embeds (issue 5) --
} as const;

export type StringKey = keyof typeof fr;
