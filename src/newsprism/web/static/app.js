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

  function setupPanel() {
    var button = document.getElementById("toggle-wsw");
    var panel = document.getElementById("who-said-what-panel");
    if (!button || !panel) return;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      panel.hidden = !open;
      if (open) { var h = panel.querySelector("h2, h3"); if (h) { h.setAttribute("tabindex", "-1"); h.focus(); } }
    });
    // a link to a sentence: scroll there, move focus, flash it (the panel's links are #s-N)
    panel.addEventListener("click", function (ev) {
      var link = ev.target.closest("a[href^='#s-']");
      if (!link) return;
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      ev.preventDefault();
      target.setAttribute("tabindex", "-1");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      target.classList.remove("flash"); void target.offsetWidth; target.classList.add("flash");
      history.replaceState(null, "", "#" + target.id);
    });
  }

  function setupShortcuts(toggleImportant) {
    var box = document.getElementById("shortcuts");
    if (!box) return;
    box.checked = store.get("newsprism.shortcuts") !== "0";
    box.addEventListener("change", function () { store.set("newsprism.shortcuts", box.checked ? "1" : "0"); });
    document.addEventListener("keydown", function (ev) {
      if (!box.checked || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (ev.key === "i" && toggleImportant) { ev.preventDefault(); toggleImportant(); }
      document.dispatchEvent(new CustomEvent("newsprism:key", { detail: ev.key }));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupShortcuts(setupImportant());
    setupPanel();
  });
})();
