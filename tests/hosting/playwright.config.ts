import { defineConfig } from "@playwright/test";
import { shared, sharedUse } from "../e2e/playwright.config";
import { servers } from "./servers.mjs";

// Journeys in Chromium through the real nginx and Caddy, each serving the
// release build with the shipped configuration (global-setup.mjs starts
// both on ports 4300 and 4301). The host page that embeds the app is
// answered by the test at https://www.loketgezondleven.nl, the production
// host, so the shipped frame-ancestors and wwd-embed-hosts are what is tested.
export default defineConfig({
  ...shared,
  globalSetup: "./global-setup.mjs",
  use: {
    ...sharedUse,
    viewport: { width: 1280, height: 800 },
    // The host page is public (https://www.loketgezondleven.nl) and the app
    // is on loopback only because this is a test: allow what a public app needs no permission for.
    permissions: ["local-network-access"],
  },
  projects: Object.entries(servers).map(([name, baseURL]) => ({ name, use: { baseURL } })),
});
