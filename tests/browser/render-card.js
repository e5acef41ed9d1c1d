// Usage: node render-card.js <card.json> <screenshot.png>
// Renders one Adaptive Card with the official renderer (adaptivecards 3.0.x) in Chromium and saves a screenshot.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [cardPath, screenshot] = process.argv.slice(2);
const card = JSON.parse(fs.readFileSync(cardPath, "utf8"));
const renderer = fs.readFileSync(path.join(__dirname, "node_modules", "adaptivecards", "dist", "adaptivecards.js"), "utf8");

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 720, height: 1200 } });
    await page.setContent(`<html><body style="margin:0;background:#f3f4f7;font-family:'Segoe UI',system-ui,sans-serif"><div id="card" style="width:680px;margin:20px;background:#fff;border:1px solid #ddd"></div></body></html>`);
    await page.addScriptTag({ content: renderer });
    const problems = await page.evaluate((json) => {
      const adaptive = new AdaptiveCards.AdaptiveCard();
      adaptive.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: "Segoe UI, system-ui, sans-serif" });
      const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
      adaptive.parse(json, context);
      const issues = [];
      for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
      document.getElementById("card").appendChild(adaptive.render());
      return issues;
    }, card);
    if (problems.length) throw new Error("the renderer reported: " + problems.join("; "));
    const element = await page.$("#card");
    await element.screenshot({ path: screenshot });
    console.log("rendered " + screenshot);
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(`render failed: ${e.message}`); process.exit(1); });
