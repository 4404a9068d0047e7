/*! Wat werkt bij drugspreventie: host snippet, MIT licence. See EMBED.md.
 *
 * <div data-wat-werkt-drugs data-pad="/dossier"></div>
 * <script src="https://APP/embed.js" defer></script>
 *
 * Creates an iframe with the app (in embed mode) for every element with
 * data-wat-werkt-drugs, and keeps its height equal to the app's content:
 * no inner scrollbar, growing and shrinking. Messages are accepted only from
 * the app's own origin and from that iframe.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appOrigin = new URL(script.src).origin;

  function embed(container) {
    if (container.getAttribute("data-wwd-klaar")) return;
    container.setAttribute("data-wwd-klaar", "1");
    var url = new URL(container.getAttribute("data-pad") || "/", appOrigin);
    if (url.origin !== appOrigin) return;
    url.searchParams.set("embed", "1");

    var frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = container.getAttribute("data-titel") || "Wat werkt bij drugspreventie";
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (parseInt(container.getAttribute("data-hoogte"), 10) || 800) + "px";
    container.appendChild(frame);

    window.addEventListener("message", function (event) {
      if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || typeof data.type !== "string") return;
      if (data.type === "wwd:height" && typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.max(150, Math.min(Math.round(data.height), 200000)) + "px";
      } else if (data.type === "wwd:navigated") {
        // A new page in the frame: show its top if the host scrolled past it.
        if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
      }
    });
  }

  function embedAll() {
    var containers = document.querySelectorAll("[data-wat-werkt-drugs]");
    for (var i = 0; i < containers.length; i++) embed(containers[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", embedAll);
  else embedAll();
  window.WatWerktDrugs = { embed: embedAll };
})();
