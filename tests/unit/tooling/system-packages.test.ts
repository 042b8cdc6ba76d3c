import { describe, expect, it } from 'vitest';
import { ensureSystemPackages, installCommand, planSystemPackages, SYSTEM_PACKAGES, type SystemProbes } from '../../system-packages.mjs';

/** Probes for a machine where `installed` are the Debian packages present. */
function machine(installed: string[], { root = false, sudo = false, dpkg = true } = {}): SystemProbes & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    hasDpkg: () => dpkg,
    isInstalled: (pkg) => {
      asked.push(pkg);
      return installed.includes(pkg);
    },
    isRoot: () => root,
    canSudo: () => sudo,
  };
}

describe('npm test installs the Debian packages it needs (tests/system-packages.mjs)', () => {
  it('lists the packages of the README table, each once', () => {
    expect([...SYSTEM_PACKAGES]).toEqual(['chromium', 'firefox-esr', 'libreoffice-writer-nogui', 'fonts-liberation', 'poppler-utils']);
  });

  it('does nothing when every package is installed, and asks dpkg about each', () => {
    const probes = machine([...SYSTEM_PACKAGES]);
    expect(planSystemPackages(probes)).toEqual({ action: 'none', missing: [] });
    expect(probes.asked).toEqual([...SYSTEM_PACKAGES]);
  });

  it('does nothing on a machine without dpkg (the tests that need a package skip there)', () => {
    expect(planSystemPackages(machine([], { dpkg: false, root: true }))).toEqual({ action: 'none', missing: [] });
  });

  it('installs only the missing packages with apt-get as root, after apt-get update', () => {
    expect(planSystemPackages(machine(['chromium', 'firefox-esr', 'fonts-liberation'], { root: true, sudo: true }))).toEqual({
      action: 'install',
      missing: ['libreoffice-writer-nogui', 'poppler-utils'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui', 'poppler-utils'],
      ],
    });
  });

  it('installs through password-less sudo when not root', () => {
    const plan = planSystemPackages(machine(['poppler-utils'], { sudo: true }));
    expect(plan).toEqual({
      action: 'install',
      missing: ['chromium', 'firefox-esr', 'libreoffice-writer-nogui', 'fonts-liberation'],
      commands: [
        ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update'],
        ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'firefox-esr', 'libreoffice-writer-nogui', 'fonts-liberation'],
      ],
    });
  });

  it('stops with one plain line giving the exact command when it may not install', () => {
    const plan = planSystemPackages(machine(['chromium', 'firefox-esr', 'fonts-liberation']));
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message.split('\n')).toHaveLength(1);
    expect(plan.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils');
    expect(plan.message.endsWith(installCommand(['libreoffice-writer-nogui', 'poppler-utils']))).toBe(true);
  });

  it('runs the commands in turn and reports a failed install with the command to run by hand', () => {
    const ran: string[][] = [];
    const log: string[] = [];
    const ok = ensureSystemPackages({ probes: machine([], { root: true }), run: (c) => (ran.push(c), true), log: (l) => log.push(l) });
    expect(ok.ok).toBe(true);
    expect(ran.map((c) => c.slice(0, 2))).toEqual([['apt-get', 'update'], ['apt-get', 'install']]);
    expect(log).toHaveLength(1);

    const failed = ensureSystemPackages({ probes: machine([], { root: true }), run: (c) => c[1] !== 'install', log: () => {} });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.message.split('\n')).toHaveLength(1);
    expect(failed.message).toContain(installCommand([...SYSTEM_PACKAGES]));

    const stopped = ensureSystemPackages({ probes: machine([]), run: () => expect.fail('must not install without root or sudo'), log: () => {} });
    expect(stopped).toMatchObject({ ok: false, message: expect.stringContaining('sudo apt-get install') });
  });

  it('runs nothing when nothing is missing', () => {
    const result = ensureSystemPackages({ probes: machine([...SYSTEM_PACKAGES]), run: () => expect.fail('nothing to install'), log: () => expect.fail('nothing to say') });
    expect(result.ok).toBe(true);
  });
});
