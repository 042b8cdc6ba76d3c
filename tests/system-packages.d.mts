export declare const SYSTEM_PACKAGES: readonly string[];

export interface SystemProbes {
  packages?: readonly string[];
  hasDpkg: () => boolean;
  isInstalled: (pkg: string) => boolean;
  isRoot: () => boolean;
  canSudo: () => boolean;
}

export type SystemPlan =
  | { action: 'none'; missing: string[] }
  | { action: 'install'; missing: string[]; commands: string[][] }
  | { action: 'stop'; missing: string[]; message: string };

export declare function installCommand(packages: readonly string[], options?: { sudo?: boolean }): string;
export declare function planSystemPackages(probes: SystemProbes): SystemPlan;
export declare const realProbes: SystemProbes;
export declare function ensureSystemPackages(options?: {
  probes?: SystemProbes;
  run?: (command: string[]) => boolean;
  log?: (line: string) => void;
}): { ok: true; plan: SystemPlan } | { ok: false; plan: SystemPlan; message: string };
