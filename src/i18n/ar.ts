import type { StringKey } from "./fr.ts";

/** Arabic UI strings (Western digits, as used in Morocco). */
export const ar: Record<StringKey, string> = {
  "site.name": "تكنوبارك بالأرقام",
  "site.tagline":
    "أرقام شبكة تكنوبارك في المغرب (الدار البيضاء 2001، الرباط 2012، طنجة 2015)، كل رقم مع مصدره.",
  "nav.home": "الرئيسية",
  "nav.data": "البيانات",
  "nav.charts": "الرسوم البيانية",
  "nav.timeline": "التسلسل الزمني",
  "nav.sites": "المواقع",
  "nav.languages": "اللغات",
  "nav.main": "التصفح الرئيسي",
  "nav.skip": "الانتقال إلى المحتوى",
  "home.title": "تكنوبارك بالأرقام",
  "home.headlines": "أرقام رئيسية",
  "home.headlinesIntro": "أحدث رقم منشور لكل مؤشر، كما ورد في مصدره، مع الاقتباس.",
  "home.release": "البيانات: الإصدار {version} بتاريخ {date}.",
  "home.downloads": "تحميل البيانات",
  "figure.source": "المصدر:",
  "quote.open": "«",
  "quote.close": "»",
  "figure.quote": "اقتباس",
  "figure.year": "السنة",
  "figure.site": "النطاق",
  "figure.published": "نُشر",
  "figure.inferredDate": "تاريخ مستنتج من المحتوى",
  "qualifier.exact": "{value}",
  "qualifier.approx": "حوالي {value}",
  "qualifier.more_than": "أكثر من {value}",
  "qualifier.less_than": "أقل من {value}",
  "site.network": "فضاءات تكنوبارك الثلاثة",
  "unit.MAD": "{value} درهم",
  "unit.MAD.millions": "{value} درهم",
  "unit.percent": "{value}%",
  "unit.years": "{value} سنة",
  "footer.licence": "البيانات مرخصة بموجب CC BY 4.0. كل رقم يحيل إلى مصدره.",
  "footer.version": "إصدار البيانات: {version}",
  "lang.fr": "Français",
  "lang.en": "English",
  "lang.ar": "العربية",
  "redirect.text": "تقود هذه الصفحة إلى النسخة الفرنسية: {link}.",
  // -- charts (issue 3) --
  // -- timeline and sites (issue 4) --
  // -- data page (issue 7) --
  // -- embeds (issue 5) --
};
