// The two engines besides Chromium, each driven through its own WebDriver
// server from Debian or crates.io: Firefox ESR with geckodriver, and
// WebKitGTK's MiniBrowser (Safari's engine family) with WebKitWebDriver under
// Xvfb. Nothing is downloaded: the drivers and browsers are the installed
// binaries, and Selenium Manager is pointed at a path that does not exist.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder } from "selenium-webdriver";
import logInspector from "selenium-webdriver/bidi/logInspector.js";
import { PORTS, start, waitForHttp } from "./servers.mjs";

process.env.SE_MANAGER_PATH = "/nonexistent/selenium-manager-is-not-used";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const WINDOW = { width: 1280, height: 900 };

/** A fresh home for a driver and its browser for one run, with its downloads folder. */
function workDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `wwd-${name}-`));
  const downloads = join(dir, "Downloads");
  mkdirSync(downloads);
  // The XDG download folder, where WebKitGTK saves a download without asking.
  mkdirSync(join(dir, ".config"));
  writeFileSync(join(dir, ".config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, ".config"), XDG_DATA_HOME: join(dir, ".local/share"), XDG_CACHE_HOME: join(dir, ".cache") };
  return { dir, downloads, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function session(driverServer, url, capabilities) {
  await waitForHttp(`${url}/status`);
  try {
    const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
    await driver.manage().window().setRect({ x: 0, y: 0, ...WINDOW });
    return driver;
  } catch (error) {
    throw new Error(`${error.message}\n--- driver output ---\n${driverServer.output()}`);
  }
}

export const firefox = {
  name: "firefox",
  label: "Firefox ESR",
  available: () => existsSync("/usr/bin/firefox-esr"),
  async launch(problems) {
    const home = workDir("firefox");
    const server = start("geckodriver", [
      "--port", String(PORTS.geckodriver), "--marionette-port", String(PORTS.marionette),
      "--websocket-port", String(PORTS.bidi), "--binary", "/usr/bin/firefox-esr",
    ], { env: home.env });
    const driver = await session(server, `http://127.0.0.1:${PORTS.geckodriver}`, {
      browserName: "firefox",
      webSocketUrl: true,
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: {
          "intl.accept_languages": "nl-NL, nl",
          "browser.download.folderList": 2,
          "browser.download.dir": home.downloads,
          "browser.download.useDownloadDir": true,
          "browser.download.always_ask_before_handling_new_types": false,
          "browser.download.alwaysOpenPanel": false,
          "browser.helperApps.neverAsk.saveToDisk": "application/json",
          // No network beyond this machine: keep the browser's own services quiet.
          "app.update.disabledForTesting": true,
          "browser.shell.checkDefaultBrowser": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "toolkit.telemetry.enabled": false,
          "services.settings.server": "http://127.0.0.1:1/",
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
        },
      },
    });
    // Console errors and uncaught exceptions straight from the engine (WebDriver BiDi).
    const inspector = await logInspector(driver);
    await inspector.onLog((entry) => {
      if (entry.level === "error") problems.push(`BiDi ${entry.type}: ${entry.text}`);
    });
    return launched(driver, server, home);
  },
};

/** A started engine: its session, its downloads folder, and how to stop it all. */
function launched(driver, server, home) {
  return {
    driver,
    downloads: home.downloads,
    async quit() {
      await driver.quit().catch(() => {});
      server.stop();
      home.remove();
    },
  };
}

export const webkit = {
  name: "webkit",
  label: "WebKitGTK",
  available: () => existsSync(MINIBROWSER) && existsSync("/usr/bin/WebKitWebDriver"),
  async launch() {
    const home = workDir("webkit");
    // No --headless: it made MiniBrowser hang.
    const server = start("xvfb-run", [
      "-a", "-s", `-screen 0 ${WINDOW.width + 100}x${WINDOW.height + 100}x24`,
      "WebKitWebDriver", `--port=${PORTS.webkitDriver}`,
    ], { env: home.env });
    const driver = await session(server, `http://127.0.0.1:${PORTS.webkitDriver}`, {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    });
    return launched(driver, server, home);
  },
};
