/* Technopark en chiffres: include once in a page that embeds our charts.
   Sizes each <iframe data-technopark-chart> to its content. Accepts only
   messages from our origin (the one this script is served from) and from
   an iframe on this page.
   Also tells each frame this page's colour scheme, which an embed with the
   theme "auto" takes (a frame alone only knows the reader's setting): dark
   when what is behind the frame is dark. Told when a frame reports itself,
   and again when the page's scheme, classes or style change.
   Message: {source: "technopark-en-chiffres", type: "theme", scheme}. */
(function () {
  var s = document.currentScript;
  var origin = s ? new URL(s.src).origin : "";
  var SOURCE = "technopark-en-chiffres";

  function frames() {
    return document.querySelectorAll("iframe[data-technopark-chart]");
  }

  // Relative luminance of an "rgb(…)"/"rgba(…)" colour; -1 when transparent.
  function luminance(colour) {
    var c = (colour.match(/[\d.]+/g) || []).map(Number);
    if (c.length < 3 || c[3] === 0) return -1;
    var lin = c.slice(0, 3).map(function (v) {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }

  // The scheme of what surrounds the frame: the first background behind it
  // that is not transparent; else the page's canvas, dark only when the
  // page says it is dark (color-scheme) and the reader's setting agrees.
  function schemeAround(frame) {
    for (var el = frame.parentElement; el; el = el.parentElement) {
      var l = luminance(getComputedStyle(el).backgroundColor);
      if (l >= 0) return l < 0.18 ? "dark" : "light";
    }
    var declared = getComputedStyle(document.documentElement).colorScheme || "";
    if (!/dark/.test(declared)) return "light";
    if (!/light/.test(declared)) return "dark";
    return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function tell(frame) {
    if (!frame.contentWindow) return;
    frame.contentWindow.postMessage(
      { source: SOURCE, type: "theme", scheme: schemeAround(frame) },
      origin,
    );
  }

  function tellAll() {
    var f = frames();
    for (var i = 0; i < f.length; i++) tell(f[i]);
  }

  addEventListener("message", function (e) {
    var m = e.data;
    if (e.origin !== origin || !m || m.source !== SOURCE || m.type !== "resize") return;
    var h = Math.ceil(+m.height);
    var f = frames();
    for (var i = 0; i < f.length; i++)
      if (f[i].contentWindow === e.source) {
        if (h > 0 && h < 5000) f[i].style.height = h + "px";
        tell(f[i]);
      }
  });

  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", tellAll);
  var watch = { attributes: true, attributeFilter: ["class", "style", "data-theme"] };
  var observer = new MutationObserver(tellAll);
  observer.observe(document.documentElement, watch);
  function observeBody() {
    if (document.body) observer.observe(document.body, watch);
  }
  if (document.body) observeBody();
  else addEventListener("DOMContentLoaded", observeBody);
})();
