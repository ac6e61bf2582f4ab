// Logs in to the dashboard through Keycloak in Debian's Chromium, waits for the page to load its figures, reads what
// the page shows (cards, the charts' data, the tables), downloads the indicator table as CSV and takes screenshots
// (laptop and phone widths). Prints one JSON object; the Java end-to-end test compares it with the API.
// Usage: DASHBOARD_URL=http://localhost:8085/ USERNAME=leader1 PASSWORD=leader1 OUT_DIR=target node dashboard-check.mjs
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const url = process.env.DASHBOARD_URL;
const outDir = process.env.OUT_DIR || '.';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const result = {};
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(url);
  // Keycloak's log-in form
  await page.waitForSelector('#username', { timeout: 30000 });
  result.loginPage = new URL(page.url()).pathname;
  await page.fill('#username', process.env.USERNAME);
  await page.fill('#password', process.env.PASSWORD);
  await Promise.all([page.waitForURL(u => u.toString().startsWith(url), { timeout: 30000 }), page.click('#kc-login')]);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 30000 });
  result.viewer = await page.textContent('#viewer');
  for (const id of ['received-total', 'done-total', 'on-time-rate', 'overdue-total', 'score']) {
    result[id] = (await page.textContent('#' + id)).trim();
  }
  result.charts = await page.evaluate(() => Object.fromEntries(['trend-chart', 'units-chart', 'channels-chart'].map(id => {
    const c = Chart.getChart(id);
    const canvas = document.getElementById(id);
    return [id, c ? { type: c.config.type, labels: c.data.labels, datasets: c.data.datasets.map(d => ({ label: d.label, data: d.data })),
      width: canvas.width, height: canvas.height } : null];
  })));
  result.postalRows = await page.$$eval('#postal-table tbody tr', rows => rows.map(r => [...r.cells].map(c => c.textContent)));
  result.title = await page.title();
  await page.screenshot({ path: path.join(outDir, 'dashboard.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.exports[data-table="chi-so"] a:first-child')]);
  result.csvName = download.suggestedFilename();
  result.csv = await readFile(await download.path(), 'utf8');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(outDir, 'dashboard-phone.png'), fullPage: false });
  result.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(result.error ? 1 : 0);
