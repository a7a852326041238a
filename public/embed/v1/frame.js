/* Runs inside our embed pages: tells the host page our height whenever it
   changes. Message: {source, type: "resize", chart, version, lang, height}.
   With the theme "auto", takes the host page's colour scheme when its host
   script (autoheight.js) tells it: {source, type: "theme", scheme}. Without
   the script, "auto" follows the reader's setting. */
(function () {
  if (parent === window) return;
  var root = document.documentElement;
  var last = 0;
  function post() {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    parent.postMessage(
      {
        source: "technopark-en-chiffres",
        type: "resize",
        chart: root.dataset.chart,
        version: root.dataset.version,
        lang: root.lang,
        height: h,
      },
      "*",
    );
  }
  new ResizeObserver(post).observe(root);
  if (root.dataset.theme === "auto")
    addEventListener("message", function (e) {
      var m = e.data;
      if (e.source !== parent || !m || m.source !== "technopark-en-chiffres" || m.type !== "theme")
        return;
      if (m.scheme === "light" || m.scheme === "dark") root.dataset.theme = m.scheme;
    });
  addEventListener("load", post);
})();
