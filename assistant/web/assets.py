"""The page's CSS, its one script, and Norwegian texts for Gradio's own labels."""

from __future__ import annotations

import json

import gradio as gr

from ingest.lang import tr, tr_section

CSS = """
.gradio-container {max-width: 1100px !important; margin: 0 auto}
#kra-chat {overflow-wrap: anywhere}
#kra-chat .message-wrap {padding-top: 8px}
#kra-chat .bubble-wrap {overflow-y: visible}
.kra-card {border:1px solid #c8c8c8; border-radius:6px; padding:6px 10px; margin:6px 0; background:#fafafa;
  overflow-wrap:anywhere}
.kra-card summary {cursor:pointer}
.kra-card[open] .kra-quote {display:none}
.kra-flash {outline:3px solid #1f4e79}
.kra-ref {background:#1f4e79; color:white; border-radius:4px; padding:0 5px; font-size:0.85em; white-space:nowrap}
.kra-section {color:#555; font-size:0.85em}
.kra-quote {font-style:italic; margin-top:4px}
.kra-passage {margin-top:8px; font-size:0.95em; line-height:1.5; border-top:1px solid #ddd; padding-top:6px}
.kra-passage p {margin:0 0 0.6em 0}
.kra-passage p.kra-item {margin:0 0 0.3em 1.2em; text-indent:-0.9em}
.kra-head {font-weight:bold; margin-top:8px}
.kra-snippet {font-size:0.9em; color:#333; margin-top:2px}
.kra-ask {background:none; border:1px solid #1f4e79; color:#1f4e79; border-radius:4px; padding:2px 8px;
  margin-top:6px; cursor:pointer; text-align:left; font:inherit}
.kra-related {list-style:none; padding-left:0}
.kra-related li {margin:4px 0}
a.kra-cite {text-decoration:none; font-weight:bold; cursor:pointer}
mark {background:#fff0a0; color:inherit}
.kra-progress {border:1px solid #1f4e79; border-radius:6px; padding:10px 14px; background:#f3f7fb}
.kra-phase {margin-top:8px}
.kra-phase-head {display:flex; justify-content:space-between; flex-wrap:wrap; gap:4px; font-size:0.9em}
.kra-bar {height:8px; background:#dde5ee; border-radius:4px; overflow:hidden}
.kra-bar > div {height:100%; background:#1f4e79; transition:width .4s}
.kra-table {width:100%; border-collapse:collapse; font-size:0.95em}
.kra-table th, .kra-table td {text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid #ddd}
.kra-table td:first-child {white-space:nowrap}
.kra-table tr.kra-row {cursor:pointer}
.kra-table tr.kra-row:hover {background:#f3f7fb}
.kra-docs {list-style:none; padding:0; margin:0}
.kra-docrow {border-bottom:1px solid #ddd; padding:8px 0}
.kra-doctitle {font-weight:bold; overflow-wrap:anywhere}
.kra-docmeta {display:flex; flex-wrap:wrap; gap:4px 16px; color:#555; font-size:0.9em}
#kra-feedback {align-items:center}
#kra-examples {gap:6px}
#kra-examples button {white-space:normal; flex:1 1 260px; min-width:0 !important}
@media (max-width: 700px) {
  #kra-vedtak-table {display:none}
  .gradio-container {padding-left:6px !important; padding-right:6px !important}
}
"""

# Runs before Gradio's own scripts: Gradio picks its label language from the browser, and the
# chat is Norwegian whatever the browser says. The click handlers open card n for [n], and ask
# the question a "Kanskje relatert" item or a resolution button carries.
HEAD = """
<script>
(() => {
  try {
    Object.defineProperty(navigator, "language", {get: () => "nb", configurable: true});
    Object.defineProperty(navigator, "languages", {get: () => ["nb", "no"], configurable: true});
  } catch (e) {}
  document.documentElement.lang = "nb";
  function chatTab() {
    return [...document.querySelectorAll('[role="tab"]')].find(t => t.textContent.trim() === CHAT_TAB);
  }
  function ask(question) {
    const tab = chatTab();
    if (tab && tab.getAttribute("aria-selected") !== "true") tab.click();
    setTimeout(() => {
      const box = document.querySelector("#kra-question textarea");
      if (!box) return;
      box.value = question;
      box.dispatchEvent(new Event("input", {bubbles: true}));
      setTimeout(() => document.querySelector("#kra-send")?.click(), 100);
    }, 150);
  }
  document.addEventListener("click", (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    const cite = target?.closest("a.kra-cite");
    if (cite) {
      ev.preventDefault();
      ev.stopPropagation();
      const n = cite.dataset.n || (cite.getAttribute("href") || "").split("-").pop();
      const card = document.querySelector(`#kra-sources details[data-n="${n}"]`);
      if (card) {
        card.open = true;
        card.scrollIntoView({behavior: "smooth", block: "center"});
        card.classList.add("kra-flash");
        setTimeout(() => card.classList.remove("kra-flash"), 1500);
      }
      return;
    }
    const button = target?.closest(".kra-ask, tr.kra-row");
    if (button && button.dataset.q) {
      ev.preventDefault();
      ask(button.dataset.q);
    }
  }, true);
})();
</script>
""".replace("CHAT_TAB", json.dumps(tr("web.tab_chat")))

# Gradio's built-in Norwegian covers most of its labels; these are the ones it lacks.
I18N = gr.I18n(nb=tr_section("gradio"))
