import { startServers } from "./servers.mjs";

/** Starts nginx and Caddy for the whole run; Playwright calls the returned function at the end. */
export default async function globalSetup() {
  const { stop } = await startServers();
  return stop;
}
