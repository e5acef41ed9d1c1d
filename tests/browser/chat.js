// Usage: node chat.js <page url> <screenshot.png>
// Opens the local chat page in Chromium, asks a question, checks the answer, clicks a button on the
// answer's card, checks that answer too, and saves a screenshot. Exit 1 on any failure.
"use strict";
const { chromium } = require("playwright-core");

const [url, screenshot] = process.argv.slice(2);
const question = "which signatories are overdue as of 30 June 2017?";

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
    await page.goto(url);
    const input = page.locator("input[data-id='webchat-sendbox-input'], textarea[data-id='webchat-sendbox-input'], [aria-label*='Message' i] input, input[type='text']").first();
    await input.waitFor({ timeout: 30000 });
    // The greeting (the help card) shows the bot is connected.
    await page.getByText("I answer questions about the Convention on Cluster Munitions").first().waitFor({ timeout: 30000 });

    await input.fill(question);
    await input.press("Enter");
    await page.getByText("20 States Parties overdue with their initial report").first().waitFor({ timeout: 30000 });
    await page.getByText("18 signatories had not ratified").first().waitFor({ timeout: 10000 });
    console.log("answered: 20 overdue initial reports, 18 signatories");

    // A button on the answer's card asks the follow-up question.
    const button = page.getByRole("button", { name: "Reporting rate" }).last();
    await button.click();
    await page.getByText("48 of 76").first().waitFor({ timeout: 30000 });
    console.log("card button answered: reporting rate for 2016");

    await page.getByText("18 signatories had not ratified").first().scrollIntoViewIfNeeded();
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    console.log("browser test passed");
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(`browser test failed: ${e.message}`); process.exit(1); });
