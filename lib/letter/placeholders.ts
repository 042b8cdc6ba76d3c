/**
 * The fill-in places ("invulplekken") a letter template may use, written as {name}.
 * The set is closed: a template that uses any other name is rejected by loadTemplate.
 */

/** Theme ids with per-theme count placeholders, e.g. {aantalOntbreekt.passend}. */
export const PLACEHOLDER_THEMES = ['vertrouwen', 'passend', 'kwaliteit', 'expert', 'algemeen'] as const;

const BASE_PLACEHOLDERS = {
  gemeente: 'naam van de gemeente',
  ontvanger: 'gemeenteraad of college van burgemeester en wethouders',
  deOntvanger: 'met lidwoord: "de gemeenteraad" of "het college van burgemeester en wethouders"',
  regio: 'naam van de jeugdzorgregio',
  raad: 'naam van de cliëntenraad',
  raadEmail: 'e-mailadres van de cliëntenraad',
  raadTelefoon: 'telefoonnummer van de cliëntenraad',
  plaats: 'plaats in de regel "plaats, datum"',
  datum: 'datum van de brief',
  kenmerk: 'kenmerk van de brief',
  regiovisieTitel: 'titel van de regiovisie',
  regiovisieUrl: 'internetadres van de regiovisie',
  datumGetoetst: 'datum waarop de regiovisie is getoetst',
  aantalItems: 'aantal aanbevelingen in de toetslijst',
  aantalAanwezig: 'aantal aanbevelingen dat goed is uitgewerkt',
  aantalDeels: 'aantal aanbevelingen dat deels is uitgewerkt',
  aantalOntbreekt: 'aantal aanbevelingen dat ontbreekt',
  aantalAangepast: 'aantal oordelen dat de raad zelf heeft aangepast',
  aantalBevestigd: 'aantal automatische oordelen dat de raad heeft nagekeken en dat klopte',
  aantalNietNagekeken: 'aantal oordelen dat automatisch is en niet door de raad is nagekeken',
  nagekeken: 'een of twee zinnen die precies zeggen hoeveel oordelen de raad zelf heeft nagekeken, bevestigd of aangepast',
  rapportZin: 'een zin die zegt of het LOC-rapport als bijlage meegaat en waar het te downloaden is',
  samenvatting: 'een of twee zinnen met de uitkomst in getallen',
  checklistTitel: 'naam van de toetslijst',
  bronTitel: 'titel van het LOC-rapport',
  bronUitgever: 'uitgever van het rapport',
  bronDatum: 'datum van het rapport',
  bronUrl: 'waar het rapport te vinden is',
  leesniveau: 'geschat taalniveau van de regiovisie (B1, B2, C1)',
  fleschDouma: 'Flesch–Douma-score van de regiovisie',
  contactpersoon: 'naam van de contactpersoon',
  contactEmail: 'e-mailadres van de contactpersoon',
  bijlage: 'naam van de eerste bijlage',
} as const;

function themePlaceholders(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const theme of PLACEHOLDER_THEMES) {
    out[`aantalAanwezig.${theme}`] = `aantal goed uitgewerkte aanbevelingen binnen thema ${theme}`;
    out[`aantalDeels.${theme}`] = `aantal deels uitgewerkte aanbevelingen binnen thema ${theme}`;
    out[`aantalOntbreekt.${theme}`] = `aantal ontbrekende aanbevelingen binnen thema ${theme}`;
    out[`aantalItems.${theme}`] = `aantal aanbevelingen binnen thema ${theme}`;
    out[`thema.${theme}`] = `titel van thema ${theme}`;
  }
  return out;
}

/** Every allowed placeholder name with a short Dutch description (for a help screen). */
export const PLACEHOLDERS: Readonly<Record<string, string>> = Object.freeze({
  ...BASE_PLACEHOLDERS,
  ...themePlaceholders(),
});

export type PlaceholderValues = Record<string, string>;

export function isKnownPlaceholder(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Names between braces in `text`, in order of appearance (duplicates kept). */
export function findPlaceholders(text: string): string[] {
  return Array.from(text.matchAll(/\{([^{}]*)\}/g), (m) => m[1]!);
}

/** True when the text has a "{" or "}" that does not belong to a {name} pair. */
export function hasStrayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[^{}]*\}/g, ''));
}

/**
 * Fill {name} places. Unknown names are left as they are (templates are validated before
 * this is called); known names without a value become "[name]" so the gap is visible.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    if (!isKnownPlaceholder(name)) return whole;
    const v = values[name];
    return v === undefined || v === '' ? `[${name}]` : v;
  });
}
