// Served only by the engine tests' front server (servers.mjs), which puts it
// first in the app's <head>: it reports console errors, uncaught exceptions,
// unhandled rejections, failed resource loads and CSP violations to that
// server, where the test reads them. It exists because WebKitGTK's
// WebDriver has no BiDi log events; Firefox reports the same through BiDi too.
(function () {
  "use strict";
  function report(kind, text) {
    try {
      navigator.sendBeacon("/__engines/problem", JSON.stringify({ kind: kind, text: String(text), url: location.href }));
    } catch (e) {
      // Nothing to report to: the test then misses this one problem.
    }
  }
  var error = console.error;
  console.error = function () {
    report("console.error", Array.prototype.map.call(arguments, String).join(" "));
    return error.apply(console, arguments);
  };
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) report("failed to load", target.src || target.href);
      else report("uncaught exception", event.message);
    },
    true,
  );
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    report("unhandled rejection", (reason && reason.stack) || reason);
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    report("CSP violation", event.violatedDirective + " " + event.blockedURI);
  });
})();
