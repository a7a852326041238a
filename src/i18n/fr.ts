/** French UI strings: the reference language, so its keys define the set. */
export const fr = {
  "site.name": "Technopark en chiffres",
  "nav.home": "Accueil",
  "nav.data": "Données",
  "nav.charts": "Graphiques",
  "nav.timeline": "Chronologie",
  "nav.sites": "Sites",
  "nav.languages": "Langues",
  "nav.main": "Navigation principale",
  "nav.skip": "Aller au contenu",
  "nav.menu": "Menu",
  "nav.about": "À propos",
  "home.title": "Technopark en chiffres",
  "home.release": "Données : version {version} du {date}.",
  "home.downloads": "Télécharger les données",
  "figure.source": "Source :",
  "quote.open": "«\u00a0",
  "quote.close": "\u00a0»",
  "figure.year": "Année",
  "figure.site": "Périmètre",
  "figure.published": "publié",
  "figure.inferredDate": "date déduite du contenu",
  "qualifier.exact": "{value}",
  "qualifier.approx": "environ {value}",
  "qualifier.more_than": "plus de {value}",
  "qualifier.less_than": "moins de {value}",
  "qualifier.at_most": "jusqu’à {value}",
  "qualifier.range": "de {value} à {high}",
  "site.network": "Tout le réseau",
  "unit.MAD": "{value} dirhams",
  "unit.MAD.millions": "{value} de dirhams",
  "unit.percent": "{value}\u00a0%",
  "unit.years": "{value} ans",
  "unit.months": "{value} mois",
  "unit.m2": "{value}\u00a0m²",
  "unit.MAD_per_m2_month": "{value}\u00a0DH/m² par mois",
  /** A rate with its horizon: "86 % après 2 ans"; by what the horizon counts from. */
  "horizon.none": "{value} après {duration}",
  "horizon.support": "{value} après {duration} d’accompagnement",
  "horizon.incubation": "{value} après {duration} d’incubation",
  "horizon.creation": "{value} après {duration} d’existence",
  "horizon.exit": "{value}, {duration} après la sortie de l’incubateur",
  "horizon.and": "{a} et {b}",
  "footer.licence": "Données sous licence CC BY 4.0. Chaque chiffre renvoie à sa source.",
  "footer.version": "Version des données : {version}",
  "lang.fr": "Français",
  "lang.en": "English",
  "lang.ar": "العربية",
  "lang.fr.short": "FR",
  "lang.en.short": "EN",
  "lang.ar.short": "ع",
  // -- charts (issue 3) --
  "chart.entreprises.title": "Entreprises hébergées et accompagnées",
  "chart.entreprises-par-site.title": "Entreprises accompagnées, par site",
  "chart.emplois.title": "Emplois",
  "chart.chiffre-affaires.title": "Chiffre d’affaires annuel",
  "chart.part-marche-tic.title": "Part du marché national des TIC",
  "chart.nouvelles-entreprises.title": "Nouvelles entreprises par an",
  "chart.taux-occupation.title": "Taux d’occupation",
  "chart.taux-reussite.title": "Taux de réussite et de pérennité des start-up",
  "chart.sites-en-activite.title": "Sites et villes en activité",
  "chart.capacite-surface-cout.title": "Capacité, surface et coût des sites",
  "chart.loyers.title": "Loyers au mètre carré",
  "chart.export-levees.title": "Start-up qui exportent et fonds levés",
  "chart.entreprises-sortantes.title": "Départs d’entreprises et aides de loyer",
  "chart.axis.companies": "Entreprises",
  "chart.axis.people": "Personnes",
  "chart.axis.jobs": "Emplois",
  "chart.axis.percent": "%",
  "chart.axis.years": "Ans",
  "chart.axis.millionsMAD": "Millions de dirhams",
  "chart.axis.thousandsM2": "Milliers de m²",
  "chart.axis.MAD_per_m2_month": "DH par m² et par mois",
  "chart.axis.sites": "Sites",
  "chart.axis.cities": "Villes",
  "chart.listSeparator": ", ",
  "chart.clauseSeparator": " ; ",
  "chart.colon": " : ",
  "chart.takeaway": "{metric} — {figures}.",
  "chart.takeaway.year": "en {year} : {figures}",
  "chart.desc.figure": "{scope}, {year} : {value} (source : {source})",
  "chart.key.exact": "chiffre publié",
  "chart.key.approx": "chiffre approximatif (« près de », « environ »)",
  "chart.key.more_than": "borne basse (« plus de ») : la valeur réelle est plus élevée",
  "chart.key.less_than": "borne haute (« moins de ») : la valeur réelle est plus basse",
  "chart.key.at_most":
    "maximum (« jusqu’à », « ne dépasse pas ») : la valeur réelle est au plus celle-ci",
  "chart.key.period": "trait horizontal épais : chiffre d’une période, tracé sur toute sa durée",
  "chart.key.period_other":
    "trait épais pâle : chiffre d’une période approximatif ou borne (« plus de »)",
  "chart.key.link": "tirets : relient deux chiffres publiés, aucune valeur n’est connue entre eux",
  "chart.key.opening": "trait vertical : ouverture d’un site",
  "chart.bigNumber": "Un seul chiffre publié : il est donné tel quel, sans graphique.",
  "chart.caveats": "Précautions de lecture",
  "chart.caveat.singleSite":
    "Les chiffres de {years} ne couvrent que {site}, seul Technopark ouvert à cette date (ouvertures suivantes : {later}).",
  "chart.caveat.scopes":
    "Les chiffres de tout le réseau et ceux de chaque site forment des séries distinctes : ils ne s’additionnent pas.",
  "chart.caveat.partialScope":
    "Les chiffres de {year} donnés pour le réseau ne couvrent que {parks} ({count} ouverts cette année-là) : ils ne se comparent pas aux chiffres du réseau des autres années.",
  "chart.caveat.upperBounds":
    "« Moins de » et « jusqu’à » donnent une borne haute : la valeur exacte n’est pas publiée et le point marque un maximum.",
  "chart.caveat.same": "{scope}, {year} : le même chiffre, {value}, {sources} ({names}).",
  "chart.caveat.sameNumber":
    "{scope}, {year} : le même nombre, {number}, {sources}, mais en des termes différents ({figures}).",
  "chart.scope.partial": "{site} ({parks} : {count})",
  "chart.period.annual": "{value} par an en moyenne",
  "chart.period.other": "{value} sur toute la période",
  "chart.desc.period": "{scope}, {from}–{to} : {value} (source : {source})",
  "chart.caveat.bounds":
    "« Plus de » donne une borne basse : la valeur exacte n’est pas publiée et le point marque un minimum.",
  "chart.caveat.periodsDrawn":
    "Chiffres d’une période, tracés comme un trait sur toute la période et non comme le chiffre d’une année : {figures}.",
  "chart.caveat.ranges":
    "Fourchettes, non tracées, aucun point ne pouvant les dire sans inventer un chiffre : {figures}.",
  "chart.caveat.likelySlip":
    "Non tracé : {figure}, tel qu’imprimé mais sans doute une coquille, les autres sources donnant dix fois plus ; il reste dans les données.",
  "chart.caveat.periods":
    "Chiffres d’une période, non tracés comme le chiffre d’une année : {figures}.",
  "chart.caveat.disagree":
    "{scope}, {year} : les sources ne concordent pas ({figures}) ; {shown}, chacun avec sa source.",
  "chart.caveat.sparse":
    "Seules les années pour lesquelles un chiffre a été publié sont tracées ; aucune valeur n’est interpolée.",
  "chart.notes": "Notes du jeu de données (en anglais)",
  "chart.index.title": "Graphiques",
  "chart.index.intro":
    "Chaque graphique trace les chiffres publiés, tels que leur source les écrit ; rien n’est interpolé.",
  "chart.page.description": "{title} : chiffres publiés, sources, données et images à télécharger.",
  "chart.data": "Données",
  "chart.table.caption": "Les chiffres tracés, tels que publiés",
  "chart.table.captionOf": "{metric} : les chiffres tracés, tels que publiés",
  "chart.table.metric": "Indicateur",
  "chart.table.value": "Valeur publiée",
  "chart.sources": "Sources",
  "chart.sourcesCount": "Afficher les sources ({count}) et la citation exacte de chaque chiffre",
  "chart.downloads": "Télécharger",
  "chart.download.csv": "Données (CSV)",
  "chart.download.json": "Données (JSON)",
  "chart.download.svg": "Image (SVG)",
  "chart.download.png": "Image (PNG, haute résolution)",
  "chart.download.note":
    "Les fichiers de données contiennent exactement les chiffres tracés, avec les colonnes de observations.csv de la version {version}.",
  "chart.permalink": "Lien permanent",
  "chart.cite": "Citer ce graphique",
  "chart.cite.text": "{site}, « {title} », graphique, données version {version}, {url}.",
  "chart.cite.note": "Graphique, données version {version}, licence CC BY 4.0",
  "chart.copy": "Copier",
  "chart.copied": "Copié",
  // Chart page action bar, embed theme and data cards (issue 15, chart page).
  "chart.actions": "Sur cette page",
  "chart.action.embed": "Intégrer",
  "chart.action.cite": "Citer",
  "embed.theme.auto": "Auto (comme votre page)",
  "chart.version": "Données : version {version}.",
  "chart.credit": "{site} · données version {version} · CC BY 4.0",
  "chart.all": "Tous les graphiques",
  // -- timeline and sites (issue 4) --
  "timeline.title": "Chronologie",
  "timeline.heading": "Chronologie du réseau Technopark, {from} – {to}",
  "timeline.description":
    "Ouvertures, anniversaires, événements et projets du réseau Technopark, chacun daté à la précision connue et cité avec sa source.",
  "timeline.intro":
    "Chaque événement est daté comme la source le permet : un jour, un mois, une année ou seulement une période. Les projets et annonces sont séparés des faits. Les chiffres publiés sont placés à leur année.",
  "timeline.chartCaption":
    "Chaque événement est nommé en bref sur l’axe ; un clic ou une touche sur lui mène, dans la liste ci-dessous, à son intitulé complet, sa citation et sa source.",
  "timeline.chartDesc": "Axe du temps de {from} à {to}. {events}",
  "timeline.chartFigures": "Chiffres publiés pour : {years}.",
  "timeline.scroll": "Axe du temps",
  "timeline.section.facts": "Faits : ouvertures, anniversaires, événements",
  "timeline.lane.figures": "Chiffres publiés",
  "timeline.lane.opening": "Ouvertures",
  "timeline.lane.anniversary": "Anniversaires",
  "timeline.lane.event": "Événements",
  "timeline.lane.plan": "Projets et annonces (pas des faits)",
  "timeline.kind.opening": "Ouverture",
  "timeline.kind.anniversary": "Anniversaire",
  "timeline.kind.event": "Événement",
  "timeline.kind.plan": "Projet ou annonce",
  "timeline.legend": "Légende",
  "timeline.legend.fact": "Plein : un fait",
  "timeline.legend.plan": "Creux, en pointillés : un projet ou une annonce",
  "timeline.legend.day": "Rond : date connue au jour",
  "timeline.legend.range":
    "Rectangle : date connue au mois, à l’année ou sur une période, tracé sur toute la période possible",
  "timeline.legend.inferred": "Pâle, intitulé en italique : date déduite du contenu de la source",
  "timeline.legend.figures": "Losange : année pour laquelle des chiffres sont publiés",
  "timeline.listHeading": "Année par année : les événements et les chiffres publiés",
  "timeline.figuresHeading": "Chiffres publiés pour {year}",
  "timeline.figuresCount": "Chiffres publiés pour {year} : {count}",
  "timeline.jump": "Aller à l’année",
  "timeline.seeChart": "Voir le graphique : {metric}",
  "timeline.note": "Note :",
  "timeline.summary": "{date} : {label} ({kind}, {site}).",
  "timeline.inferred": "{date} (date déduite du contenu)",
  "timeline.homeLink": "La chronologie du réseau, des ouvertures aux projets annoncés",
  "sites.title": "Les sites",
  "sites.description":
    "Les Technoparks du réseau : année d’ouverture, chiffres publiés par année, événements et sources.",
  "sites.intro":
    "Chaque site a sa page : ses chiffres année par année, tels que les sources les écrivent, ses événements et ses sources.",
  "sites.opened": "Ouvert en {year}",
  "sites.networkHeading": "Chiffres de l’ensemble du réseau",
  "sites.networkIntro":
    "Les chiffres que les sources donnent pour les parcs ensemble, tels que publiés. Aucun total n’est recalculé ici.",
  "sites.noNetworkFigures":
    "Aucun chiffre publié pour l’ensemble du réseau dans cette version des données.",
  "sites.pageDescription":
    "{name} : année d’ouverture, chiffres publiés par année, événements et sources.",
  "sites.figures": "Chiffres par indicateur et par année",
  "sites.noFigures": "Aucun chiffre publié pour ce site dans cette version des données.",
  "sites.events": "Événements",
  "sites.noEvents": "Aucun événement pour ce site dans cette version des données.",
  "sites.sources": "Sources",
  "sites.all": "Tous les sites",
  "sites.seeTimeline": "Voir la chronologie de tout le réseau",
  "sites.homeLink": "Les sites Technopark, site par site, avec leurs chiffres",
  // -- data page (issue 7) --
  "data.title": "Données",
  "data.description":
    "Les jeux de données versionnés de Technopark en chiffres : CSV, CSV pour Excel et JSON avec leurs empreintes SHA-256, dictionnaire des données, méthode et citation.",
  "data.intro":
    "Chaque version des données est publiée une fois pour toutes : ses fichiers ne changent plus jamais, et leurs empreintes SHA-256 permettent de le vérifier. Citez la version que vous avez utilisée : elle donnera toujours les mêmes octets.",
  "data.latest": "Dernière version : {version}, publiée le {date}.",
  "data.download.zip": "Toute la version en un fichier zip",
  "data.download.csv": "Les chiffres en CSV",
  "data.download.datapackage": "La description des tables (Data Package)",
  "data.download.all":
    "Tous les fichiers de la version {version}, avec leur taille et leur empreinte SHA-256, sa citation et ses changements",
  "data.toc": "Sur cette page",
  "data.country": "Maroc",
  "data.releases.title": "Versions",
  "data.releases.intro":
    "De la plus récente à la plus ancienne. La page de chaque version donne tous ses fichiers (CSV, CSV pour Excel, JSON) avec leur taille et leur empreinte SHA-256, sa citation, ses notes et ce qui a changé depuis la précédente.",
  "data.release.heading": "Version {version}",
  "data.release.latest": "dernière version",
  "data.release.date": "Publiée le {date}.",
  "data.release.note": "Notes de version (en anglais)",
  "data.release.notes": "Notes de version",
  "data.release.title": "Données, version {version}",
  "data.release.description":
    "La version {version} des données de Technopark en chiffres, publiée le {date} : ses fichiers avec leur taille et leur empreinte SHA-256, sa citation, ses notes et ses changements.",
  "data.release.address": "Adresse permanente de cette version, à citer",
  "data.release.alias":
    "Cette adresse montre toujours la dernière version, aujourd’hui la {version} ; pour la citer, donnez son adresse permanente ci-dessous.",
  "data.release.changes": "Changements",
  "data.release.previous": "Version précédente : {version}",
  "data.release.next": "Version suivante : {version}",
  "data.release.all": "Toutes les versions",
  "data.release.others": "Autres versions",
  "data.folder.title": "Versions publiées des données",
  "data.folder.description":
    "Le dossier de chaque version publiée des données de Technopark en chiffres, avec ses fichiers, leur taille et leur empreinte SHA-256.",
  "data.folder.more":
    "Tout sur les données : errata, contrôles de cohérence, dictionnaire, méthode et licence",
  "data.files.summary": "Fichiers ({count})",
  "data.files.caption":
    "Fichiers de la version {version}, avec leur taille et leur empreinte SHA-256",
  "data.files.file": "Fichier",
  "data.files.content": "Contenu",
  "data.files.size": "Taille",
  "data.files.verify": "Pour vérifier des fichiers téléchargés, lancez dans leur dossier :",
  "data.format.csv": "CSV standard (RFC 4180, UTF-8, virgules)",
  "data.format.excel-csv":
    "CSV pour Excel en français (UTF-8 avec BOM, points-virgules, virgule décimale)",
  "data.format.json": "JSON (tableau d’objets)",
  "data.format.datapackage":
    "Paquet de données Frictionless : schémas, tailles et empreintes des CSV",
  "data.format.readme":
    "Ce que contient la version, chaque colonne, comment la citer et la vérifier",
  "data.format.licence": "Le texte de la licence CC BY 4.0",
  "data.format.citation": "Comment citer cette version (Citation File Format)",
  "data.format.archive": "Métadonnées pour une archive (Zenodo), qui lui donne un DOI",
  "data.format.checksums": "Empreintes SHA-256 de tous les fichiers (format sha256sum)",
  "data.format.zip": "Toute la version en une archive zip",
  "data.cite.title": "Citer la version {version}",
  "data.cite.text":
    "{author}. {title}, version {version} [jeu de données], {date}. Licence CC BY 4.0. {url}",
  "data.cite.bibtex": "BibTeX",
  "data.cite.cff": "Pour les logiciels bibliographiques, le fichier de citation de cette version :",
  "data.cite.cffNoUrl":
    "Ce fichier, publié tel quel, ne donne pas l’adresse de la version : c’est {url}.",
  "data.cite.cffOtherUrl":
    "Ce fichier, publié tel quel, donne comme adresse (url) {given} ; l’adresse de cette version est {url}.",
  "data.diff.title": "Changements de la version {from} à la version {to}",
  "data.diff.caption": "Lignes ajoutées, modifiées et retirées par table, de {from} à {to}",
  "data.diff.table": "Table",
  "data.diff.added": "Ajoutées",
  "data.diff.changed": "Modifiées",
  "data.diff.removed": "Retirées",
  "data.diff.counts": "{added}, {changed}, {removed}",
  "data.diff.none": "Aucune ligne n’a changé.",
  "data.diff.arrow": "→",
  "data.diff.first": "Première version : aucune version antérieure à comparer.",
  "data.dictionary.title": "Dictionnaire des données",
  "data.dictionary.description":
    "Chaque table des données de Technopark en chiffres, colonne par colonne (type, valeurs permises, signification), et chaque indicateur avec son unité et sa définition.",
  "data.dictionary.lead":
    "Les tables de la version {version}, colonne par colonne, puis les indicateurs que mesurent les chiffres.",
  "data.dictionary.tables": "Tables et colonnes",
  "data.dictionary.summary":
    "Chaque table, colonne par colonne (type, valeurs permises, signification), et chaque indicateur avec son unité et sa définition, sur une page à part :",
  "data.dictionary.intro":
    "Généré à partir des schémas qui valident chaque fichier ; datapackage.json donne la même description aux logiciels. Les colonnes sont dans l’ordre des fichiers.",
  "data.dictionary.caption": "Colonnes de {file}",
  "data.dictionary.column": "Colonne",
  "data.dictionary.type": "Type",
  "data.dictionary.allowed": "Valeurs permises",
  "data.dictionary.meaning": "Signification",
  "data.dictionary.required": "obligatoire",
  "data.dictionary.optional": "peut être vide",
  "data.dictionary.any": "libre",
  "data.type.string": "texte",
  "data.type.integer": "nombre entier",
  "data.type.number": "nombre",
  "data.table.sources": "Les documents publiés dont chaque chiffre et chaque événement est cité.",
  "data.table.sites": "Les sites Technopark, avec leurs noms en français, en anglais et en arabe.",
  "data.table.metrics": "Ce que mesure chaque chiffre observé, son unité et sa nature.",
  "data.table.observations":
    "Un chiffre tel que publié : indicateur, site, année, valeur, qualificatif, source et citation mot pour mot.",
  "data.table.events":
    "Ouvertures, anniversaires, événements et projets, chacun cité de sa source.",
  "data.table.places":
    "Les villes nommées par des projets du réseau où aucun parc n’est ouvert, avec leur identifiant GeoNames et les projets qui les nomment.",
  "data.table.corrections":
    "Errata : chaque champ d’une ligne publiée dans une version antérieure que cette version corrige, avec la raison et la source.",
  "data.errata.title": "Errata",
  "data.errata.intro":
    "Une version publiée ne change jamais. Quand une version plus récente corrige une ligne publiée, la correction est listée ici (fichier corrections.csv) : la ligne, la version qui l’a publiée, le champ, l’ancienne et la nouvelle valeur, pourquoi, et la source qui le justifie.",
  "data.errata.none": "Aucune correction à ce jour.",
  "data.errata.changed": "{field} : « {before} » → « {after} »",
  "data.errata.removed": "ligne retirée",
  "data.errata.replaced": "ligne retirée, remplacée par {after}",
  "data.errata.empty": "(vide)",
  "data.errata.published": "publiée dans la version {version}",
  "data.errata.source": "Source :",
  "data.diff.errata": "Corrections apportées par cette version",
  "data.consistency.title": "Contrôles de cohérence",
  "data.consistency.intro":
    "Des chiffres de sources différentes qui ne peuvent pas être tous justes tels qu’ils sont imprimés. Ils sont signalés, jamais corrigés : chacun reste affiché avec sa source. Trois contrôles : un total cumulé ne baisse pas avec le temps ; les chiffres des parcs d’une année ne dépassent pas, ensemble, celui du réseau ; un stock ne dépasse pas le cumul qui l’inclut (entreprises présentes et entreprises hébergées, accompagnées ou soutenues depuis l’ouverture ; emplois et emplois cumulés).",
  "data.consistency.none": "Aucune incohérence relevée dans la version {version}.",
  "data.consistency.rule.cumulative-falls": "Un total cumulé baisse : {metric}, {year}",
  "data.consistency.rule.parts-exceed-network": "Les parcs dépassent le réseau : {metric}, {year}",
  "data.consistency.rule.stock-above-cumulative":
    "Un stock dépasse le cumul qui l’inclut : {metric}, {year}",
  "data.consistency.versus": "au-dessus de",
  "data.metrics.title": "Indicateurs",
  "data.metrics.intro":
    "Chaque indicateur de la version {version} (fichier metrics.csv), avec son unité, sa nature et sa définition. Sa nature dit comment lire un chiffre :",
  "data.metrics.caption": "Indicateurs de la version {version}",
  "data.metrics.metric": "Indicateur",
  "data.metrics.unit": "Unité",
  "data.metrics.kind": "Nature",
  "data.metrics.definition": "Définition",
  "data.kind.stock":
    "un niveau à une date : les entreprises présentes, les personnes qui y travaillent.",
  "data.kind.cumulative":
    "un total depuis l’ouverture : toutes les entreprises passées par le parc, y compris celles qui en sont parties.",
  "data.kind.annual":
    "un flux sur une année : le chiffre d’affaires d’une année, les entreprises arrivées dans l’année.",
  "data.kind.share": "un pourcentage.",
  "data.kind.rate":
    "un pourcentage au bout d’un délai, que chaque chiffre donne (horizon) : deux délais ne font jamais une série.",
  "data.kind.target":
    "un objectif qu’un plan fixe pour une année à venir : jamais un fait, il est le seul chiffre dont l’année suit celle de sa source.",
  "data.kind.facility":
    "une capacité, une surface ou un coût d’un site ou de son projet, qu’une source peut donner avant l’ouverture.",
  "data.method.title": "Méthode",
  "data.method.origin":
    "Chaque chiffre vient d’un document publié, le plus souvent un article de presse qui reprend la société gestionnaire des Technoparks (MITC). Il est enregistré avec sa source, le plus court fragment du texte qui le porte, mot pour mot et dans sa langue, et le qualificatif que la source emploie.",
  "data.method.noInvention":
    "Rien n’est estimé, interpolé ni arrondi : une année sans source reste sans chiffre, et « plus de 900 » reste « plus de 900 ». Les jeux de données ne contiennent que des chiffres publiés ; un chiffre que le site calcule est présenté comme dérivé, avec sa formule.",
  "data.method.qualifiers": "Qualificatifs",
  "data.qualifier.exact": "La source donne le chiffre sans réserve.",
  "data.qualifier.approx":
    "La source dit « près de », « environ », « autour de », « quelque » ou « une cinquantaine » : le chiffre est approché.",
  "data.qualifier.more_than": "La source dit « plus de » : le chiffre est un minimum.",
  "data.qualifier.less_than": "La source dit « moins de » : le chiffre est un maximum.",
  "data.qualifier.at_most":
    "La source dit « jusqu’à » ou « ne dépasse pas » : le chiffre est un maximum qui peut être atteint.",
  "data.qualifier.range":
    "La source donne une fourchette, « de 30 à 40 » : value en est la borne basse, value_high la borne haute ; aucun des deux bouts n’est le chiffre.",
  "data.method.dates": "Dates et années déduites",
  "data.method.datesText":
    "Beaucoup d’articles ne sont pas datés. Une date déduite du contenu (un anniversaire, « en septembre prochain ») est marquée inferred et peut être un intervalle comme 2014/2015. Quand l’année d’un chiffre est déduite, sa note le dit et donne les autres années possibles.",
  "data.method.caveats": "Précautions",
  "data.method.caveat.kinds":
    "Ne comparez pas un stock à un cumul : 250 entreprises présentes en 2016 et 900 entreprises accompagnées depuis 2001 ne mesurent pas la même chose.",
  "data.method.caveat.scope":
    "Jusqu’en 2012, Casablanca était le seul parc ; network désigne les parcs ouverts à la date du chiffre (Casablanca et Rabat avant l’ouverture de Tanger en 2015). Quand la source est ambiguë, la note de l’observation précise le périmètre.",
  "data.method.caveat.years":
    "Une année déduite peut être décalée d’un an : lisez la note avant de tracer une série.",
  "data.method.caveat.mitc":
    "La plupart des chiffres viennent de MITC, reprise par la presse : plusieurs articles qui concordent ne sont pas des mesures indépendantes.",
  "data.method.caveat.quotes":
    "Les citations restent dans la langue des sources (le français) ; les libellés et les définitions sont traduits, pas les citations.",
  "data.method.disagreements": "Quand les sources divergent",
  "data.method.disagreementsIntro":
    "Cette liste est produite par le code à partir de la version {version} : plusieurs chiffres pour le même indicateur, le même périmètre et la même année. Aucun n’est écarté : chacun reste une observation, avec sa source.",
  "data.method.agree": "Chiffres donnés à l’identique par plusieurs sources",
  "data.method.sources": "Sources de la version {version}",
  "data.licence.title": "Licence et citation",
  "data.licence.text":
    "Les données sont publiées sous licence Creative Commons Attribution 4.0 International : vous pouvez les copier, les transformer et les réutiliser, y compris commercialement, à condition de les citer. Texte de la licence :",
  "data.licence.cite":
    "Citez toujours une version précise (voir « Citer la version » sur la page de chaque version) : ses fichiers ne changeront jamais. Chaque version depuis la 2.0.0 contient un fichier CITATION.cff pour les logiciels bibliographiques. Les articles cités restent la propriété de leurs éditeurs.",
  "data.programs.title": "Pour les programmes",
  "data.programs.index": "toutes les versions et leurs fichiers, avec taille, SHA-256 et adresse.",
  "data.programs.versions": "la liste des versions.",
  "data.programs.latest":
    "toujours la dernière version, sous les mêmes noms de fichiers ; pour un travail reproductible, préférez l’adresse d’une version.",
  // -- embeds (issue 5) --
  "embed.heading": "Intégrer ce graphique",
  "embed.intro":
    "Collez ce code dans une page web : le graphique s’affiche dans un cadre qui prend la hauteur de son contenu. Figé sur une version, il ne changera jamais, même après de nouvelles données.",
  "embed.version": "Données",
  "embed.pinned": "Figées sur la version {version}",
  "embed.latest": "Toujours la dernière version",
  "embed.language": "Langue",
  "embed.theme": "Thème",
  "embed.theme.light": "Clair",
  "embed.theme.dark": "Sombre",
  "embed.code": "Code à copier",
  "embed.copy": "Copier le code",
  "embed.help":
    "Le script, à inclure une seule fois par page, ajuste la hauteur du cadre ; sans lui, le cadre garde une hauteur fixe suffisante. Aucun cookie, aucune mesure d’audience, rien n’est chargé d’un autre site.",
  "embed.preview": "Aperçu",
  "embed.images": "Images pour les documents",
  "embed.imagesIntro":
    "Pour un communiqué en PDF ou un traitement de texte : le graphique avec son titre et sa source, en PNG haute définition ou en SVG.",
  "embed.more":
    "Autres choix : toujours la dernière version, une autre langue, le thème sombre ; aperçu et images pour les documents",
  "embed.page.title": "Intégrer « {title} »",
  "embed.page.description":
    "{title} : le code pour intégrer ce graphique dans une page web, figé sur une version ou toujours à jour, en trois langues et trois thèmes ; images pour les documents.",
  "embed.credit": "{site}, données v{version}",
  "embed.open": "Voir le graphique, ses données et ses sources",
  // -- publishing: feed, catalogue, about and 404 pages (issue 16) --
  "feed.title": "Technopark en chiffres : versions des données",
  "feed.subtitle": "Chaque nouvelle version des jeux de données, avec ses notes et son archive.",
  "feed.entry": "Version {version} des données",
  "data.programs.feed":
    "le fil Atom des versions, pour suivre les nouvelles données dans un lecteur de flux.",
  "data.programs.catalog":
    "le catalogue DCAT (JSON-LD) des jeux de données, que moissonnent les portails de données ouvertes (CKAN).",
  "footer.about": "À propos",
  "about.title": "À propos",
  "about.description":
    "Qui publie Technopark en chiffres, comment les chiffres sont choisis, cités et corrigés, et comment les réutiliser.",
  "about.who.title": "Qui publie ces données",
  "about.who.text":
    "Technopark en chiffres est un projet indépendant de données ouvertes, publié par {author}. Il rassemble les chiffres que la presse et la société qui gère les Technoparks (MITC) ont publiés ; il n’est pas affilié à MITC.",
  "about.contact.title": "Nous écrire",
  "about.contact.text":
    "Une erreur, une source à ajouter, une question : ouvrez un ticket dans le suivi des problèmes du projet, public et archivé.",
  "about.contact.link": "Suivi des problèmes du projet",
  "about.contact.email":
    "Une adresse pour nous écrire, pour une erreur, une source à ajouter ou une question :",
  "about.contact.none":
    "Ce site ne publie ni adresse ni suivi des problèmes. Pour vérifier ou corriger un chiffre, partez des données elles-mêmes : chaque chiffre a sa page, avec sa source, le fragment cité mot pour mot et son qualificatif, à comparer avec la source. Les corrections déjà faites sont dans le fichier corrections.csv de chaque version : la ligne, le champ, l’ancienne et la nouvelle valeur, la raison et la source ; une correction de votre copie des données se consigne de la même façon.",
  "about.contact.figures": "Tous les chiffres, chacun avec sa source et sa citation",
  "about.contact.corrections": "corrections.csv (version {version})",
  "about.method.title": "Comment les chiffres sont choisis et cités",
  "about.method.sources":
    "Chaque chiffre vient d’une source publiée (article de presse, communiqué), citée avec le court fragment qui le porte, mot pour mot, et son qualificatif : « plus de 900 » reste « plus de 900 », jamais « 900 ».",
  "about.method.honesty":
    "Aucun chiffre n’est inventé, complété ni arrondi. Un chiffre que nous calculons est signalé comme dérivé, avec sa formule. Quand deux sources se contredisent, les deux chiffres sont gardés, signalés et montrés.",
  "about.method.link": "Méthode détaillée et désaccords entre sources",
  "about.corrections.title": "Corrections",
  "about.corrections.text":
    "Une version publiée ne change jamais : ses fichiers gardent les mêmes octets et les mêmes sommes de contrôle. Une erreur trouvée est corrigée dans une nouvelle version et consignée dans les errata : la ligne, la version, l’ancienne et la nouvelle valeur, la raison et la source.",
  "about.corrections.link": "Errata et historique des versions",
  "about.licence.title": "Licence et citation",
  "about.licence.text":
    "Les données sont sous licence CC BY 4.0 : réutilisez-les librement en citant la source et la version utilisée. Le code du site est sous licence MIT.",
  "about.licence.link": "Comment citer une version",
  "notfound.title": "Page introuvable",
  "notfound.text":
    "Cette adresse ne correspond à aucune page du site. Les chiffres, les graphiques et les données sont accessibles depuis l’accueil.",
  "notfound.home": "Aller à l’accueil en français",
  // Figure pages, home and parks (issue 15).
  "figurePage.title": "{metric} — {scope}, {year}",
  "nav.figures": "Chiffres",
  "figures.title": "Tous les chiffres",
  "figures.titleFiltered": "Chiffres : {filter}",
  "figures.description":
    "{title} : chaque chiffre tel que sa source le publie, avec son qualificatif, son année et sa source.",
  "figures.intro":
    "Chaque chiffre de la version {version} des données, tel que sa source l’écrit (« plus de 900 », jamais « 900 » seul), par parc puis par indicateur, le plus récent d’abord. Chacun mène à sa page : citation exacte, source et historique.",
  "figures.filters": "Filtrer la liste",
  "figures.filter.parc": "Parc",
  "figures.filter.indicateur": "Indicateur",
  "figures.filter.annee": "Année",
  "figures.filter.all": "Tous",
  "figures.verify": "Vérifier une phrase contre ces chiffres",
  "verify.title": "Vérifier un chiffre",
  "verify.description":
    "Collez une phrase : la page trouve les chiffres sourcés dont elle parle et dit, nombre par nombre, s’ils concordent, qualificatif compris.",
  "verify.intro":
    "Collez une phrase en français, en anglais ou en arabe, par exemple « Le Technopark compte plus de 900 entreprises en 2016 ». Pour chaque nombre, la page dit si un chiffre sourcé le donne avec le même qualificatif, avec un autre (« 900 » là où la source dit « plus de 900 »), si les sources donnent un autre nombre pour ce sujet (le plus proche est montré), ou si aucun chiffre sourcé n’en parle. Tout se passe dans votre navigateur : la phrase n’est envoyée nulle part.",
  "verify.noscript":
    "Cette vérification a besoin de JavaScript. Sans lui, chaque chiffre sourcé est dans {link}, par parc, indicateur et année.",
  "verify.noscriptLink": "la liste des chiffres",
  "verify.label": "Phrase à vérifier",
  "verify.submit": "Vérifier",
  "verify.results": "Résultat",
  "verify.noNumber":
    "Aucun nombre à vérifier dans cette phrase (les années sont lues comme dates).",
  "verify.read": "Lu : {number}",
  "verify.figure": "{subject} : {value}",
  "verify.verdict.match": "Conforme",
  "verify.verdict.qualifier": "Qualificatif différent",
  "verify.verdict.number": "Nombre différent",
  "verify.verdict.none": "Aucun chiffre sourcé",
  "verify.explain.match": "Une source publie ce chiffre, avec ce qualificatif :",
  "verify.explain.qualifier": "Le nombre est sourcé, mais la source le qualifie autrement :",
  "verify.explain.number":
    "Les sources ne donnent pas ce nombre pour ce sujet. Le chiffre sourcé le plus proche :",
  "verify.explain.none": "Aucun chiffre sourcé ne correspond à ce nombre ni à ce sujet.",
  "search.label": "Rechercher",
  "search.placeholder": "Rechercher un chiffre, un parc…",
  "search.submit": "Chercher",
  "search.close": "Fermer",
  "search.loading": "Recherche…",
  "search.none": "Aucun résultat.",
  "search.count": "Résultats : {n}",
  "search.filterPark": "Parc",
  "search.filterMetric": "Indicateur",
  "search.any": "Tous",
  "figurePage.description":
    "{title} : {value} ({source}), avec sa source, sa citation et son historique.",
  "figurePage.metric": "Indicateur",
  "figurePage.scope": "Périmètre",
  "figurePage.year": "Année",
  "figurePage.source": "Source",
  "figurePage.note": "Note",
  "figurePage.yearInferred": "Année déduite du contenu de la source.",
  "figurePage.yearInferredOr":
    "Année déduite du contenu de la source ; autre année possible : {years}.",
  "figurePage.others": "Les autres sources pour ce chiffre",
  "figurePage.othersIntro":
    "Même indicateur, même périmètre, même année : chaque source est montrée, qu’elle concorde ou non.",
  "figurePage.noOthers":
    "Aucune autre source de cette version ne donne ce chiffre pour ce périmètre et cette année.",
  "figurePage.agrees": "même chiffre",
  "figurePage.differs": "chiffre différent",
  "figurePage.history": "Historique",
  "figurePage.addedIn": "Publié pour la première fois dans la version {version} des données.",
  "figurePage.correctedIn":
    "Corrigé dans la version {version} : {field}, «\u00a0{before}\u00a0» (version {was}) → «\u00a0{after}\u00a0». {why}",
  "figurePage.field.id": "identifiant",
  "figurePage.field.metric": "indicateur",
  "figurePage.field.value": "valeur",
  "figurePage.field.unit": "unité",
  "figurePage.field.source": "source",
  "figurePage.field.quote": "citation",
  "figurePage.field.site": "site",
  "figurePage.field.scope": "périmètre",
  "figurePage.field.year": "année",
  "figurePage.field.period_start": "début de la période",
  "figurePage.field.year_basis": "année imprimée ou déduite",
  "figurePage.field.year_alternatives": "autres années possibles",
  "figurePage.field.qualifier": "qualificatif",
  "figurePage.field.note": "note",
  "figurePage.field.qualifier.exact": "exact",
  "figurePage.field.qualifier.approx": "approximatif",
  "figurePage.field.qualifier.more_than": "plus de",
  "figurePage.field.qualifier.less_than": "moins de",
  "figurePage.field.qualifier.at_most": "jusqu’à",
  "figurePage.field.qualifier.range": "fourchette",
  "figurePage.field.year_basis.printed": "imprimée",
  "figurePage.field.year_basis.inferred": "déduite",
  "figurePage.field.horizon": "délai",
  "figurePage.field.horizon_from": "point de départ du délai",
  "figurePage.field.horizon_from.support": "début de l’accompagnement",
  "figurePage.field.horizon_from.incubation": "début de l’incubation",
  "figurePage.field.horizon_from.creation": "création de l’entreprise",
  "figurePage.field.horizon_from.exit": "sortie de l’incubateur",
  "figurePage.chart": "Graphique",
  "figurePage.chartRinged": "Entouré sur le graphique : le chiffre de cette page.",
  "figurePage.chartLink": "Voir le graphique : {title}",
  "figurePage.notDrawn":
    "Ce chiffre porte sur une période : le graphique de son indicateur ne le trace pas comme le point d’une année et le cite dans ses précautions.",
  "figurePage.cite": "Citer ce chiffre",
  "figurePage.copy": "Copier la citation",
  "figurePage.citation":
    "{metric}, {scope}, {year} : {value} ({source}), via {site}, données {version}, {url}",
  "home.network":
    "Le réseau Technopark héberge et accompagne des entreprises au Maroc : {count} parcs ouverts de {first} à {last}.",
  "home.years": "Chiffres de {from} à {to}, chacun avec sa source.",
  "home.latest": "Les derniers chiffres du réseau",
  "home.moreFigures": "D’autres chiffres du réseau",
  "home.olderFigures": "Les chiffres des années précédentes",
  "home.runningTotal": "au total depuis {since}",
  "home.headCount": "{metric} à une date donnée :",
  "home.diverge": "sources divergentes",
  "home.sourceWords": "Mot pour mot :",
  "home.divergeOther": "{value} selon {publishers}",
  "home.allCharts": "Tous les graphiques",
  "home.chart.title": "{metric}, tout le réseau, {from}–{to}",
  "sites.tableCaption":
    "Chiffres de {name} : un indicateur par ligne, une année par colonne ; chaque chiffre renvoie à sa page.",
  "sites.metric": "Indicateur",
  "sites.compare": "Les parcs comparés",
  "sites.compareCaption":
    "Chaque parc : son ouverture et ses derniers chiffres publiés, avec leur année.",
  "sites.park": "Parc",
  "sites.openedColumn": "Ouverture",
  "sites.latestIn": "{value} ({year})",
  "sites.otherFigures": "Autres chiffres",
  "sites.othersLink": "{count} autres chiffres, sur la page du parc",
  "sites.latestYear":
    "Dernier chiffre : {year}. Les années vont de la plus récente à la plus ancienne.",
  "sites.sameCity": "Dans la même ville :",
  "sites.fewFigures":
    "Peu de chiffres publiés pour ce parc ({count}). Ce que l’on en sait par ailleurs :",
  "sites.noFiguresElsewhere": "Ce que l’on sait de ce parc se trouve ailleurs :",
  "sites.elsewhereEvents": "ses événements, datés et sourcés ({count})",
  "sites.elsewhereSources": "les sources qui en parlent ({count})",
  "sites.elsewhereNetwork": "les chiffres de l’ensemble du réseau, qui le comptent peut-être",
  "map.heading": "Carte des parcs",
  "map.title": "Les parcs Technopark sur la carte du Maroc",
  "map.desc":
    "Carte du Maroc, provinces du Sud comprises, avec chaque parc à la position de sa ville : {parks}.",
  "map.figureNote":
    "Sous chaque parc : son ouverture et, s’il en est publié un, son dernier chiffre « {metric} » avec son année.",
  "map.source":
    "Positions : la ville de chaque parc dans GeoNames (colonne geonames_id des sites). Fond de carte : Natural Earth. Chaque parc mène à sa page.",
  "map.tableCaption": "Les parcs de la carte, leur position et leur chiffre",
  "map.col.city": "Ville",
  "map.col.position": "Position (latitude, longitude)",
  "map.col.figure": "Dernier chiffre",
  "map.col.plans": "Projets annoncés avant l’ouverture",
  "map.position": "{lat}, {lon} ({source} {id})",
  "map.none": "—",
  "map.descPlans":
    "Villes de projets annoncés, où aucun parc n’est ouvert, marquées à part : {places}.",
  "map.key.park": "Parc ouvert",
  "map.key.plan": "Projet annoncé (aucun parc ouvert)",
  "map.plansCaption": "Les projets annoncés dans des villes sans parc ouvert, et leur position",
  "map.col.planDates": "Projets annoncés (chronologie)",
  "map.plansSource":
    "Projets : les villes que nomment des projets du réseau (fichier places.csv), chacune à sa position GeoNames ; chaque nom mène à son dernier projet dans la chronologie.",
} as const;

