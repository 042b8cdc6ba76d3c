/**
 * Dutch UI text (the default). B1: short sentences, common words.
 * Every visible string of the extension is here; en.ts must have the same keys.
 * Placeholders are written {name}.
 */
export const nl = {
  'app.name': 'Regiovisie-toets',
  'app.tagline': 'Toets de regiovisie op jeugdzorg aan de aanbevelingen van het LOC.',
  'app.language': 'Taal',
  'app.language.nl': 'Nederlands',
  'app.language.en': 'English',

  'check.button': 'Controleer deze pagina',
  'check.again': 'Controleer opnieuw',
  'check.busy': 'Bezig met lezen van de pagina…',
  'check.busyAnalyse': 'Bezig met controleren…',
  'check.intro': 'Open de regiovisie van uw regio in dit tabblad. Klik daarna op de knop.',
  'check.done': 'Klaar. De pagina is gelezen en gecontroleerd.',

  'doc.heading': 'Gelezen pagina',
  'doc.title': 'Titel',
  'doc.url': 'Adres',
  'doc.counts': '{blocks} tekstblokken, {words} woorden',
  'doc.collapsed': '{count} blokken stonden in ingeklapte delen van de pagina.',
  'doc.language': 'Taal van de pagina: {language}',

  'error.restricted': 'Deze pagina kan de extensie niet lezen. Dat geldt voor pagina’s van de browser zelf en voor de webwinkel. Open de regiovisie op de website van uw gemeente. Probeer het dan opnieuw.',
  'error.pdf': 'Dit is een pdf. De pdf-viewer van de browser laat de extensie niet lezen. Sla de pdf op en gebruik de opdrachtregel, of zoek de regiovisie als webpagina.',
  'error.file': 'Dit is een bestand op uw computer. De browser laat de extensie dat alleen lezen als u dat in de instellingen van de extensie toestaat.',
  'error.empty': 'Op deze pagina staat te weinig tekst om te controleren. Staat de regiovisie misschien in een pdf of op een andere pagina?',
  'error.notDutch': 'Deze pagina lijkt niet in het Nederlands te zijn. De controle werkt alleen goed voor Nederlandse tekst.',
  'error.truncated': 'Deze pagina is erg lang. We hebben het eerste deel gelezen: {characters} tekens.',
  'error.simplified': 'Deze pagina is erg groot. We hebben de tekst op een eenvoudige manier gelezen. Controleer of alles erbij staat.',
  'error.noTab': 'Er is geen tabblad om te controleren. Open eerst de regiovisie.',
  'error.failed': 'Het lezen van de pagina is niet gelukt. Laad de pagina opnieuw en probeer het nog eens.',
  'error.noAccess': 'De extensie mag deze pagina nu niet lezen. Klik eerst op het icoon van Regiovisie-toets in de werkbalk. Klik dan opnieuw op de knop.',
  'verdict.aanwezig': 'aanwezig',
  'verdict.deels': 'deels',
  'verdict.ontbreekt': 'ontbreekt',

  'cli.usage': 'Gebruik: npm run --silent check -- BESTAND [--json] [--docx BRIEF.docx] [--settings RAAD.json]',
  'cli.unknownOption': 'Onbekende optie: {option}.',
  'cli.missingValue': 'Na {option} hoort een bestandsnaam.',
  'cli.oneFile': 'Geef één bestand tegelijk.',
  'cli.noTitle': '(geen titel)',
  'cli.themeCounts': '{aanwezig} aanwezig, {deels} deels, {ontbreekt} ontbreekt',
  'cli.notRegiovisie': 'Deze tekst lijkt geen regiovisie. Het kan een nieuwsbericht of een algemeen verslag zijn. Daarom staat niets op aanwezig.',
  'cli.readability': 'Leesbaarheid: Flesch-Douma {score}, gemiddeld {words} woorden per zin, niveau {level}.',
  'cli.legend': '[+] aanwezig  [~] deels  [ ] ontbreekt',
  'cli.crashed': 'Er ging iets mis:',
  'cli.cannotWrite': 'Ik kan de brief niet opslaan als "{file}".',
  'cli.letterWritten': 'De brief staat in {file}.',
  'cli.settingsUnreadable': 'Het instellingenbestand "{file}" bestaat niet of kan niet worden geopend.',
  'cli.settingsInvalid': 'Het instellingenbestand "{file}" klopt niet. {problem}',
} as const;

export type MessageKey = keyof typeof nl;
