/* Technopark en chiffres: include once in a page that embeds our charts.
   Sizes each <iframe data-technopark-chart> to its content. Accepts only
   messages from our origin (the one this script is served from) and from
   an iframe on this page. */
(function () {
  var s = document.currentScript;
  var origin = s ? new URL(s.src).origin : "";
  addEventListener("message", function (e) {
    var m = e.data;
    if (e.origin !== origin || !m || m.source !== "technopark-en-chiffres" || m.type !== "resize")
      return;
    var h = Math.ceil(+m.height);
    if (!(h > 0 && h < 5000)) return;
    var frames = document.querySelectorAll("iframe[data-technopark-chart]");
    for (var i = 0; i < frames.length; i++)
      if (frames[i].contentWindow === e.source) frames[i].style.height = h + "px";
  });
})();
