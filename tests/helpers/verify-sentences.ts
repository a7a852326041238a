import type { Lang } from "../../src/i18n/index.ts";

// Sentences a journalist could paste into "Vérifier un chiffre", in the
// digit forms people write, and per number they state the verdict and the
// figure (its observation id) the checker must give. Pinned by hand on
// release 2.0.0 (data/releases/2.0.0/observations.csv, read row by row);
// release 2.1.0 gives the same verdicts (checked when it was cut). The unit
// test holds the checker to them on both releases, the e2e test runs them
// in Chromium on the latest one: a release that changes a verdict makes
// both fail, and the sentence is pinned again, by hand.

const NBSP = "\u00a0";
const NNBSP = "\u202f";

export type Expected = [verdict: string, figure: string | undefined][];

export const VERIFY_SENTENCES: Record<Lang, [sentence: string, expected: Expected][]> = {
  fr: [
    [
      "Le Technopark compte plus de 900 entreprises accompagnées en 2016",
      [["match", "aujourdhui-15ans.companies_accompanied_cumulative.network.2016"]],
    ],
    [
      "Le Technopark compte 900 entreprises",
      [["match", "leseco-15ans-2016.companies_accompanied_cumulative.network.2016"]],
    ],
    [
      "En 2017, le réseau a accompagné 900 entreprises",
      [["qualifier", "aujourdhui-260-2017.companies_accompanied_cumulative.network.2017"]],
    ],
    [
      `Le Technopark de Casablanca emploie environ 1${NBSP}500 personnes en 2011`,
      [["match", "lesoir-10ans.jobs.casablanca.2011"]],
    ],
    ["1.500 salariés à Casablanca en 2011", [["match", "madeincity-10ans.jobs.casablanca.2011"]]],
    [
      "Casablanca comptait 1,500 emplois en 2011",
      [["match", "madeincity-10ans.jobs.casablanca.2011"]],
    ],
    [
      "Le Technopark réalise un chiffre d'affaires de 700 millions de dirhams en 2011",
      [["match", "lesoir-10ans.turnover_mad.casablanca.2011"]],
    ],
    [
      "plus de 700 MDH de chiffre d’affaires en 2011",
      [["match", "jaridatarbawiya-700-2012.turnover_mad.casablanca.2011"]],
    ],
    [
      "Le chiffre d'affaires a atteint 750 millions de dirhams en 2011",
      [["number", "jaridatarbawiya-700-2012.turnover_mad.casablanca.2011"]],
    ],
    [
      "Le taux d'occupation est de 100 % en 2015",
      [["match", "lavieeco-700.occupancy_pct.casablanca.2015"]],
    ],
    [
      "Les entreprises du parc pèsent 10% du marché national des TIC",
      [["match", "madeincity-10ans.ict_market_share_pct.casablanca.2011"]],
    ],
    [
      "une moyenne d'âge jusqu'à 30 ans en 2008",
      [["match", "almassae-technopark.workforce_mean_age.casablanca.2008"]],
    ],
    [
      "Le Technopark de Rabat compte plus de 80 entreprises",
      [["match", "h24info-2016.companies_accompanied_cumulative.rabat.2016"]],
    ],
    [
      "Tanger héberge 50 entreprises en 2017",
      [["match", "jeuneafrique-tanger-2017.companies_hosted.tanger.2017"]],
    ],
    [
      "Tanger héberge 60 entreprises en 2018",
      [["number", "huffpost-benmakhlouf-2018.companies_hosted.tanger.2018"]],
    ],
    [
      "En 2024, plus de 3 500 startups ont été accompagnées",
      [["match", "souss-gitex-2024.companies_supported_cumulative.network.2024"]],
    ],
    [
      `Le réseau a créé 15${NNBSP}000 emplois directs et indirects`,
      [["match", "fnh-feuille-2022.jobs_created_direct_indirect.network.2022"]],
    ],
    [
      "plus de 20 000 emplois directs et indirects",
      [["number", "souss-gitex-2024.jobs_created_direct_indirect.network.2024"]],
    ],
    ["Le Technopark compte 12 piscines", [["none", undefined]]],
    ["Le café coûte 5 DH", [["match", "madeincity-10ans.coffee_price_mad.casablanca.2011"]]],
    [
      "La Cité de l'innovation Souss-Massa abrite 29 entreprises en 2021",
      [["match", "leseco-cite-2021.companies_hosted.cite-innovation-souss-massa.2021"]],
    ],
    [
      "Le Technopark de Casablanca compte 170 entreprises en 2011",
      [["match", "lesoir-10ans.companies_hosted.casablanca.2011"]],
    ],
    [
      "près de 250 entreprises à Casablanca en 2016",
      [["qualifier", "lavieeco-15ans.companies_hosted.casablanca.2016"]],
    ],
    [
      "au moins 550 entreprises accompagnées en 2011",
      [["match", "vitaminedz-benmakhlouf-2011.companies_accompanied_cumulative.casablanca.2011"]],
    ],
    [
      "En 10 ans, 550 entreprises sont passées par le Technopark",
      [["match", "jaridatarbawiya-700-2012.companies_accompanied_cumulative.casablanca.2011"]],
    ],
    [
      "En 2016, 800 entreprises à Casablanca, 80 à Rabat et 20 à Tanger",
      [
        ["match", "h24info-2016.companies_accompanied_cumulative.casablanca.2016"],
        ["match", "leseco-15ans-2016.companies_accompanied_cumulative.rabat.2016"],
        ["match", "lavieeco-rabat-tanger.companies_hosted.tanger.2016"],
      ],
    ],
    [
      "une cinquantaine d'entreprises à Casablanca en 2001",
      [["match", "lavieeco-700.companies_hosted.casablanca.2001"]],
    ],
    ["En 2030, le réseau comptera 900 entreprises", [["none", undefined]]],
  ],
  en: [
    [
      "Technopark hosted more than 450 companies in 2023",
      [["match", "telquel-essaouira-2023.companies_hosted.network.2023"]],
    ],
    [
      "The network supported about 3,000 companies in 2022",
      [["match", "jeuneafrique-pepiniere-2022.companies_supported_cumulative.network.2022"]],
    ],
    ["In 2016 the network had 2,000 jobs", [["match", "h24info-2016.jobs.network.2016"]]],
    [
      "Over 1,000 companies passed through Technopark in 2018",
      [["match", "huffpost-benmakhlouf-2018.companies_accompanied_cumulative.network.2018"]],
    ],
    [
      "Technopark Tangier had nearly 100 companies in 2017",
      [["match", "tanja24-tanger-2017.companies_hosted.tanger.2017"]],
    ],
    [
      "Technopark Rabat counts 200 companies in 2016",
      [["number", "h24info-2016.companies_accompanied_cumulative.rabat.2016"]],
    ],
    [
      "Annual turnover reached 1 billion dirhams in 2024",
      [["qualifier", "souss-gitex-2024.turnover_mad.network.2024"]],
    ],
  ],
  ar: [
    [
      "يضم تكنوبارك الدار البيضاء 150 مقاولة سنة 2008",
      [["match", "almassae-technopark.companies_hosted.casablanca.2008"]],
    ],
    ["حوالي ١٤٠٠ موظف في الدار البيضاء", [["match", "almassae-technopark.jobs.casablanca.2008"]]],
    [
      "أكثر من 900 مقاولة عام 2016",
      [["match", "aujourdhui-15ans.companies_accompanied_cumulative.network.2016"]],
    ],
    [
      "قرابة 15000 فرصة عمل",
      [["match", "casa24-20ans-2021.jobs_created_direct_indirect.network.2021"]],
    ],
    [
      "حوالي 3000 مقاولة ناشئة سنة 2021",
      [["match", "infomediaire-20ans-2021.companies_supported_cumulative.network.2021"]],
    ],
    [
      "لا يتجاوز متوسط عمر العاملين 29 سنة",
      [["match", "alittihad-magazine.workforce_mean_age.casablanca.2008"]],
    ],
    [
      "يضم تكنوبارك الرباط 500 مقاولة",
      [["number", "h24info-2016.companies_accompanied_cumulative.rabat.2016"]],
    ],
    [
      "3000 مقاولة ناشئة في 2021",
      [["qualifier", "casa24-20ans-2021.companies_supported_cumulative.network.2021"]],
    ],
  ],
};
