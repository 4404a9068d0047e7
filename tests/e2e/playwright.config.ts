import { defineConfig } from "@playwright/test";

// Runs against the release build in dist/ (scripts/test.sh builds it first),
// served like a production host by server.mjs.
const port = Number(process.env.E2E_PORT || 4173);

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    locale: "nl-NL",
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    command: `node server.mjs --port ${port} --dir ../../dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
