// Usage: node validate.js <folder of .json cards>
// Parses each card with the official Adaptive Cards renderer, validates it, renders it in a DOM,
// and prints one line per problem. Exit code 1 when any card has an error or a warning.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");

const dom = new JSDOM("<!doctype html><html><body></body></html>");
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in global) && /^[A-Z]|^document$|^navigator$|^getComputedStyle$/.test(key)) global[key] = dom.window[key];
}
global.window = dom.window;
global.document = dom.window.document;

const AC = require("adaptivecards/dist/adaptivecards.js");
// Teams renders markdown; here plain text stands in, which also keeps the renderer quiet.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };

const folder = process.argv[2];
if (!folder) { console.error("usage: node validate.js <folder>"); process.exit(2); }
const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
let problems = 0;
for (const file of files) {
  const report = (message) => { problems++; console.log(`${file}: ${message}`); };
  let json;
  try { json = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")); } catch (e) { report(`not JSON: ${e.message}`); continue; }
  if (json.version !== "1.5") report(`version is ${json.version}, expected 1.5`);
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    report(`parse event ${e.event}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) report(`validation event ${e.event}: ${e.message}`);
  try {
    const element = card.render();
    if (!element) report("rendered nothing");
  } catch (e) {
    report(`render failed: ${e.message}`);
  }
}
console.log(`${files.length} cards checked, ${problems} problems`);
process.exit(problems === 0 && files.length > 0 ? 0 : 1);
