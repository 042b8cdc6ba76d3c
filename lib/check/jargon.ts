/**
 * Policy jargon that makes a regiovisie hard to read for parents and young people
 * (words a B1 reader will not know or that hide what actually happens). Matched after
 * normalisation and stemming, also inside compounds ("transformatieagenda").
 * Keep entries general: words used in many municipal and regional policy texts.
 */
export const JARGON: readonly string[] = [
  'transformatie', 'transitie', 'opdrachtgeverschap', 'opdrachtnemer', 'zorglandschap', 'jeugdlandschap',
  'jeugdzorglandschap', 'jeugdhulplandschap', 'continuïteit', 'bovenregionaal', 'bovenregionale', 'integraal',
  'integrale', 'ketenpartner', 'ketenpartners', 'outcome', 'output', 'berichtenverkeer', 'governance',
  'beleidskader', 'kaderstellend', 'contractering', 'contractmanagement', 'aanbesteding', 'aanbesteden',
  'inkoopstrategie', 'doorontwikkeling', 'doorontwikkelen', 'implementatie', 'implementeren', 'faciliteren',
  'faciliterend', 'monitoren', 'monitoring', 'stakeholders', 'intensiveren', 'resultaatgericht', 'taakgericht',
  'normaliseren', 'demedicaliseren', 'medicaliseren', 'ambulantisering', 'residentieel', 'residentiële',
  'sturing', 'sturingsinformatie', 'regievoering', 'positionering', 'prestatie', 'productcodes', 'producten',
  'cliëntstromen', 'uitvoeringsagenda', 'uitvoeringsprogramma', 'verantwoordingsvorm', 'bekostiging',
  'bekostigingsmodel', 'lumpsum', 'populatiebekostiging', 'trajectfinanciering', 'escalatiemodel', 'expertteam',
  'hervormingsagenda', 'opdrachtgever', 'segment', 'segmenten', 'domeinoverstijgend', 'ontschotting',
  'ontschotten', 'voorliggend', 'voorliggende', 'preventief', 'interventie', 'interventies', 'casuïstiek',
  'escalatie', 'gecertificeerde', 'jeugdbeschermingsketen', 'zorgcontinuïteit', 'kwaliteitskader',
  'kernwaarden', 'ontwikkelrichting', 'uitgangspunten', 'randvoorwaarden', 'randvoorwaardelijk', 'borgen',
  'borging', 'synergie', 'paradigma', 'evidence', 'evidencebased', 'effectiviteit', 'efficiency',
  'efficiënt', 'structureel', 'structurele', 'substitutie', 'doelgroepen', 'operationeel', 'strategisch',
  'tactisch', 'inkoopkader', 'beleidsregels', 'verordening', 'resolutie', 'ledenraadpleging', 'normenkader',
  'toegangsfunctie', 'specialistisch', 'specialistische', 'multidisciplinair', 'multidisciplinaire',
  'gemeenteoverstijgend', 'samenwerkingsverband', 'gemeenschappelijke', 'functionerend', 'hiaten',
  'inzichtelijk', 'afvaardiging', 'besluitvorming', 'jeugdfuncties', 'zorgfuncties', 'capaciteit',
  'volumes', 'volumesturing', 'instroom', 'doorstroom', 'uitstroom', 'tendens', 'ketenaanpak',
];
