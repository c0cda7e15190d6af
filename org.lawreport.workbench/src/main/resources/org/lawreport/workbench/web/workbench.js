// The workbench page: the folder's reports, each shown as text. Every piece of report text goes into the page as
// text (textContent), never as markup.
"use strict";

async function json(url) {
  const response = await fetch(url, { headers: { "Accept": "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error || String(response.status));
  }
  return body;
}

async function show(path) {
  const title = document.getElementById("title");
  const text = document.getElementById("text");
  try {
    const file = await json("/api/file?path=" + encodeURIComponent(path));
    title.textContent = file.path;
    text.textContent = file.text;
  } catch (e) {
    title.textContent = e.message;
    text.textContent = "";
  }
}

async function load() {
  const list = document.getElementById("files");
  try {
    const folder = await json("/api/files");
    document.getElementById("folder").textContent = folder.folder;
    for (const entry of folder.files) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.textContent = entry.path;
      if (entry.template) {
        button.className = "template";
        button.title = "模板";
      }
      button.addEventListener("click", () => show(entry.path));
      item.appendChild(button);
      list.appendChild(item);
    }
  } catch (e) {
    list.textContent = e.message;
  }
}

load();
