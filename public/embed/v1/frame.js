/* Runs inside our embed pages: tells the host page our height whenever it
   changes. Message: {source, type: "resize", chart, version, lang, height}. */
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
  addEventListener("load", post);
})();
