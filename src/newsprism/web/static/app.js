// The web reader's behaviour. No inline script anywhere: the page's CSP allows only this file.
(function () {
  "use strict";
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };

  function setupImportant() {
    var reader = document.querySelector(".reader");
    var toggle = document.getElementById("toggle-important");
    if (!reader || !toggle) return null;
    var set = function (on) {
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      reader.classList.toggle("show-important", on);
      store.set("newsprism.important", on ? "1" : "0");
    };
    set(store.get("newsprism.important") === "1");
    toggle.addEventListener("click", function () { set(toggle.getAttribute("aria-pressed") !== "true"); });
    return function () { toggle.click(); };
  }

  // Who said what: beside the text on a wide screen (open unless the reader closed it), a panel
  // over the text on a narrow one (fixed, so the page keeps its reading position underneath).
  var wide = window.matchMedia("(min-width: 75rem)");
  function setupPanel() {
    var button = document.getElementById("toggle-wsw");
    var panel = document.getElementById("who-said-what-panel");
    if (!button || !panel) { return null; }
    var closeButton = document.getElementById("close-wsw");
    var set = function (open, focus) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      panel.hidden = !open;
      document.body.classList.toggle("wsw-open", open);
      if (wide.matches) { store.set("newsprism.wsw", open ? "1" : "0"); }
      if (open && focus) { var h = panel.querySelector("h2"); if (h) { h.setAttribute("tabindex", "-1"); h.focus({ preventScroll: true }); } }
      if (!open && focus) { button.focus({ preventScroll: true }); }
    };
    set(wide.matches && store.get("newsprism.wsw") !== "0", false);
    button.addEventListener("click", function () { set(panel.hidden, true); });
    if (closeButton) { closeButton.addEventListener("click", function () { set(false, true); }); }
    panel.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && !wide.matches) { set(false, true); }
    });
    // a link to a sentence: mark it in place, bring it into view, move focus there
    panel.addEventListener("click", function (ev) {
      var link = ev.target.closest("a[href^='#s-']");
      if (!link) { return; }
      ev.preventDefault();
      go(link.closest(".wsw-item"), true);
      if (!wide.matches) { set(false, false); }
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { target.setAttribute("tabindex", "-1"); target.focus({ preventScroll: true }); }
    });
    return {
      open: function () { if (panel.hidden) { set(true, false); } },
      toggle: function () { set(panel.hidden, true); },
      panel: panel
    };
  }

  // the quote or figure chosen in the panel, and its sentence marked in the text
  var chosen = null;
  function go(item, scrollText) {
    if (!item) { return; }
    if (chosen) { chosen.classList.remove("chosen"); chosen.removeAttribute("aria-current"); }
    document.querySelectorAll(".s.current").forEach(function (e) { e.classList.remove("current"); });
    chosen = item;
    item.classList.add("chosen");
    item.setAttribute("aria-current", "true");
    var link = item.querySelector("a[href^='#s-']");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    target.classList.add("current");
    target.classList.remove("flash"); void target.offsetWidth; target.classList.add("flash");
    if (scrollText) { target.scrollIntoView({ block: "center" }); }
    history.replaceState(null, "", "#" + target.id);
  }

  // j/k: the next/previous article in the library, the next/previous quote or figure in an article
  function step(by, panel) {
    if (panel) {
      panel.open();
      var items = Array.prototype.slice.call(panel.panel.querySelectorAll(".wsw-item"));
      if (!items.length) { return; }
      var i = chosen ? items.indexOf(chosen) : -1;
      var item = items[Math.min(items.length - 1, Math.max(0, i + by))];
      go(item, wide.matches);
      var link = item.querySelector("a") || item;
      if (!item.querySelector("a")) { item.setAttribute("tabindex", "-1"); }
      link.focus({ preventScroll: wide.matches });
      return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll("#results a.article-link"));
    if (!links.length) { return; }
    var at = links.indexOf(document.activeElement);
    var to = links[Math.min(links.length - 1, Math.max(0, at + by))];
    to.focus();
    to.scrollIntoView({ block: "nearest" });
  }

  function setupKeys(toggleImportant, panel) {
    var box = document.getElementById("shortcuts");
    var dialog = document.getElementById("keys-dialog");
    var keysButton = document.getElementById("show-keys");
    var showKeys = function () { if (dialog && !dialog.open) { dialog.showModal(); } };
    if (keysButton) { keysButton.addEventListener("click", showKeys); }
    if (box) {
      box.checked = store.get("newsprism.shortcuts") !== "0";
      box.addEventListener("change", function () { store.set("newsprism.shortcuts", box.checked ? "1" : "0"); });
    }
    document.addEventListener("keydown", function (ev) {
      if ((box && !box.checked) || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
      var t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
      if (dialog && dialog.open) { return; }
      var key = ev.key;
      if (key === "i" && toggleImportant) { ev.preventDefault(); toggleImportant(); }
      else if (key === "w" && panel) { ev.preventDefault(); panel.toggle(); }
      else if (key === "j" || key === "k") { ev.preventDefault(); step(key === "j" ? 1 : -1, panel); }
      else if (key === "/") {
        var q = document.getElementById("q") || document.getElementById("site-q");
        if (q) { ev.preventDefault(); q.focus(); q.select(); }
      }
      else if (key === "?") { ev.preventDefault(); showKeys(); }
      document.dispatchEvent(new CustomEvent("newsprism:key", { detail: key }));
    });
  }

  // Every action's failure is shown where the user clicked.  htmx does not swap error responses
  // (4xx/5xx) by default, so the server's message -- what happened, what to do -- would be lost:
  // swap it into the status line of the form that made the request instead.
  function statusFor(elt) {
    var form = (elt && elt.closest && elt.closest("form")) || elt;
    if (!form) { return null; }
    var box = form.querySelector(".action-status");
    if (!box) {
      box = document.createElement("span");
      box.className = "action-status";
      form.appendChild(box);
    }
    return box;
  }
  function showFailure(elt, message, hint) {
    var box = statusFor(elt);
    if (!box) { return; }
    var p = document.createElement("p");
    p.className = "error";
    p.setAttribute("role", "alert");
    p.textContent = message + (hint ? " \u2014 " + hint : "");
    box.replaceChildren(p);
  }
  function setupFailures() {
    document.body.addEventListener("htmx:beforeRequest", function (ev) {
      var box = statusFor(ev.detail.elt);
      if (box) { box.replaceChildren(); }
    });
    document.body.addEventListener("htmx:beforeSwap", function (ev) {
      var xhr = ev.detail.xhr;
      if (!xhr || xhr.status < 400) { return; }
      var box = statusFor(ev.detail.requestConfig ? ev.detail.requestConfig.elt : ev.detail.elt);
      if (!box) { return; }
      if (/text\/html/.test(xhr.getResponseHeader("Content-Type") || "")) {
        // the server's own error fragment (templates/_error.html.j2), already escaped
        ev.detail.shouldSwap = true;
        ev.detail.isError = false;
        ev.detail.target = box;
        ev.detail.swapOverride = "innerHTML";
      } else {
        ev.detail.shouldSwap = false;
        showFailure(ev.detail.elt, "The server answered " + xhr.status + " " + (xhr.statusText || ""),
                    "try again; if it goes on, look at the terminal running newsprism serve");
      }
    });
    document.body.addEventListener("htmx:sendError", function (ev) {
      showFailure(ev.detail.elt, "newsprism did not answer",
                  "check that 'newsprism serve' is still running, then try again");
    });
    document.body.addEventListener("htmx:timeout", function (ev) {
      showFailure(ev.detail.elt, "newsprism took too long to answer", "try again in a moment");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupFailures();
    setupKeys(setupImportant(), setupPanel());
  });
})();
