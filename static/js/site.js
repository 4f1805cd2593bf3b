/* hopeportal: small enhancements. Every page works without this file.
 * Behaviour is attached through data-module attributes.
 *
 * Loaded in <head> without `defer`, so the hp-js class is set before the first
 * paint: the phone menu is folded from the start instead of jumping shut later.
 * If the file fails to load, the menu simply stays open. */
(function () {
  "use strict";
  var doc = document.documentElement;
  doc.classList.add("hp-js");

  /* Quick exit (GOV.UK "Exit this page"): the link, or Shift pressed three
   * times within five seconds, hides the page at once and replaces it with a
   * neutral site, so Back does not return here. */
  function setUpExit(root) {
    var links = document.querySelectorAll("[data-exit]");
    var link = links[0];
    if (!link) return;
    // The messages come translated from the template.
    var words = {
      one: root.getAttribute("data-msg-one"),
      two: root.getAttribute("data-msg-two"),
      reset: root.getAttribute("data-msg-reset"),
      leaving: root.getAttribute("data-msg-leaving")
    };
    var status = document.createElement("div");
    status.className = "hp-visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    root.appendChild(status);
    var overlay = document.createElement("div");
    overlay.className = "hp-exit__overlay";
    overlay.hidden = true;
    document.body.appendChild(overlay);

    function exit(event) {
      if (event) event.preventDefault();
      status.textContent = words.leaving;
      overlay.hidden = false;
      document.body.classList.add("hp-exiting");
      document.title = ".";
      window.location.replace(link.href);
    }

    var presses = 0;
    var timer = null;
    links.forEach(function (each) {
      each.addEventListener("click", exit);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift" || event.repeat) return;
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) {
        presses = 0;
        exit();
        return;
      }
      status.textContent = presses === 1 ? words.one : words.two;
      timer = setTimeout(function () {
        presses = 0;
        status.textContent = words.reset;
      }, 5000);
    });
    // Coming back through the back-forward cache must not show the page again.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && document.body.classList.contains("hp-exiting")) {
        window.location.replace(link.href);
      }
    });
  }

  /* Main menu: on narrow screens the CSS folds it behind the button, open
   * while aria-expanded is "true". */
  function setUpNav(root) {
    var button = root.querySelector(".hp-nav__toggle");
    if (!button) return;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", String(!open));
    });
  }

  /* Copy a help card's text message: the button shows only where this runs;
   * without it the text stays in its field to select and copy by hand. */
  function setUpCopy(root) {
    var text = root.querySelector("textarea");
    var button = root.querySelector("button");
    var status = root.querySelector("[role=status]");
    if (!text || !button || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.value).then(
        function () {
          status.textContent = root.getAttribute("data-msg-copied");
        },
        function () {
          text.select();
        }
      );
    });
  }

  var modules = { "hp-exit": setUpExit, "hp-nav": setUpNav, "hp-copy": setUpCopy };
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-module]").forEach(function (root) {
      var setUp = modules[root.getAttribute("data-module")];
      if (setUp) setUp(root);
    });
  });
})();
