import { defineConfig } from "@playwright/test";

// Runs against the release build in dist/ (scripts/test.sh builds it first),
// served like a production host by server.mjs, under the strict
// Content-Security-Policy of EMBED.md. The app is on localhost, the host
// pages on 127.0.0.1: different sites, as on the web.
export const APP = "http://localhost:4173";
export const HOST = "http://127.0.0.1:4174";
/** A host page origin that frame-ancestors does not allow. */
export const OTHER_HOST = "http://127.0.0.1:4176";
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  `object-src 'none'; base-uri 'none'; frame-ancestors 'self' ${HOST}`;

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Playwright starts Chromium with ThirdPartyStoragePartitioning disabled, so
 * localStorage in a cross-site frame throws. Real browsers partition it
 * instead: this project repeats Playwright's --disable-features list without
 * that feature (the last such switch wins) to test what users get.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades", "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay", "MediaRouter", "PaintHolding", "AvoidCorsURLLoaderRestartOnRedirect", "TcpPortRandomizationWin",
  "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch", "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/** What every Playwright configuration here shares (also tests/hosting/). */
export const shared = {
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]] as [string][],
  timeout: 30_000,
};
export const sharedUse = {
  launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
  locale: "nl-NL",
};

export default defineConfig({
  ...shared,
  use: { ...sharedUse, baseURL: APP },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
    {
      name: "partitioned",
      testMatch: /frame\.spec\.ts/,
      use: {
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [...chromiumArgs, `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(",")}`],
        },
      },
    },
  ],
  webServer: [
    // The shipped index.html allows only production host pages: add the test host.
    {
      command: `node server.mjs --port 4173 --dir ../../dist --csp "${CSP}" --embed-hosts "${HOST}"`,
      url: `${APP}/`,
      reuseExistingServer: false,
    },
    { command: "node server.mjs --port 4174 --dir host", url: `${HOST}/`, reuseExistingServer: false },
    { command: "node server.mjs --port 4176 --dir host", url: `${OTHER_HOST}/`, reuseExistingServer: false },
  ],
});
