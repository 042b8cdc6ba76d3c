// The Debian packages the tests need, in one place: tests/run-all.mjs (`npm test`) installs
// them when it can, and .ci/run relies on that. Plain JavaScript so `node` runs it before
// anything is built; the decision is a pure function so a unit test can drive it.
import { spawnSync } from 'node:child_process';

/**
 * chromium: the end-to-end tests load the built extension in it. firefox-esr: one end-to-end
 * test (tests/e2e/firefox.e2e.test.ts) installs the built Firefox add-on in it. libreoffice-writer-nogui and
 * fonts-liberation: letters are opened and converted to PDF. poppler-utils: pdfinfo/pdftotext
 * read that PDF.
 */
export const SYSTEM_PACKAGES = Object.freeze(['chromium', 'firefox-esr', 'libreoffice-writer-nogui', 'fonts-liberation', 'poppler-utils']);

/** The command a person runs by hand to install `packages`. */
export function installCommand(packages, { sudo = true } = {}) {
  const prefix = sudo ? 'sudo ' : '';
  return `${prefix}apt-get update && ${prefix}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * What to do about the system packages, from the probes' answers.
 * - `{ action: 'none' }`: everything is there, or this is no Debian machine (no dpkg), where the
 *   tests that need a package skip locally (and fail with CI=true).
 * - `{ action: 'install', commands }`: run each [program, ...args] in turn.
 * - `{ action: 'stop', message }`: print the one line and stop.
 *
 * @param {{ packages?: readonly string[], hasDpkg: () => boolean, isInstalled: (pkg: string) => boolean, isRoot: () => boolean, canSudo: () => boolean }} probes
 */
export function planSystemPackages({ packages = SYSTEM_PACKAGES, hasDpkg, isInstalled, isRoot, canSudo }) {
  if (!hasDpkg()) return { action: 'none', missing: [] };
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) return { action: 'none', missing };
  const apt = ['install', '-y', '--no-install-recommends', ...missing];
  if (isRoot()) return { action: 'install', missing, commands: [['apt-get', 'update'], ['apt-get', ...apt]] };
  // sudo resets the environment: `env` carries DEBIAN_FRONTEND through it.
  const sudo = ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  if (canSudo()) return { action: 'install', missing, commands: [[...sudo, 'update'], [...sudo, ...apt]] };
  return {
    action: 'stop',
    missing,
    message: `The tests need Debian packages that are missing (${missing.join(', ')}); install them, then run npm test again: ${installCommand(missing)}`,
  };
}

const quiet = { stdio: 'ignore' };

/** The real probes: dpkg, the user id, password-less sudo. */
export const realProbes = {
  hasDpkg: () => spawnSync('dpkg', ['--version'], quiet).status === 0,
  // `dpkg -s` exits 0 also for a package that was removed but left its configuration: ask for the status.
  isInstalled: (pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status === 0 && /\binstall ok installed\b/.test(r.stdout);
  },
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  canSudo: () => spawnSync('sudo', ['-n', 'true'], quiet).status === 0,
};

/**
 * Make sure the packages are installed, installing them when this user may.
 * Returns `{ ok: true }`, or `{ ok: false, message }` with the one line to print.
 */
export function ensureSystemPackages({ probes = realProbes, run = runCommand, log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const plan = planSystemPackages(probes);
  if (plan.action === 'none') return { ok: true, plan };
  if (plan.action === 'stop') return { ok: false, plan, message: plan.message };
  log(`Installing the Debian packages the tests need: ${plan.missing.join(' ')}`);
  for (const command of plan.commands) {
    if (!run(command)) {
      return { ok: false, plan, message: `Installing the Debian packages failed (${command.join(' ')}); run it by hand, then npm test again: ${installCommand(plan.missing)}` };
    }
  }
  return { ok: true, plan };
}

function runCommand([program, ...args]) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync(program, args, { stdio: 'inherit', env }).status === 0;
}
