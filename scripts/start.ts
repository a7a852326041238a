/**
 * `npm start`: validate and build the site for the address it is served on
 * (SITE_URL, or the local address when unset), then serve it. A deployment
 * runs `npm run build` with its public SITE_URL instead.
 */
import { spawn, spawnSync } from "node:child_process";
import { LOCAL_SITE_URL } from "../src/lib/web/site-url.ts";

const env = { ...process.env, SITE_URL: process.env.SITE_URL || LOCAL_SITE_URL };
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const build = spawnSync(npm, ["run", "build"], { env, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const preview = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "preview"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code) => process.exit(code ?? 0));