export type StringKey = keyof typeof fr;

/**
 * A string that varies with a count: one text per plural category of
 * Intl.PluralRules for the language ("one", "few"…), `other` always, each
 * with `{n}` for the count (a "zero" text may spell the number out), and
 * optionally texts for exact counts ("=3"), as in ICU messages, where a
 * small number reads better in words ("les trois chiffres").
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & {
  other: string;
};

/** Strings with a count (French "one" covers 0 and 1: "0 ajoutée"). */
export const frPlurals = {
  "figures.count": { one: "{n} chiffre", other: "{n} chiffres" },
  "figures.countOf": { one: "{n} chiffre sur {all}", other: "{n} chiffres sur {all}" },
  "data.diff.count.added": { one: "{n} ajoutée", other: "{n} ajoutées" },
  "data.diff.count.changed": { one: "{n} modifiée", other: "{n} modifiées" },
  "data.diff.count.removed": { one: "{n} retirée", other: "{n} retirées" },
  "data.bytes": { one: "{n} octet", other: "{n} octets" },
  "data.errata.count": { one: "Voir la correction", other: "Voir les {n} corrections" },
  "data.method.cases": { one: "Voir le cas", other: "Voir les {n} cas" },
  "data.method.sourceCount": { one: "Voir la source", other: "Voir les {n} sources" },
  "chart.caveat.consistency": {
    one: "Contrôles de cohérence : un signalement concerne ces chiffres ; il est listé sur la page Données.",
    other:
      "Contrôles de cohérence : {n} signalements concernent ces chiffres ; ils sont listés sur la page Données.",
  },
  /** After "le même chiffre, 550,": the sources that give it. */
  "chart.count.sources": {
    one: "selon une source",
    "=2": "selon deux sources",
    "=3": "selon trois sources",
    "=4": "selon quatre sources",
    "=5": "selon cinq sources",
    other: "selon {n} sources",
  },
  /** Every figure of a disagreement is drawn: "les trois chiffres sont montrés". */
  "chart.caveat.shown": {
    one: "le chiffre est montré",
    "=2": "les deux chiffres sont montrés",
    "=3": "les trois chiffres sont montrés",
    "=4": "les quatre chiffres sont montrés",
    "=5": "les cinq chiffres sont montrés",
    other: "les {n} chiffres sont montrés",
  },
  /** The parks a partial network figure covers, out of those open ({n}): "2 parcs sur 3". */
  "chart.count.parksOf": { one: "{part} parc sur {n}", other: "{part} parcs sur {n}" },
  /** A horizon's length: "2 ans", "18 mois". */
  "horizon.years": { one: "{n} an", other: "{n} ans" },
  "horizon.months": { one: "{n} mois", other: "{n} mois" },
} satisfies Record<string, PluralForms>;

export type PluralKey = keyof typeof frPlurals;
